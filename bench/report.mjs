// Summaries, budgets (DESIGN.md §7) and the printed table. Budgets are reported, never asserted.
import { readFileSync } from 'node:fs';
import { hoverStats, median } from './measure.mjs';

/** DESIGN.md §7 figures, used when the peers' results are not at hand. */
const FALLBACK_D3 = { 1: { 1: 774, 4: 2113 } };

/**
 * Reads the bare-d3 (and ECharts) `views-ready` medians per n and CPU throttle from the peers'
 * markdown table: `| d3 | 1 | 87 | 29 | 774 (685–876) | 2113 (1893–3693) | ...`.
 */
export function readPeerReference(paths) {
  for (const path of paths) {
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const ref = {};
    for (const line of text.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const [, page, n, jsRaw, jsGzip, ready1, ready4] = cells;
      // Only the main table: its third cell is a byte count (the secondary table has "1x" there).
      if (!page || !/^\d+$/.test(n ?? '') || !/^\d+$/.test(jsRaw ?? '') || ref[page]?.[n]) continue;
      ref[page] ??= {};
      ref[page][n] =  { jsGzipKb: Number(jsGzip), 1: parseFloat(ready1), 4: parseFloat(ready4 ?? '') };
    }
    if (ref.d3) return { path, ref };
  }
  return { path: null, ref: { d3: FALLBACK_D3 } };
}

/** One row per scale and throttle: medians over the cold loads. */
export function summarize(loads) {
  const rows = new Map();
  for (const l of loads) {
    const key = `${l.scale}|${l.throttle}`;
    if (!rows.has(key)) rows.set(key, { scale: l.scale, throttle: l.throttle, dataset: l.dataset, loads: [] });
    rows.get(key).loads.push(l);
  }
  return [...rows.values()].map(({ scale, throttle, dataset, loads }) => {
    const ready = loads.map((l) => l.readyMs).filter((x) => x !== null);
    const hovers = loads.map((l) => hoverStats(l.hovers));
    const warm = loads.flatMap((l) => l.hovers.filter((h) => !h.first).map((h) => h.highlight)).filter((x) => x !== null);
    const bytes = loads.find((l) => l.bytes)?.bytes ?? null;
    return {
      scale,
      throttle,
      dataset,
      loads: loads.length,
      readyLoads: ready.length,
      readyMs: median(ready),
      readyMin: ready.length ? Math.min(...ready) : null,
      readyMax: ready.length ? Math.max(...ready) : null,
      highlightMedian: median(warm),
      highlightWorst: warm.length ? Math.max(...warm) : null,
      firstHover: median(hovers.map((h) => h.first)),
      nextFrame: median(hovers.map((h) => h.nextFrame)),
      zoomStepMedian: median(loads.flatMap((l) => l.zoomSteps ?? [])),
      zoomStepWorst: loads.some((l) => l.zoomSteps?.length) ? Math.max(...loads.flatMap((l) => l.zoomSteps ?? [])) : null,
      hoverSamples: loads.reduce((n, l) => n + l.hovers.length, 0),
      hoverDetected: hovers.reduce((n, h) => n + h.detected, 0),
      heapMb: mb(median(loads.map((l) => l.heapUsed))),
      heapAfterGcMb: mb(median(loads.map((l) => l.heapUsedAfterGc))),
      jsKb: kb(bytes?.js.raw),
      jsGzipKb: kb(bytes?.js.gzip),
      cssKb: kb(bytes?.css.raw),
      cssGzipKb: kb(bytes?.css.gzip),
      allKb: kb(bytes?.all.raw),
      allGzipKb: kb(bytes?.all.gzip),
      requests: bytes?.all.count ?? null,
      failedViews: [...new Set(loads.flatMap((l) => Object.entries(l.viewStates ?? {}).filter(([, st]) => st === 'error').map(([v]) => v)))],
      marks: loads.find((l) => Object.keys(l.targets ?? {}).length)?.targets ?? null,
      errors: [...new Set(loads.flatMap((l) => l.errors))].slice(0, 10),
    };
  });
}

const mb = (x) => (x == null ? null : x / 1048576);
const kb = (x) => (x == null ? null : x / 1024);

/** DESIGN.md §7: initial JavaScript, gzip. */
export const JS_BUDGET_KB = 60;

/** A first hover slower than this is a stall (one long task, RAIL's 50 ms response budget). */
export const FIRST_HOVER_STALL_MS = 50;

