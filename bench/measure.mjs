// One cold page load: bytes fetched until `views-ready`, time to ready, JS heap, and hover
// cross-highlight latency on each view. Every figure it cannot take is null (reported "n/a").
import zlib from 'node:zlib';

export const VIEWS = ['sankey', 'map', 'power'];

/**
 * Marks that say "this mark is dimmed / lit" in any of the views. The probe counts them per view
 * before and after a hover: a view shows the cross-highlight once its count has changed.
 */
export const HIGHLIGHT_SELECTOR = [
  '[data-dim]:not([data-dim="false"])',
  '[data-dimmed]:not([data-dimmed="false"])',
  '.dim',
  '.dimmed',
  '.is-dim',
  '[data-lit]:not([data-lit="false"])',
  '.lit',
  '[data-active]:not([data-active="false"])',
  '[data-related]:not([data-related="false"])',
].join(', ');

/**
 * Runs in the page, just before the pointer moves onto a mark. On the first mousemove it takes
 * the event's timeStamp (input queueing counts), then after each frame's paint (a message posted
 * from requestAnimationFrame is delivered once that frame's style, layout and paint are done)
 * counts the highlight marks in every view. It resolves with the time of the first painted frame
 * and of the first frame in which every view with marks shows the highlight (null if none did
 * within maxFrames).
 */
function installHoverProbe({ views, selector, baseline, maxFrames }) {
  const counts = () => views.map((v) => document.querySelectorAll(`[data-view="${v}"] :is(${selector})`).length);
  window.__benchHover = new Promise((resolve) => {
    const onMove = (e) => {
      window.removeEventListener('mousemove', onMove, true);
      const t0 = e.timeStamp;
      const handlerDelay = performance.now() - t0;
      let frames = 0;
      let firstFrame = null;
      const tick = () =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const t = performance.now() - t0;
            frames++;
            firstFrame ??= t;
            const now = counts();
            const lit = views.map((_, i) => baseline[i] === null || now[i] !== baseline[i]);
            if (lit.every(Boolean)) return resolve({ highlight: t, firstFrame, frames, handlerDelay, views: lit });
            if (frames >= maxFrames) return resolve({ highlight: null, firstFrame, frames, handlerDelay, views: lit });
            tick();
          };
          channel.port2.postMessage(0);
        });
      tick();
    };
    window.addEventListener('mousemove', onMove, true);
  });
}

/**
 * Runs in the page: finds up to `max` marks of a view that a pointer can actually hit (the centre
 * of the mark's box hit-tests to the mark), scrolling the first into view. Returns viewport points.
 */
async function findTargets({ view, max, prefer }) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const all = [...document.querySelectorAll(`[data-view="${view}"] [data-id]`)];
  const rank = (el) => {
    const i = prefer.indexOf(el.getAttribute('data-id'));
    return i < 0 ? prefer.length : i;
  };
  const marks = all.map((el, i) => ({ el, r: rank(el), i })).sort((a, b) => a.r - b.r || a.i - b.i).map((m) => m.el);
  const out = [];
  let scrolled = false;
  // Bounded, so a view of thousands of marks none of which is hittable costs little.
  for (const el of marks.slice(0, 200)) {
    if (out.length >= max) break;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    if (!scrolled) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      await frame();
      scrolled = true;
    }
    const r = el.getBoundingClientRect();
    // Try the centre, then a few points inside the box (a Sankey link's centre may miss its stroke).
    for (const [fx, fy] of [[0.5, 0.5], [0.3, 0.5], [0.7, 0.5], [0.5, 0.3], [0.5, 0.7]]) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (x < 4 || y < 4 || x > innerWidth - 1 || y > innerHeight - 1) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit)) && hit.closest('[data-id]') === el) {
        out.push({ x, y, id: el.getAttribute('data-id') });
        break;
      }
    }
  }
  return { marks: all.length, targets: out };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Bodies of responses that finished before ready, grouped: scripts, stylesheets, everything. */
