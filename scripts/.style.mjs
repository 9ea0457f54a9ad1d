import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
const s = await serveDist({ root: process.env.DIST || '/tmp/dist-b' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block', viewport: {width:1280,height:1080} });
const p = await ctx.newPage();
await p.goto(s.url + (process.env.Q || '?lang=en'));
await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
await p.addStyleTag({ content: '*{transition:none!important;animation:none!important}' });
await p.waitForTimeout(800);
console.log(await p.evaluate(() => {
  const res = {};
  for (const [name, sel, attr] of [['sankey nodes dim','[data-view=sankey] .node','data-dim'],['sankey nodes dummy','[data-view=sankey] .node','data-zz'],['sankey links dim','[data-view=sankey] .link','data-dim'],['map dim','[data-view=map] [data-dim], [data-view=map] .arc, [data-view=map] circle','data-dim'],['map dummy','[data-view=map] .arc, [data-view=map] circle','data-zz'], ['power dim', '[data-view=power] .series', 'class']]) {
    const els = [...document.querySelectorAll(sel)];
    const times = [];
    for (let k = 0; k < 6; k++) {
      document.body.offsetHeight;
      const t0 = performance.now();
      for (const el of els) attr === 'class' ? el.classList.toggle('dim') : el.toggleAttribute(attr);
      getComputedStyle(els[0]).opacity; document.body.offsetHeight;
      times.push(performance.now() - t0);
    }
    res[name] = els.length + ' els: ' + times.map(t => t.toFixed(1)).join(' ');
  }
  return res;
}));
await b.close(); await s.close();
