import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
const s = await serveDist({ root: process.env.DIST || '/tmp/dist-b' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block', viewport: {width:1280,height:1080} });
const p = await ctx.newPage();
await p.goto(s.url + (process.env.Q || '?lang=en'));
await p.waitForFunction(() => document.documentElement.dataset.ready === '1', null, {timeout: 300000});
await p.addStyleTag({ content: '*{transition:none!important;animation:none!important}' });
await p.waitForTimeout(800);
console.log(await p.evaluate(async (sels) => {
  const frame = () => new Promise(r => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
  const res = {};
  for (const sel of sels) {
    const els = [...document.querySelectorAll(sel)];
    const ts = [];
    for (let k = 0; k < 8; k++) {
      await frame(); await new Promise(r => setTimeout(r, 50));
      const t0 = performance.now();
      for (const el of els) el.style.opacity = el.style.opacity ? '' : '0.2';
      await frame();
      ts.push(performance.now() - t0);
    }
    res[sel] = els.length + ': ' + ts.map(t => t.toFixed(0)).join(' ');
  }
  return res;
}, (process.env.SELS || '[data-view=sankey] svg > g|||[data-view=sankey] .node|||[data-view=sankey] .link|||[data-view=map] svg > g|||[data-view=map] .arc').split('|||')));
await b.close(); await s.close();