async function bytesUntil(page, responses, readyMs) {
  const finished = await page.evaluate((ready) => {
    const entries = performance.getEntriesByType('resource').filter((e) => ready === null || e.responseEnd <= ready);
    return [location.href.split('#')[0], ...entries.map((e) => e.name)];
  }, readyMs);
  const wanted = new Set(finished);
  const bucket = () => ({ count: 0, raw: 0, gzip: 0 });
  const out = { js: bucket(), css: bucket(), all: bucket(), files: [] };
  for (const r of responses) {
    if (!wanted.has(r.url())) continue;
    let body;
    try {
      body = await r.body();
    } catch {
      continue;
    }
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    const path = new URL(r.url()).pathname;
    // By file as well as by request: a module preload's or a style preload's request is typed 'other'.
    const type = r.request().resourceType() === 'script' || path.endsWith('.js') ? 'script' : r.request().resourceType() === 'stylesheet' || path.endsWith('.css') ? 'stylesheet' : r.request().resourceType();
    const groups = [out.all, ...(type === 'script' ? [out.js] : type === 'stylesheet' ? [out.css] : [])];
    for (const g of groups) {
      g.count++;
      g.raw += body.length;
      g.gzip += gzip;
    }
    out.files.push({ path, type, raw: body.length, gzip });
  }
  return out;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, throttle: number, hoversPerView: number, timeoutMs: number,
 *   width: number, height: number, collectBytes: boolean, highlightSelector?: string,
 *   prefer?: Record<string, string[]>, afterReady?: (page: import('playwright-core').Page) => Promise<void>, zoomSteps?: number }} o
 *   prefer: per view, the data-ids to hover first; afterReady: a probe's own setup before the hovers;
 *   zoomSteps: wheel steps over the map after the hovers (see zoomAll)
 */
export async function measureLoad(browser, o) {
  // Service workers blocked: the offline precache would download the whole build during the hovers.
  const context = await browser.newContext({ viewport: { width: o.width, height: o.height }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const rec = { readyMs: null, readyState: null, bytes: null, heapUsed: null, heapUsedAfterGc: null, hovers: [], zoomSteps: [], targets: {}, errors: [] };
  const selector = o.highlightSelector ?? HIGHLIGHT_SELECTOR;
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => rec.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') rec.errors.push(`console: ${m.text()}`);
    });
    const responses = [];
    if (o.collectBytes) page.on('response', (r) => r.status() < 300 && responses.push(r));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.throttle });

    await page.goto(o.url, { waitUntil: 'commit', timeout: o.timeoutMs });
    try {
      await page.waitForFunction(() => document.documentElement.dataset.ready, null, { polling: 50, timeout: o.timeoutMs });
    } catch {
      rec.errors.push(`not ready within ${o.timeoutMs} ms`);
    }
    const state = await page.evaluate(() => ({
      ready: document.documentElement.dataset.ready ?? null,
      mark: performance.getEntriesByName('views-ready')[0]?.startTime ?? null,
      views: Object.fromEntries([...document.querySelectorAll('[data-view]')].map((v) => [v.getAttribute('data-view'), v.getAttribute('data-state')])),
    }));
    rec.readyState = state.ready;
    rec.viewStates = state.views;
    if (state.ready === '1') rec.readyMs = state.mark;
    if (o.collectBytes) rec.bytes = await bytesUntil(page, responses, rec.readyMs);
    if (state.ready !== '1') return rec;

    const heap = await cdp.send('Runtime.getHeapUsage');
    rec.heapUsed = heap.usedSize;
    await cdp.send('HeapProfiler.collectGarbage');
    rec.heapUsedAfterGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    await o.afterReady?.(page);
    if (o.hoversPerView > 0) await hoverAll(page, o, rec, selector);
    if (o.zoomSteps > 0) rec.zoomSteps = await zoomAll(page, o.zoomSteps);
    return rec;
  } catch (e) {
    rec.errors.push(`measure: ${e instanceof Error ? e.message : String(e)}`);
    return rec;
  } finally {
    await context.close().catch(() => {});
  }
}