/** Budget verdicts for a summary row: { name: { limit, value, ok } }, ok null when unmeasured. */
export function budgets(row, peers) {
  const verdict = (value, limit) => ({ value, limit, ok: value == null || limit == null ? null : value <= limit });
  const out = { jsGzipKb: verdict(row.jsGzipKb, JS_BUDGET_KB) };
  const d3 = peers.ref.d3?.[row.scale]?.[row.throttle];
  out.readyMs = verdict(row.readyMs, Number.isFinite(d3) ? d3 : null);
  if (row.throttle === 1) {
    out.highlightMedian = verdict(row.highlightMedian, row.scale === 1 ? 16.7 : 20);
    out.firstHover = verdict(row.firstHover, FIRST_HOVER_STALL_MS);
  }
  return out;
}

const fmt = (x, digits = 0) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
const mark = (b) => (!b || b.ok === null ? '' : b.ok ? ' ✓' : ' OVER');

/** Change since the previous report's matching row, e.g. "+12%". */
function delta(now, before) {
  if (now == null || before == null || before === 0) return '';
  const pct = ((now - before) / before) * 100;
  return ` (${pct >= 0 ? '+' : ''}${pct.toFixed(0)}%)`;
}

const columns = [
  ['x', (r) => `x${r.scale}`],
  ['CPU', (r) => `${r.throttle}x`],
  ['loads', (r) => `${r.readyLoads}/${r.loads}`],
  ['JS KB (gzip)', (r, b, p) => `${fmt(r.jsKb)} (${fmt(r.jsGzipKb, 1)}${mark(b.jsGzipKb)})${delta(r.jsGzipKb, p?.jsGzipKb)}`],
  ['CSS KB (gzip)', (r) => `${fmt(r.cssKb, 1)} (${fmt(r.cssGzipKb, 1)})`],
  ['all KB (gzip)', (r) => `${fmt(r.allKb)} (${fmt(r.allGzipKb)})`],
  ['ready ms (min–max)', (r, b, p) => `${fmt(r.readyMs)} (${fmt(r.readyMin)}–${fmt(r.readyMax)})${mark(b.readyMs)}${delta(r.readyMs, p?.readyMs)}`],
  ['d3 ref', (r, b) => fmt(b.readyMs.limit)],
  ['highlight ms med / worst', (r, b, p) => `${fmt(r.highlightMedian, 1)} / ${fmt(r.highlightWorst, 1)}${mark(b.highlightMedian)}${delta(r.highlightMedian, p?.highlightMedian)}`],
  ['1st hover ms', (r, b) => `${fmt(r.firstHover, 1)}${mark(b.firstHover)}`],
  ['next frame ms', (r) => fmt(r.nextFrame, 1)],
  ['map zoom step ms med / worst', (r, b, p) => `${fmt(r.zoomStepMedian, 1)} / ${fmt(r.zoomStepWorst, 1)}${delta(r.zoomStepMedian, p?.zoomStepMedian)}`],
  ['seen', (r) => `${r.hoverDetected}/${r.hoverSamples}`],
  ['heap MB (after GC)', (r, b, p) => `${fmt(r.heapMb, 1)} (${fmt(r.heapAfterGcMb, 1)})${delta(r.heapMb, p?.heapMb)}`],
];

/** A markdown table of the summary rows, with budget marks and deltas against `previous`. */
export function table(rows, peers, previous) {
  const prevRow = (r) => previous?.summary?.find((p) => p.scale === r.scale && p.throttle === r.throttle);
  const lines = [`| ${columns.map(([h]) => h).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${columns.map(([, f]) => f(r, budgets(r, peers), prevRow(r))).join(' | ')} |`);
  return lines.join('\n');
}

export function legend(peers, previous) {
  const echarts = peers.ref.echarts?.[1];
  return [
    'Budgets (DESIGN.md §7, reported, not asserted): initial JS ≤ 60 KB gzip; views-ready ≤ the bare-d3 page at the same n and CPU',
    `(reference: ${peers.path ?? 'DESIGN.md §7'}${echarts ? `; ECharts at n=1: ${echarts[1]} ms @1x, ${echarts[4]} ms @4x` : ''});`,
    ...(peers.sameRun
      ? []
      : [
          'The reference was measured in another session (DESIGN.md: on a busier machine), so ✓/OVER against it is loose: run ../shared/peers',
          'in this session (bench/README.md, "Comparing with the peer pages") and pass its results/peers.md with --peers for a fair verdict.',
        ]),
    `cross-highlight median ≤ 16.7 ms at x1 and ≤ 20 ms above (1x CPU); first hover ≤ ${FIRST_HOVER_STALL_MS} ms (no stall).`,
    '"highlight": trusted mousemove → end of the first painted frame in which every view shows the highlight (dim/lit marks changed);',
    '"next frame": mousemove → end of the first painted frame; "seen": hovers whose highlight was detected in all views.',
    '"map zoom step": a wheel step over the map → end of the frame after it; steps 300 ms apart, alternately in and out, so the marks are placed again between them.',
    previous ? `Deltas in (%) against the previous report (${previous.meta?.date ?? 'undated'}).` : 'No previous report to compare with.',
  ].join('\n');
}

