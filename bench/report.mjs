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