async function hoverAll(page, o, rec, selector) {
  const settle = async () => {
    await page.mouse.move(2, 2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(120);
  };
  await page.waitForTimeout(200);
  for (const view of VIEWS) {
    const found = await page.evaluate(findTargets, { view, max: 3, prefer: o.prefer?.[view] ?? [] });
    rec.targets[view] = { marks: found.marks, hittable: found.targets.length, ids: found.targets.map((t) => t.id) };
    for (let i = 0; i < o.hoversPerView && found.targets.length; i++) {
      const target = found.targets[i % found.targets.length];
      await settle();
      // Views without any marks cannot show a highlight: they are left out (null baseline).
      const baseline = await page.evaluate(
        ({ views, selector }) =>
          views.map((v) => (document.querySelector(`[data-view="${v}"] [data-id]`) ? document.querySelectorAll(`[data-view="${v}"] :is(${selector})`).length : null)),
        { views: VIEWS, selector },
      );
      await page.evaluate(installHoverProbe, { views: VIEWS, selector, baseline, maxFrames: 60 });
      await page.mouse.move(target.x, target.y);
      // Neither racer may reject later (after the context closes): that would crash the run.
      const sample = await Promise.race([
        page.evaluate(() => window.__benchHover).catch(() => null),
        new Promise((done) => setTimeout(done, 10_000, null).unref()),
      ]);
      rec.hovers.push({ view, id: target.id, first: rec.hovers.length === 0, ...(sample ?? { highlight: null, firstFrame: null, timedOut: true }) });
    }
  }
  await settle();
}

/**
 * Wheel steps over the middle of the map, alternately in and out, 300 ms apart: a reader turning
 * the wheel and pausing, so whatever the map does after a gesture (placing its marks again) runs
 * between the steps and delays the next one if it is slow. Each step: the wheel event to the end
 * of the frame after it, in ms. Empty when the page has no map svg.
 */
async function zoomAll(page, steps) {
  const middle = await page.evaluate(() => {
    const svg = document.querySelector('[data-view="map"] svg');
    if (!svg) return null;
    svg.scrollIntoView({ block: 'center' });
    const r = svg.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  if (!middle) return [];
  await page.mouse.move(middle.x, middle.y);
  await page.waitForTimeout(300);
  const out = [];
  for (let i = 0; i < steps; i++) {
    await page.evaluate(() => {
      window.__benchWheel = new Promise((done) =>
        addEventListener(
          'wheel',
          (e) => {
            const t0 = e.timeStamp;
            requestAnimationFrame(() => {
              const c = new MessageChannel();
              c.port1.onmessage = () => done(performance.now() - t0);
              c.port2.postMessage(0);
            });
          },
          { once: true, capture: true },
        ),
      );
    });
    await page.mouse.wheel(0, i % 2 ? 120 : -120);
    out.push(await Promise.race([page.evaluate(() => window.__benchWheel).catch(() => null), new Promise((done) => setTimeout(done, 10_000, null).unref())]));
    await page.waitForTimeout(300);
  }
  return out.filter((x) => x !== null);
}

/** Summary of one load's hovers: the first one, and the warm ones after it. */
export function hoverStats(hovers) {
  const warm = hovers.filter((h) => !h.first);
  const lit = warm.map((h) => h.highlight).filter((x) => x !== null);
  return {
    first: hovers[0]?.highlight ?? null,
    firstFrameOfFirst: hovers[0]?.firstFrame ?? null,
    median: median(lit),
    worst: lit.length ? Math.max(...lit) : null,
    nextFrame: median(warm.map((h) => h.firstFrame)),
    detected: hovers.filter((h) => h.highlight !== null).length,
    count: hovers.length,
  };
}

export { median };
