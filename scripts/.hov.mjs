// quick hover->next-frame probe: DIST, Q, CSS (injected), VIEW
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
const s = await serveDist({ root: process.env.DIST || '/tmp/dist-b' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const css of ['', ...(process.env.CSS ? process.env.CSS.split('|||') : [])]) {
  const ctx = await b.newContext({ serviceWorkers: 'block', viewport: {width:1280,height:1080}, reducedMotion: process.env.RM ? 'reduce' : 'no-preference' });
  const p = await ctx.newPage();
  await p.goto(s.url + (process.env.Q || '?lang=en'));
  await p.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 300000 });
  if (css) await p.addStyleTag({ content: css });
  await p.waitForTimeout(800);
  const out = {};
  for (const view of (process.env.VIEW || 'sankey,map,power').split(',')) {
    const node = p.locator(`[data-view="${view}"] [data-id]`).nth(+(process.env.NTH||3));
    await node.scrollIntoViewIfNeeded();
    const box = await node.boundingBox();
    const ts = [];
    for (let i=0;i<8;i++){
      await p.mouse.move(2,2); await p.waitForTimeout(400);
      await p.evaluate(() => { window.__h = new Promise(r => addEventListener('mousemove', e => { const t0 = e.timeStamp; requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now() - t0); c.port2.postMessage(0); }); }, { once: true, capture: true })); });
      await p.mouse.move(box.x+box.width/2, box.y+box.height/2);
      ts.push(await p.evaluate(() => window.__h));
    }
    ts.sort((a,b)=>a-b); out[view] = ts.slice(1).map(x=>x.toFixed(0)).join(' ');
  }
  console.log(JSON.stringify(css.slice(0,60)), out);
  await ctx.close();
}
await b.close(); await s.close();
