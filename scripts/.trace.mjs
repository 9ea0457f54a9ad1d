import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
import fs from 'node:fs';
const dist = process.env.DIST || '/tmp/dist-a';
const q = process.env.Q || '?lang=en';
const s = await serveDist({ root: dist });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block', viewport: {width:1280,height:1080} });
const p = await ctx.newPage();
await p.goto(s.url + q);
await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
await p.waitForTimeout(1500);
const node = p.locator('[data-view="sankey"] [data-id]').nth(5);
await node.scrollIntoViewIfNeeded();
const box = await node.boundingBox();
await b.startTracing(p, { path: '/tmp/trace.json', categories: ['devtools.timeline','disabled-by-default-devtools.timeline','blink','cc','v8.execute','disabled-by-default-devtools.timeline.invalidationTracking'] });
for (let i=0;i<3;i++){ await p.mouse.move(box.x+box.width/2, box.y+box.height/2); await p.waitForTimeout(400); await p.mouse.move(2,2); await p.waitForTimeout(400);}
await b.stopTracing();
await b.close(); await s.close();
const t = JSON.parse(fs.readFileSync('/tmp/trace.json','utf8'));
const ev = t.traceEvents ?? t;
// main thread = thread of CrRendererMain
const names = ev.filter(e => e.name==='thread_name' && e.args?.name==='CrRendererMain').map(e=>`${e.pid}:${e.tid}`);
const main = new Set(names);
const agg = {};
for (const e of ev) { if (e.ph!=='X' || !main.has(`${e.pid}:${e.tid}`)) continue; agg[e.name] = (agg[e.name]||0) + (e.dur||0)/1000; }
console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>k.padEnd(40)+v.toFixed(1)).join('\n'));
