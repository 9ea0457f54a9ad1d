#!/usr/bin/env node
// `npm run bench`: builds the explorer into a private directory, writes synthetic datasets beside
// it, serves it under /explorer/ on 127.0.0.1 and measures cold loads in Debian's Chromium:
// bytes until views-ready, time to views-ready (1x and 4x CPU), hover cross-highlight latency and
// JS heap, at dataset scales x1 (the real data/), x10 and x50, then Lighthouse's scores at x1.
// Prints tables with the DESIGN.md §7 budgets beside the figures and writes a JSON report. See
// bench/README.md.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { serveDist } from '../scripts/serve-dist.mjs';
import { measureLoad, hoverStats, median, HIGHLIGHT_SELECTOR } from './measure.mjs';
import { prepareDatasets, prepareDist } from './prepare.mjs';
import {
  budgets,
  embedTable,
  legend,
  lighthouseBudgets,
  lighthouseLegend,
  lighthouseNotes,
  lighthouseTable,
  notes,
  readPeerReference,
  summarize,
  table,
} from './report.mjs';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(projectDir, 'bench', 'results');
const USAGE = `usage: node bench/run.mjs [options]
  --scale 1,10,50      dataset scales (x1 = data/, others synthetic)
  --runs N             cold loads per scale and CPU rate (default 5)
  --throttle 1,4       CPU throttling rates
  --hovers N           hovers per view per load (default 5)
  --zoom N             wheel steps over the map per load (default 10; smoke 3)
  --smoke              x1 only, 1 run at 1x and 4x, 2 hovers per view, one Lighthouse run of
                       the explore page only, < 60 s (CI)
  --no-embeds          skip the one-view embeds (x1, 1x, a phone's viewport: bytes and ready)
  --no-lighthouse      skip Lighthouse (performance, accessibility, best practices; x1, mobile)
  --lighthouse-runs N  Lighthouse runs of the explore page (default 3, the median reported;
                       smoke 1); then one of each embed (not in smoke)
  --out FILE           write the JSON report there (default bench/results/latest.json,
                       the previous one kept as previous.json)
  --no-build           reuse a build (--dist DIR, default dist/) instead of building
  --dist DIR           the build to reuse with --no-build
  --seed N             synthetic dataset seed (default 1)
  --timeout MS         per-load wait for views-ready (default 60000; smoke 20000)
  --width W --height H viewport (default 1280x1080, as the peers' benchmark)
  --highlight-selector CSS   marks that show the cross-highlight (default: data-dim, .dim, .lit, ...)
  --serve [--port N]   build, write datasets, serve and wait (for the peers' bench/run.mjs --url)
  --peers FILE         the peers' results/peers.md from a run in this session: the bare-d3
                       reference for the ✓/OVER verdicts (default: ../shared/peers' stored run)
  --chromium PATH      default /usr/bin/chromium or $CHROMIUM`;

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}\n${USAGE}`);
    const eq = a.indexOf('=');
    const key = a.slice(2, eq > 0 ? eq : undefined);
    if (eq > 0) o[key] = a.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) o[key] = argv[++i];
    else o[key] = true;
  }
  const list = (v, fallback) => (typeof v === 'string' ? v.split(',').map(Number).filter((n) => Number.isFinite(n) && n > 0) : fallback);
  const smoke = o.smoke === true;
  const opts = {
    help: o.help === true,
    smoke,
    serve: o.serve === true,
    port: Number(o.port ?? 0),
    scales: smoke ? [1] : list(o.scale, [1, 10, 50]).map(Math.round),
    runs: smoke ? 1 : Math.max(1, Number(o.runs ?? 5)),
    throttles: list(o.throttle, [1, 4]),
    hovers: Number(o.hovers ?? (smoke ? 2 : 5)),
    zoomSteps: Number(o.zoom ?? (smoke ? 3 : 10)),
    out: typeof o.out === 'string' ? resolve(o.out) : null,
    build: o['no-build'] !== true,
    dist: resolve(projectDir, typeof o.dist === 'string' ? o.dist : 'dist'),
    seed: Number(o.seed ?? 1),
    timeoutMs: Number(o.timeout ?? (smoke ? 20_000 : 60_000)),
    width: Number(o.width ?? 1280),
    height: Number(o.height ?? 1080),
    highlightSelector: typeof o['highlight-selector'] === 'string' ? o['highlight-selector'] : HIGHLIGHT_SELECTOR,
    chromium: typeof o.chromium === 'string' ? o.chromium : (process.env.CHROMIUM ?? '/usr/bin/chromium'),
    peers: typeof o.peers === 'string' ? resolve(o.peers) : null,
    // Smoke runs stop starting new loads after this, whatever is left.
    deadlineMs: smoke ? 45_000 : Infinity,
    embeds: o['no-embeds'] !== true,
    lighthouse: o['no-lighthouse'] !== true,
    lighthouseRuns: Math.max(1, Math.round(Number(o['lighthouse-runs'] ?? (smoke ? 1 : 3))) || 1),
    // The smoke run (CI) proves Lighthouse works on the explore page; the full run adds one run of
    // each embed (their accessibility, best practices and layout shifts differ from the page's).
    lighthousePages: smoke ? ['explore'] : ['explore', 'map', 'sankey', 'power'],
  };
  if (typeof o.dist === 'string' && o['no-build'] !== true) opts.build = false;
  return opts;
}

/**
 * One cold load of each view embedded alone (`?embed=`), at x1 and 1x CPU in a phone's viewport:
 * what a reader who meets one view in an article downloads before it is drawn.
 */
async function measureEmbeds(base, o) {
  const out = [];
  const browser = await chromium.launch({ executablePath: o.chromium, args: CHROMIUM_ARGS });
  try {
    for (const view of ['map', 'sankey', 'power']) {
      const url = `${base}${base.includes('?') ? '&' : '?'}embed=${view}`;
      const rec = await measureLoad(browser, { url, throttle: 1, hoversPerView: 0, zoomSteps: 0, timeoutMs: o.timeoutMs, width: 390, height: 844, collectBytes: true });
      out.push({ view, readyMs: rec.readyMs, js: rec.bytes?.js ?? null, all: rec.bytes?.all ?? null, errors: rec.errors });
      console.log(`  embed ${view}: ready ${rec.readyMs?.toFixed(0) ?? 'n/a'} ms, JS ${rec.bytes ? (rec.bytes.js.gzip / 1024).toFixed(1) : 'n/a'} KB gzip`);
    }
  } finally {
    await browser.close().catch(() => {});
  }
  return out;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const fixed = (x, d = 0) => (x == null ? 'n/a' : x.toFixed(d));

async function main() {
  const started = Date.now();
  const o = parseArgs(process.argv.slice(2));
  if (o.help) return console.log(USAGE);
  // Only a peers run from this session compares like with like: the stored one came from another machine.
  const fresh = o.peers ? { ...readPeerReference([o.peers]), sameRun: true } : null;
  if (fresh && !fresh.path) throw new Error(`--peers ${o.peers}: no bare-d3 rows there (expected a results/peers.md from ../shared/peers' bench/run.mjs)`);
  if (!o.serve && !existsSync(o.chromium)) throw new Error(`Chromium not found at ${o.chromium} (apt-get install chromium, or --chromium PATH)`);

  console.log(o.build ? 'building into a temporary directory…' : `copying the build in ${o.dist}…`);
  const dist = prepareDist({ projectDir, build: o.build, dist: o.dist });
  const { realData, targets } = await prepareDatasets(dist.dir, o.serve ? [1, 10, 50] : o.scales, o.seed);
  const server = await serveDist({ root: dist.dir, base: '/explorer/', port: o.port });
  const cleanup = async () => {
    await server.close();
    dist.cleanup();
  };

  if (o.serve) {
    console.log(`serving ${dist.dir} at ${server.url}`);
    for (const [k, t] of Object.entries(targets)) console.log(`  x${k}: ${server.url}${t.query}`);
    console.log(`peers: node bench/run.mjs --url '${server.url}?data=./bench-data/x{n}/manifest.json' --label explorer`);
    console.log('Ctrl-C to stop.');
    await new Promise((done) => process.once('SIGINT', done));
    return cleanup();
  }
  if (!realData) console.log('note: the build has no data/manifest.json, so x1 uses the synthetic x1 dataset');

  const loads = [];
  const embeds = [];
  let lighthouse = null;
  let skipped = 0;
  try {
    for (const throttle of o.throttles) {
      for (let run = 0; run < o.runs; run++) {
        // A new browser per round (playwright gives every launch a fresh temporary profile and
        // refuses --user-data-dir), a new context per load; scales interleaved so slow drift of a
        // busy machine spreads evenly over them.
        const browser = await chromium.launch({ executablePath: o.chromium, args: CHROMIUM_ARGS });
        try {
          for (const scale of o.scales) {
            if (Date.now() - started > o.deadlineMs) {
              skipped++;
              continue;
            }
            const t = targets[scale];
            const url = `${server.url}${t.query}`;
            const t0 = Date.now();
            const rec = await measureLoad(browser, {
              url,
              throttle,
              hoversPerView: o.hovers,
              timeoutMs: o.timeoutMs,
              width: o.width,
              height: o.height,
              collectBytes: run === 0,
              highlightSelector: o.highlightSelector,
              prefer: t.prefer,
              zoomSteps: o.zoomSteps,
            });
            loads.push({ scale, throttle, run: run + 1, dataset: t.dataset, url, loadAvg1: loadavg()[0], ...rec });
            const h = hoverStats(rec.hovers);
            console.log(
              `  x${String(scale).padEnd(3)} ${throttle}x run ${run + 1}/${o.runs}: ready ${fixed(rec.readyMs)} ms, highlight ${fixed(h.median, 1)} ms (1st ${fixed(h.first, 1)}), zoom step ${fixed(median(rec.zoomSteps), 1)} ms, ` +
                `heap ${fixed(rec.heapUsed && rec.heapUsed / 1048576, 1)} MB, load avg ${loadavg()[0].toFixed(1)} (${((Date.now() - t0) / 1000).toFixed(1)} s)` +
                (rec.errors.length ? `\n      ${rec.errors.slice(0, 3).join('\n      ')}` : ''),
            );
          }
        } finally {
          await browser.close().catch(() => {});
        }
      }
    }
    if (o.embeds) embeds.push(...(await measureEmbeds(`${server.url}${targets[1]?.query ?? ''}`, o)));
    if (o.lighthouse) {
      // Imported here so that --no-lighthouse never loads it.
      const { measureLighthouse } = await import('./lighthouse.mjs');
      const x1 = targets[1]?.query ?? '';
      const pages = o.lighthousePages.map((page) =>
        page === 'explore' ? { page, query: x1, runs: o.lighthouseRuns } : { page, query: `${x1 ? `${x1}&` : '?'}embed=${page}`, runs: 1 },
      );
      lighthouse = (await measureLighthouse({ base: server.url, pages, chromium: o.chromium, maxWaitForLoad: o.timeoutMs })).map((r) => ({
        ...r,
        budgets: lighthouseBudgets(r.median),
      }));
    }
  } finally {
    await cleanup();
  }
  if (skipped) console.log(`smoke deadline: skipped ${skipped} load(s)`);

  const peers = fresh ?? { ...readPeerReference([join(projectDir, '..', 'shared', 'peers', 'results', 'peers.md'), '/work/shared/peers/results/peers.md']), sameRun: false };
  const latestPath = join(resultsDir, 'latest.json');
  const previousPath = join(resultsDir, 'previous.json');
  // With --out the report goes there and is compared with the last full report; otherwise the
  // last full report becomes previous.json.
  const previous = readJson(latestPath);
  const summary = summarize(loads).map((row) => ({ ...row, budgets: budgets(row, peers) }));
  const meta = {
    date: new Date().toISOString(),
    browser: safeVersion(o.chromium),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    viewport: `${o.width}x${o.height}`,
    runs: o.runs,
    scales: o.scales,
    throttles: o.throttles,
    hoversPerView: o.hovers,
    smoke: o.smoke,
    lighthouseRuns: o.lighthouse ? o.lighthouseRuns : 0,
    seed: o.seed,
    x1: realData ? 'data/' : 'synthetic',
    highlightSelector: o.highlightSelector,
    peersReference: peers.path,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const report = { meta, summary, loads, embeds, lighthouse };
  const why = [...notes(summary), ...(lighthouse ? lighthouseNotes(lighthouse) : [])];
  const md = [
    table(summary, peers, previous),
    legend(peers, previous),
    embeds.length ? embedTable(embeds, previous?.embeds) : null,
    lighthouse ? `${lighthouseTable(lighthouse, previous?.lighthouse)}\n\n${lighthouseLegend(lighthouse, previous?.lighthouse)}` : null,
    why.length ? `Notes:\n${why.map((n) => `- ${n}`).join('\n')}` : null,
  ]
    .filter(Boolean)
    .join('\n\n');
  console.log(`\n${md}\n`);

  if (o.out) {
    mkdirSync(dirname(o.out), { recursive: true });
    writeFileSync(o.out, `${JSON.stringify(report, null, 1)}\n`);
    console.log(`wrote ${o.out}`);
  } else {
    mkdirSync(resultsDir, { recursive: true });
    if (existsSync(latestPath)) renameSync(latestPath, previousPath);
    writeFileSync(latestPath, `${JSON.stringify(report, null, 1)}\n`);
    writeFileSync(join(resultsDir, 'latest.md'), `# Benchmark ${meta.date}\n\n${meta.browser}; ${meta.cpu} (${meta.cores} cores); viewport ${meta.viewport}; ${meta.runs} cold loads per cell; x1 = ${meta.x1}.\n\n${md}\n`);
    console.log(`wrote ${latestPath}${previous ? ' (the last one is now previous.json)' : ''}`);
  }
  // Scores are never gated; Lighthouse itself failing to run is a broken tool.
  const broken = (lighthouse ?? []).filter((r) => r.error);
  if (broken.length) {
    console.error(`bench: Lighthouse failed on ${broken.map((r) => r.page).join(', ')}: ${broken[0].error}`);
    process.exitCode = 1;
  }
}

function safeVersion(bin) {
  try {
    return execFileSync(bin, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

main().catch((e) => {
  // Only a broken tool (or a machine that cannot run it) fails; slow figures never do.
  console.error(`bench: ${e instanceof Error ? (process.env.BENCH_DEBUG ? e.stack : e.message) : e}`);
  process.exit(1);
});
