import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import {
  LIGHTHOUSE_BUDGETS,
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_METRICS,
  lighthouseBudgets,
  lighthouseLegend,
  lighthouseNotes,
  lighthouseTable,
  pickMedianRun,
  summarizeLighthouse,
} from '../../../bench/report.mjs';
import { gzipFront } from '../../../bench/gzip-front.mjs';

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode?: string; displayValue?: string; numericValue?: number; errorMessage?: string; metricSavings?: Record<string, number> };

const metricValues: Record<string, number> = { fcp: 1800, lcp: 2600, tbt: 350, cls: 0.0456, si: 2100 };

/** A Lighthouse result shaped like the real one, with only what the report reads. */
function lhr({ perf = 0.9, a11y = 1, bp = 1 as number | null, extraA11y = [] as Audit[], extraBp = [] as Audit[], opportunities = [] as Audit[], errored = [] as Audit[] } = {}) {
  const audits: Record<string, Audit> = {};
  const add = (a: Audit) => (audits[a.id] = { scoreDisplayMode: 'binary', ...a });
  const perfRefs = LIGHTHOUSE_METRICS.map((m, i) => {
    add({ id: m.id, title: m.label, score: i === 2 ? 0.5 : i === 1 ? 0.8 : 1, scoreDisplayMode: 'numeric', numericValue: metricValues[m.key], displayValue: `${metricValues[m.key]}` });
    return { id: m.id, weight: [10, 25, 30, 25, 10][i] };
  });
  for (const o of opportunities) {
    add(o);
    perfRefs.push({ id: o.id, weight: 0 });
  }
  for (const e of errored) {
    add({ ...e, scoreDisplayMode: 'error' });
    perfRefs.push({ id: e.id, weight: 0 });
  }
  const a11yRefs = [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }, ...extraA11y.map((a) => ({ id: a.id, weight: 3 }))];
  add({ id: 'color-contrast', title: 'Contrast', score: 1 });
  add({ id: 'image-alt', title: 'Alt text', score: 1 });
  extraA11y.forEach(add);
  const bpRefs = [{ id: 'errors-in-console', weight: 1 }, ...extraBp.map((a) => ({ id: a.id, weight: 1 }))];
  add({ id: 'errors-in-console', title: 'No console errors', score: 1 });
  extraBp.forEach(add);
  return {
    lighthouseVersion: '12.2.3',
    finalDisplayedUrl: 'http://127.0.0.1:1/explorer/',
    configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
    environment: { benchmarkIndex: 1500 },
    runWarnings: [],
    categories: {
      performance: { score: perf, auditRefs: perfRefs },
      accessibility: { score: a11y, auditRefs: a11yRefs },
      'best-practices': { score: bp, auditRefs: bpRefs },
    },
    audits,
  };
}

const page = (name: string, runs: ReturnType<typeof summarizeLighthouse>[], error: string | null = null) => ({
  page: name,
  query: name === 'explore' ? '' : `?embed=${name}`,
  runs,
  median: pickMedianRun(runs),
  error,
});

describe('summarizeLighthouse', () => {
  it('turns category scores into 0–100 and keeps the metrics Lighthouse computed', () => {
    const s = summarizeLighthouse(lhr({ perf: 0.874, a11y: 0.96, bp: null }));
    expect(s.scores).toEqual({ performance: 87, accessibility: 96, 'best-practices': null });
    expect(s.metrics).toEqual(metricValues);
    expect(s.lighthouseVersion).toBe('12.2.3');
    expect(s.benchmarkIndex).toBe(1500);
  });

  it('lists the audits that cost a category points, most costly first, with the points each costs', () => {
    const s = summarizeLighthouse(lhr({ a11y: 0.85, extraA11y: [{ id: 'target-size', title: 'Touch targets', score: 0 }] }));
    // Accessibility weights 7 + 10 + 3: a failed weight-3 audit costs 3/20 of 100 points.
    expect(s.costs.accessibility).toEqual([{ id: 'target-size', title: 'Touch targets', score: 0, displayValue: null, points: 15 }]);
    // Performance: TBT (weight 30, score 0.5) costs 15 of 100 points, LCP (25, 0.8) 5; passing metrics cost nothing.
    expect(s.costs.performance?.map((a) => [a.id, a.points])).toEqual([
      ['total-blocking-time', 15],
      ['largest-contentful-paint', 5],
    ]);
    expect(s.costs['best-practices']).toEqual([]);
  });

  it('keeps the failing opportunities with the largest savings and names the audits that errored', () => {
    const s = summarizeLighthouse(
      lhr({
        opportunities: [
          { id: 'small', title: 'Small', score: 0.5, metricSavings: { LCP: 50 } },
          { id: 'passing', title: 'Passing', score: 1, metricSavings: { TBT: 900 } },
          { id: 'big', title: 'Big', score: 0, displayValue: '3.1 s', metricSavings: { TBT: 500, FCP: 0 } },
        ],
        errored: [{ id: 'layout-shifts', title: 'Shifts', score: null, errorMessage: 'gatherer failed' }],
      }),
    );
    expect(s.opportunities).toEqual([
      { id: 'big', title: 'Big', displayValue: '3.1 s', savings: { TBT: 500 } },
      { id: 'small', title: 'Small', displayValue: null, savings: { LCP: 50 } },
    ]);
    expect(s.erroredAudits).toEqual([{ id: 'layout-shifts', message: 'gatherer failed' }]);
  });
});

