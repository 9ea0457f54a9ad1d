// Lighthouse (DESIGN.md §7: performance ≥ 95, accessibility 100, best practices 100) on the served
// build, in the same Debian Chromium as the rest of the bench. Reported, never gated: the
// performance score swings with machine load (DESIGN.md §8).
//
// Lighthouse's default configuration: a mobile device (Moto G Power, 412×823) on simulated slow 4G
// with a 4× CPU slowdown (Lantern simulation over one unthrottled load). That is how most readers
// meet the explorer (on phones, often through an embed) and it is the figure PageSpeed Insights
// and `lighthouse <url>` print first, so the budget reads the same wherever someone re-checks it.
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { gzipFront } from './gzip-front.mjs';
import { LIGHTHOUSE_CATEGORIES, pickMedianRun, summarizeLighthouse } from './report.mjs';

/** A TCP port free right now on 127.0.0.1 (Chromium binds it a moment later). */
function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => ok(port));
    });
  });
}

/**
 * `page.runs` Lighthouse navigations of each page, each in a new Chromium (playwright gives every
 * launch a fresh temporary profile, so no cache, service worker or storage from the run before),
 * which Lighthouse drives over a DevTools port with its own puppeteer. The pages are the bench's
 * served build behind a gzip front (see gzipFront). Returns one entry per page: every run's
 * summary, the median run (by performance score) and the error that stopped it, if any.
 *
 * @param {{ base: string, pages: { page: string, query: string, runs: number }[], chromium: string,
 *           maxWaitForLoad?: number, log?: (line: string) => void }} o
 */
export async function measureLighthouse({ base, pages, chromium: executablePath, maxWaitForLoad, log = console.log }) {
  const served = new URL(base);
  const front = await gzipFront(served.origin);
  const out = [];
  try {
    for (const page of pages) {
      const url = `${front.origin}${served.pathname}${page.query}`;
      const results = [];
      let error = null;
      const runs = Math.max(1, page.runs);
      for (let run = 0; run < runs; run++) {
        const t0 = Date.now();
        try {
          const s = summarizeLighthouse(await runOnce(url, executablePath, maxWaitForLoad));
          results.push(s);
          log(
            `  lighthouse ${page.page} run ${run + 1}/${runs}: performance ${score(s.scores.performance)}, accessibility ${score(s.scores.accessibility)}, ` +
              `best practices ${score(s.scores['best-practices'])} (${((Date.now() - t0) / 1000).toFixed(1)} s)` +
              (s.runtimeError ? `\n      ${s.runtimeError}` : '') +
              (s.runWarnings.length ? `\n      ${s.runWarnings.slice(0, 3).join('\n      ')}` : ''),
          );
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
          log(`  lighthouse ${page.page} run ${run + 1}/${runs}: failed: ${error}`);
          break;
        }
      }
      out.push({ page: page.page, query: page.query, runs: results, median: pickMedianRun(results), error });
    }
  } finally {
    await front.close();
  }
  return out;
}

const score = (x) => (x == null ? 'n/a' : String(x));

async function runOnce(url, executablePath, maxWaitForLoad) {
  const port = await freePort();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, {
      port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: LIGHTHOUSE_CATEGORIES,
      ...(maxWaitForLoad ? { maxWaitForLoad } : {}),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await browser.close().catch(() => {});
  }
}