/** The one-view embeds: JS and all bytes until ready (gzip), and time to ready, against the JS budget. */
export function embedTable(embeds, previous) {
  const lines = ['| embed (x1, 1x, 390x844) | JS KB gzip | all KB gzip | ready ms |', '|---|---|---|---|'];
  for (const e of embeds) {
    const js = kb(e.js?.gzip);
    const before = previous?.find((p) => p.view === e.view);
    const mark = js === null ? '' : js <= JS_BUDGET_KB ? ' ✓' : ' OVER';
    lines.push(`| ?embed=${e.view} | ${fmt(js, 1)}${mark}${delta(js, kb(before?.js?.gzip))} | ${fmt(kb(e.all?.gzip))} | ${fmt(e.readyMs)}${delta(e.readyMs, before?.readyMs)} |`);
  }
  return lines.join('\n');
}

/** Why a figure reads n/a, so a missing number is never silent. */
export function notes(rows) {
  const out = [];
  for (const r of rows) {
    const at = `x${r.scale} ${r.throttle}x`;
    if (r.failedViews.length) out.push(`${at}: views that showed their error panel: ${r.failedViews.join(', ')}`);
    if (r.readyLoads < r.loads) out.push(`${at}: ${r.loads - r.readyLoads} of ${r.loads} loads never reached views-ready`);
    if (r.readyLoads && r.marks) {
      const unhit = Object.entries(r.marks).filter(([, m]) => !m.hittable).map(([v, m]) => (m.marks ? `${v} (${m.marks} [data-id] marks, none under the pointer)` : `${v} (no [data-id] marks)`));
      if (unhit.length) out.push(`${at}: no hover target in ${unhit.join(', ')}`);
    }
    if (r.hoverSamples && r.hoverDetected < r.hoverSamples) {
      out.push(`${at}: highlight not seen in every view for ${r.hoverSamples - r.hoverDetected} of ${r.hoverSamples} hovers (views that dim some other way: --highlight-selector)`);
    }
    for (const e of r.errors.slice(0, 3)) out.push(`${at}: ${e}`);
  }
  return out;
}

/** DESIGN.md §7: Lighthouse category scores (0–100), each a minimum. */
export const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
export const LIGHTHOUSE_CATEGORIES = Object.keys(LIGHTHOUSE_BUDGETS);
const LH_LABEL = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices' };

/** The metrics the performance score is made of, in Lighthouse's order. */
export const LIGHTHOUSE_METRICS = [
  { key: 'fcp', id: 'first-contentful-paint', label: 'FCP' },
  { key: 'lcp', id: 'largest-contentful-paint', label: 'LCP' },
  { key: 'tbt', id: 'total-blocking-time', label: 'TBT' },
  { key: 'cls', id: 'cumulative-layout-shift', label: 'CLS' },
  { key: 'si', id: 'speed-index', label: 'Speed Index' },
];

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/**
 * What the report keeps of a Lighthouse result (LHR): category scores 0–100 (null when a scored
 * audit errored), the metrics (ms; CLS unitless), and per category the audits that cost it points
 * (weight > 0 and score < 1, or errored), most costly first, with the points each one costs; for
 * performance also the failing opportunities and diagnostics with the largest estimated savings,
 * and the audits that errored.
 */