describe('pickMedianRun', () => {
  const run = (performance: number | null) => summarizeLighthouse(lhr({ perf: performance === null ? (null as unknown as number) : performance / 100 }));

  it('takes the run with the median performance score (the lower middle of an even count)', () => {
    expect(pickMedianRun([run(90), run(70), run(80)])?.scores.performance).toBe(80);
    expect(pickMedianRun([run(90), run(70), run(80), run(60)])?.scores.performance).toBe(70);
  });

  it('ignores runs without a performance score, and has nothing to pick from no runs', () => {
    expect(pickMedianRun([run(null), run(91), run(null)])?.scores.performance).toBe(91);
    expect(pickMedianRun([])).toBeNull();
  });
});

describe('lighthouseBudgets', () => {
  it('passes a score at its budget and flags one below it', () => {
    const at = lighthouseBudgets({ scores: { ...LIGHTHOUSE_BUDGETS } });
    expect(Object.values(at).map((b) => b.ok)).toEqual([true, true, true]);
    const below = lighthouseBudgets({ scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, LIGHTHOUSE_BUDGETS[c as keyof typeof LIGHTHOUSE_BUDGETS] - 1])) });
    expect(Object.values(below).map((b) => b.ok)).toEqual([false, false, false]);
  });

  it('gives no verdict on a category without a score', () => {
    expect(lighthouseBudgets({ scores: { performance: null } }).performance).toEqual({ value: null, limit: LIGHTHOUSE_BUDGETS.performance, ok: null });
    expect(lighthouseBudgets(null).accessibility?.ok).toBeNull();
  });
});

describe('lighthouseTable', () => {
  const explore = page('explore', [summarizeLighthouse(lhr({ perf: 0.97 })), summarizeLighthouse(lhr({ perf: 0.91 })), summarizeLighthouse(lhr({ perf: 0.96 }))]);
  const embed = page('sankey', [summarizeLighthouse(lhr({ perf: 0.99, bp: 0.96 }))]);
  /** The cells after the row's label, by label (the last one keeps the closing "|"). */
  const rows = (t: string): Record<string, string[]> => Object.fromEntries(t.split('\n').slice(2).map((l) => [(l.split(' | ')[0] ?? '').slice(2), l.split(' | ').slice(1)]));

  it('puts each category’s budget beside every page’s score, with the range when the runs differ', () => {
    const t = lighthouseTable([explore, embed]);
    expect(t.split('\n')[0]).toBe('| Lighthouse | budget | explore page (3 runs) | ?embed=sankey |');
    const r = rows(t);
    expect(r.performance).toEqual([`≥ ${LIGHTHOUSE_BUDGETS.performance}`, '96 (91–97) ✓', '99 ✓ |']);
    expect(r.accessibility).toEqual([`${LIGHTHOUSE_BUDGETS.accessibility}`, '100 ✓', '100 ✓ |']);
    expect(r['best practices']).toEqual([`${LIGHTHOUSE_BUDGETS['best-practices']}`, '100 ✓', '96 OVER |']);
  });

  it('prints the metrics in their units and the change since the previous report', () => {
    const previous = [{ page: 'explore', median: { scores: { performance: 99, accessibility: 100, 'best-practices': 100 }, metrics: { ...metricValues, lcp: 2000 } } }];
    const r = rows(lighthouseTable([explore], previous));
    expect(r.performance?.[1]).toBe('96 (91–97) ✓ (-3) |');
    expect(r.accessibility?.[1]).toBe('100 ✓ (+0) |');
    expect(r.FCP?.[1]).toBe('1.8 s (+0%) |');
    expect(r.LCP?.[1]).toBe('2.6 s (+30%) |');
    expect(r.TBT?.[1]).toBe('350 ms (+0%) |');
    expect(r.CLS?.[1]).toBe('0.046 (+0%) |');
    expect(r['Speed Index']?.[1]).toBe('2.1 s (+0%) |');
  });

  it('says n/a for a page Lighthouse could not score', () => {
    const r = rows(lighthouseTable([page('map', [], 'connect ECONNREFUSED')]));
    expect(r.performance?.[1]).toBe('n/a |');
    expect(r.LCP?.[1]).toBe('n/a |');
  });
});

