import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
const s = await serveDist({ root: process.env.DIST || '/tmp/dist-b' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block', viewport: {width:1280,height:1080} });
const p = await ctx.newPage();
await p.goto(s.url + (process.env.Q || '?lang=en&data=./bench-data/x50/manifest.json'));
await p.waitForFunction(() => document.documentElement.dataset.ready === '1', null, {timeout: 300000});
console.log(await p.evaluate(() => {
  const out = {};
  for (const v of document.querySelectorAll('[data-view]')) {
    const tags = {}; for (const e of v.querySelectorAll('*')) { const k = e.tagName.toLowerCase() + (e.closest('svg') ? '' : '(html)'); tags[k] = (tags[k]||0)+1; }
    out[v.dataset.view] = Object.entries(tags).sort((a,b)=>b[1]-a[1]).slice(0,10).map(([k,n])=>k+':'+n).join(' ');
  }
  out.total = document.querySelectorAll('*').length;
  return out;
}));
await b.close(); await s.close();