export function summarizeLighthouse(lhr) {
  const audit = (id) => lhr.audits?.[id] ?? null;
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {Record<string, { id: string, title: string, score: number | null, displayValue: string | null, points: number | null }[]>} */
  const costs = {};
  for (const cat of LIGHTHOUSE_CATEGORIES) {
    const c = lhr.categories?.[cat];
    scores[cat] = c && typeof c.score === 'number' ? Math.round(c.score * 100) : null;
    const refs = c?.auditRefs ?? [];
    const total = sum(refs.map((r) => r.weight ?? 0));
    costs[cat] = refs
      .filter((r) => r.weight > 0)
      .map((r) => ({ r, a: audit(r.id) }))
      .filter(({ a }) => a && (a.score === null || a.score < 1))
      .map(({ r, a }) => ({
        id: r.id,
        title: a.title,
        score: a.score,
        displayValue: a.displayValue ?? (a.score === null ? `error: ${a.errorMessage ?? 'no score'}` : null),
        points: total ? Math.round(((r.weight * (1 - (a.score ?? 0))) / total) * 1000) / 10 : null,
      }))
      .sort((x, y) => (y.points ?? 0) - (x.points ?? 0));
  }
  const perfIds = new Set((lhr.categories?.performance?.auditRefs ?? []).filter((r) => !r.weight).map((r) => r.id));
  const opportunities = [...perfIds]
    .map(audit)
    .filter((a) => a && typeof a.score === 'number' && a.score < 0.9 && a.metricSavings && sum(Object.values(a.metricSavings)) > 0)
    .map((a) => ({ id: a.id, title: a.title, displayValue: a.displayValue ?? null, savings: Object.fromEntries(Object.entries(a.metricSavings).filter(([, v]) => v > 0)) }))
    .sort((x, y) => sum(Object.values(y.savings)) - sum(Object.values(x.savings)))
    .slice(0, 5);
  const metrics = Object.fromEntries(LIGHTHOUSE_METRICS.map((m) => [m.key, typeof audit(m.id)?.numericValue === 'number' ? audit(m.id).numericValue : null]));
  return {
    lighthouseVersion: lhr.lighthouseVersion ?? null,
    finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl ?? null,
    formFactor: lhr.configSettings?.formFactor ?? null,
    throttlingMethod: lhr.configSettings?.throttlingMethod ?? null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    scores,
    metrics,
    costs,
    opportunities,
    // Audits that could not run (a gatherer failing on a newer Chromium, say); scored ones null their category.
    erroredAudits: Object.values(lhr.audits ?? {})
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => ({ id: a.id, message: a.errorMessage ?? null })),
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    runWarnings: (lhr.runWarnings ?? []).map(String),
  };
}

/** The run with the median performance score (the lower middle of an even count); null if none. */
export function pickMedianRun(runs) {
  if (!runs.length) return null;
  const scored = runs.filter((r) => r.scores?.performance != null).sort((a, b) => a.scores.performance - b.scores.performance);
  return scored.length ? scored[Math.floor((scored.length - 1) / 2)] : runs[0];
}

/** Budget verdicts of one Lighthouse summary: { category: { value, limit, ok } }, ok null when unscored. */
export function lighthouseBudgets(summary) {
  return Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((cat) => {
      const value = summary?.scores?.[cat] ?? null;
      const limit = LIGHTHOUSE_BUDGETS[cat];
      return [cat, { value, limit, ok: value === null ? null : value >= limit }];
    }),
  );
}

const pageLabel = (p) => (p.page === 'explore' ? 'explore page' : `?embed=${p.page}`);
const pageHead = (p) => `${pageLabel(p)}${p.runs.length > 1 ? ` (${p.runs.length} runs)` : ''}`;
const points = (now, before) => (now == null || before == null ? '' : ` (${now - before >= 0 ? '+' : ''}${now - before})`);
const metricValue = (key, v) => (v == null ? 'n/a' : key === 'cls' ? v.toFixed(3) : key === 'tbt' ? `${v.toFixed(0)} ms` : `${(v / 1000).toFixed(1)} s`);

/**
 * A markdown table of the Lighthouse results, one column per page: the three category scores of
 * the median run against their budgets (with the range over the runs when they differ, and the
 * change in points since `previous`), then the metrics of that run.
 */