describe('lighthouseNotes', () => {
  it('names the audits that hold a category below its budget, and says nothing of pages within budget', () => {
    const bad = page('sankey', [
      summarizeLighthouse(
        lhr({ perf: 0.99, bp: 0.96, extraBp: [{ id: 'font-size', title: 'Document doesn’t use legible font sizes', score: 0, displayValue: '40% legible text' }] }),
      ),
    ]);
    const good = page('explore', [summarizeLighthouse(lhr({ perf: 0.99 }))]);
    const notes = lighthouseNotes([good, bad]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Lighthouse \?embed=sankey: best practices 96 < 100: font-size "Document doesn’t use legible font sizes" \(40% legible text\) −50 pts$/);
  });

  it('explains a low performance score by its metrics and the largest savings', () => {
    const slow = page('explore', [summarizeLighthouse(lhr({ perf: 0.8, opportunities: [{ id: 'bootup-time', title: 'JS execution', score: 0, displayValue: '1.7 s', metricSavings: { TBT: 1050 } }] }))]);
    const [why, savings] = lighthouseNotes([slow]);
    expect(why).toBe('Lighthouse explore page: performance 80 < 95: TBT 350 −15 pts; LCP 2600 −5 pts');
    expect(savings).toBe('Lighthouse explore page: performance, largest estimated savings: bootup-time (1.7 s): TBT −1050 ms');
  });

  it('reports a page that failed, and an audit failure shared by every page once', () => {
    const errored = [{ id: 'layout-shifts', title: 'Shifts', score: null, errorMessage: 'RootCauses failed' }];
    const a = page('explore', [summarizeLighthouse(lhr({ perf: 0.99, errored }))]);
    const b = page('power', [summarizeLighthouse(lhr({ perf: 0.99, errored }))]);
    const notes = lighthouseNotes([a, b, page('map', [], 'Lighthouse returned no result')]);
    expect(notes).toContain('Lighthouse ?embed=map: Lighthouse returned no result');
    expect(notes.filter((n) => n.includes('RootCauses failed'))).toEqual(['Lighthouse explore page, ?embed=power: 1 audit(s) could not run (layout-shifts): RootCauses failed']);
  });
});

describe('lighthouseLegend', () => {
  it('says how the figures were taken and states the budgets', () => {
    const text = lighthouseLegend([page('explore', [summarizeLighthouse(lhr())])]);
    expect(text).toContain('Lighthouse 12.2.3');
    expect(text).toContain('mobile');
    expect(text).toContain(`performance ≥ ${LIGHTHOUSE_BUDGETS.performance}, accessibility ${LIGHTHOUSE_BUDGETS.accessibility}, best practices ${LIGHTHOUSE_BUDGETS['best-practices']}`);
    expect(text).toContain('one run per page');
    expect(text).not.toContain('previous report');
  });
});

describe('gzipFront', () => {
  let upstream: Server;
  let origin: string;
  const body = 'const x = 1;\n'.repeat(200);
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      if (req.url === '/app.js') res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Security-Policy': "default-src 'self'", 'Content-Length': Buffer.byteLength(body) }).end(body);
      else if (req.url === '/icon.png') res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from([137, 80, 78, 71]));
      else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok));
    const address = upstream.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((ok) => upstream.close(() => ok())));

  const get = (url: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    });

  it('serves text gzip-compressed to a browser that accepts it, keeping status and headers, and the rest as it is', async () => {
    const front = await gzipFront(origin);
    try {
      const js = await get(`${front.origin}/app.js`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(js.status).toBe(200);
      expect(js.headers['content-encoding']).toBe('gzip');
      expect(js.headers['content-security-policy']).toBe("default-src 'self'");
      expect(js.body.length).toBeLessThan(body.length / 5);
      expect(gunzipSync(js.body).toString()).toBe(body);

      const plain = await get(`${front.origin}/app.js`, {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(body);

      const png = await get(`${front.origin}/icon.png`, { 'accept-encoding': 'gzip' });
      expect(png.headers['content-encoding']).toBeUndefined();
      expect([...png.body]).toEqual([137, 80, 78, 71]);

      const missing = await get(`${front.origin}/nope`, { 'accept-encoding': 'gzip' });
      expect(missing.status).toBe(404);
      expect(gunzipSync(missing.body).toString()).toBe('not found');
    } finally {
      await front.close();
    }
  });
});
