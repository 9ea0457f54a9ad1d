import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
const s = await serveDist({ root: process.env.DIST || '/tmp/dist-b' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block', viewport: {width:1280,height:1080} });
const p = await ctx.newPage();
await p.goto(s.url + (process.env.Q || '?lang=en&data=./bench-data/x50/manifest.json'));
await p.waitForFunction(() => document.documentElement.dataset.ready === '1', null, {timeout: 300000});
await p.addStyleTag({ content: '*{transition:none!important;animation:none!important}' });
for (const css of ['/**/', ...process.env.CSS.split('|||')]) {
  const h = await p.addStyleTag({ content: css });
  await p.waitForTimeout(500);
  const r = await p.evaluate(async () => {
    const frame = () => new Promise(r => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
    const el = document.querySelector('header'); const ts = [];
    for (let k = 0; k < 8; k++) { await frame(); await new Promise(r => setTimeout(r, 30)); const t0 = performance.now(); el.style.opacity = el.style.opacity ? '' : '0.9'; await frame(); ts.push(performance.now() - t0); }
    ts.sort((a,b)=>a-b); return ts.map(t => t.toFixed(0)).join(' ');
  });
  console.log(css.padEnd(60), r);
  await h.evaluate((n) => n.remove());
}
await b.close(); await s.close();