export function lighthouseTable(results, previous) {
  const before = (r) => previous?.find((p) => p.page === r.page)?.median ?? null;
  const lines = [`| Lighthouse | budget | ${results.map(pageHead).join(' | ')} |`, `|---|---|${results.map(() => '---').join('|')}|`];
  for (const cat of LIGHTHOUSE_CATEGORIES) {
    const cells = results.map((r) => {
      const b = lighthouseBudgets(r.median)[cat];
      const all = r.runs.map((x) => x.scores[cat]).filter((x) => x != null);
      const range = Math.min(...all) < Math.max(...all) ? ` (${Math.min(...all)}–${Math.max(...all)})` : '';
      return `${b.value ?? 'n/a'}${range}${mark(b)}${points(b.value, before(r)?.scores?.[cat])}`;
    });
    lines.push(`| ${LH_LABEL[cat]} | ${cat === 'performance' ? '≥ ' : ''}${LIGHTHOUSE_BUDGETS[cat]} | ${cells.join(' | ')} |`);
  }
  for (const m of LIGHTHOUSE_METRICS) {
    const cells = results.map((r) => `${metricValue(m.key, r.median?.metrics?.[m.key] ?? null)}${delta(r.median?.metrics?.[m.key], before(r)?.metrics?.[m.key])}`);
    lines.push(`| ${m.label} |  | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** How the Lighthouse figures were taken, under their table. */
export function lighthouseLegend(results, previous) {
  const first = results.find((r) => r.median)?.median;
  const several = results.some((r) => r.runs.length > 1);
  const bench = results.flatMap((r) => r.runs.map((x) => x.benchmarkIndex)).filter((x) => x != null);
  return [
    `Lighthouse ${first?.lighthouseVersion ?? ''}: its default ${first?.formFactor ?? 'mobile'} configuration (Moto G Power, ${first?.throttlingMethod ?? 'simulate'}d slow 4G and 4x CPU); x1 data;`,
    `the build served gzip-compressed, as GitHub Pages serves it; ${several ? 'where a page had several runs, the one with the median performance score (the range in brackets when they differ)' : 'one run per page'}, each in a fresh browser profile.`,
    `Budgets (DESIGN.md §7, reported, not asserted): performance ≥ ${LIGHTHOUSE_BUDGETS.performance}, accessibility ${LIGHTHOUSE_BUDGETS.accessibility}, best practices ${LIGHTHOUSE_BUDGETS['best-practices']}.`,
    `The performance score swings with machine load${bench.length ? ` (Lighthouse's CPU benchmark index in these runs: ${[...new Set([Math.min(...bench), Math.max(...bench)].map((x) => x.toFixed(0)))].join('–')}, higher is faster)` : ''}.`,
    ...(previous?.length ? ['Changes against the previous report: scores in points, metrics in %.'] : []),
  ].join('\n');
}

/** Why a page is below a Lighthouse budget (the audits that cost it points), or why it has no score. */
export function lighthouseNotes(results) {
  const out = [];
  const errored = new Map();
  const metricLabel = Object.fromEntries(LIGHTHOUSE_METRICS.map((m) => [m.id, m.label]));
  const list = (items, n) =>
    items
      .slice(0, n)
      .map((a) => `${metricLabel[a.id] ?? `${a.id} "${a.title}"`}${a.displayValue ? ` ${metricLabel[a.id] ? a.displayValue : `(${a.displayValue})`}` : ''}${a.points != null ? ` −${a.points} pts` : ''}`)
      .join('; ');
  for (const r of results) {
    const at = `Lighthouse ${pageLabel(r)}`;
    if (r.error) out.push(`${at}: ${r.error}`);
    if (!r.median) continue;
    if (r.median.runtimeError) out.push(`${at}: ${r.median.runtimeError}`);
    for (const w of r.median.runWarnings.slice(0, 3)) out.push(`${at}: ${w}`);
    const failed = r.median.erroredAudits ?? [];
    if (failed.length) {
      // The same gatherer failure on every page is said once.
      const what = `${failed.length} audit(s) could not run (${failed.slice(0, 4).map((a) => a.id).join(', ')}${failed.length > 4 ? ', …' : ''}): ${failed[0].message ?? 'no message'}`;
      errored.set(what, [...(errored.get(what) ?? []), pageLabel(r)]);
    }
    for (const [cat, b] of Object.entries(lighthouseBudgets(r.median))) {
      if (b.ok !== false && b.value !== null) continue;
      const costs = r.median.costs[cat] ?? [];
      const head = b.value === null ? `${LH_LABEL[cat]} has no score` : `${LH_LABEL[cat]} ${b.value} < ${b.limit}`;
      out.push(`${at}: ${head}${costs.length ? `: ${list(costs, 6)}` : ''}`);
      if (cat === 'performance' && r.median.opportunities.length) {
        const opp = r.median.opportunities.slice(0, 4).map((o) => `${o.id}${o.displayValue ? ` (${o.displayValue})` : ''}: ${Object.entries(o.savings).map(([k, v]) => `${k} −${v}${k === 'CLS' ? '' : ' ms'}`).join(', ')}`);
        out.push(`${at}: performance, largest estimated savings: ${opp.join('; ')}`);
      }
    }
  }
  for (const [what, pages] of errored) out.push(`Lighthouse ${pages.join(', ')}: ${what}`);
  return out;
}
