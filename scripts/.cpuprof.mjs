import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
const s = await serveDist({ root: process.env.DIST || '/tmp/dist-a' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block', viewport: {width:1280,height:1080} });
const p = await ctx.newPage();
await p.goto(s.url + (process.env.Q || '?lang=en'));
await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
await p.waitForTimeout(1000);
const cdp = await ctx.newCDPSession(p);
const view = process.env.VIEW || 'sankey';
const node = p.locator(`[data-view="${view}"] [data-id]`).nth(+(process.env.NTH||5));
await node.scrollIntoViewIfNeeded();
const box = await node.boundingBox();
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i=0;i<5;i++){ await p.mouse.move(box.x+box.width/2, box.y+box.height/2); await p.waitForTimeout(300); await p.mouse.move(2,2); await p.waitForTimeout(300);}
const { profile } = await cdp.send('Profiler.stop');
await b.close(); await s.close();
const byId = new Map(profile.nodes.map(n=>[n.id,n]));
const dt = profile.timeDeltas; const self = new Map();
profile.samples.forEach((id,i)=>{ self.set(id,(self.get(id)||0)+(dt[i]||0)); });
const agg = {};
for (const [id,t] of self) { const n=byId.get(id); const cf=n.callFrame; const k=`${cf.functionName||'(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; agg[k]=(agg[k]||0)+t/1000; }
console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>v.toFixed(1).padStart(8)+'  '+k).join('\n'));
// inclusive
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children||[]) parent.set(c,n.id);
const incl = {};
for (const [id,t] of self) { const seen=new Set(); let cur=id; while(cur!==undefined){ const n=byId.get(cur); const cf=n.callFrame; const k=`${cf.functionName||'(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; if(!seen.has(k)){incl[k]=(incl[k]||0)+t/1000; seen.add(k);} cur=parent.get(cur);} }
console.log('--- inclusive');
console.log(Object.entries(incl).sort((a,b)=>b[1]-a[1]).slice(0,45).map(([k,v])=>v.toFixed(1).padStart(8)+'  '+k).join('\n'));
