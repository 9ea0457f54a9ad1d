import type { Claim, LocalText, PowerFile, PowerPoint, PowerSeries } from '../../data/schema';

export type Bound = NonNullable<PowerPoint['bound']>;

/** How a share was computed from two TWh figures, kept so the tooltip can show the working. */
export interface Computation {
  numerator: { seriesId: string; value: number; bound: Bound | undefined };
  denominator: { seriesId: string; value: number; bound: Bound | undefined };
}

/** A point as the chart draws it: the data's point, or a share computed from a TWh pair. */
export interface ChartPoint {
  /** Unique within the file: series id, year and kind (a series may hold a claim and a record for one year). */
  key: string;
  seriesId: string;
  year: number;
  value: number | null;
  kind: PowerPoint['kind'];
  bound: Bound | undefined;
  confidence: PowerPoint['confidence'];
  note: LocalText | undefined;
  claims: Claim[];
  sources: string[];
  computed: Computation | null;
  /** The figure the data reported for this year, where a computed share stands in for it. */
  reported: PowerPoint | null;
}

export interface ChartSeries extends Omit<PowerSeries, 'points'> {
  points: ChartPoint[];
}

const confidenceRank = { low: 0, medium: 1, high: 2 } as const;

export function pointKey(seriesId: string, year: number, kind: PowerPoint['kind']): string {
  return `${seriesId}:${year}:${kind}`;
}

function fromData(seriesId: string, p: PowerPoint): ChartPoint {
  return {
    key: pointKey(seriesId, p.year, p.kind),
    seriesId,
    year: p.year,
    value: p.value,
    kind: p.kind,
    bound: p.bound,
    confidence: p.confidence,
    note: p.note,
    claims: p.claims ?? [],
    sources: p.sources,
    computed: null,
    reported: null,
  };
}

/** Values that record what happened (as opposed to forecasts and the article's assertions). */
export const isRecord = (p: { kind: PowerPoint['kind']; value: number | null }): boolean =>
  p.value !== null && (p.kind === 'actual' || p.kind === 'derived');

/**
 * The bound of a ratio: a numerator "more than" makes the share "more than"; a denominator "more
 * than" makes it "less than"; anything approximate makes it approximate.
 */
export function ratioBound(num: Bound | undefined, den: Bound | undefined): Bound | undefined {
  const flip = (b: Bound | undefined): Bound | undefined => (b === 'above' ? 'below' : b === 'below' ? 'above' : b);
  const d = flip(den);
  if (num === undefined) return d;
  if (d === undefined || d === num) return num;
  // Opposite directions (or one approximate): only "about" is honest.
  return 'about';
}

/** Reported measurements only: a share computed from an estimate would look more certain than it is. */
const isMeasured = (p: PowerPoint): boolean => p.kind === 'actual' && p.value !== null;

/** Share of `denominator` taken by `numerator`, in %, for each year both report a measured value. */
export function computeShare(shareSeriesId: string, numerator: PowerSeries, denominator: PowerSeries): ChartPoint[] {
  const den = new Map(denominator.points.filter(isMeasured).map((p) => [p.year, p]));
  const out: ChartPoint[] = [];
  for (const n of numerator.points.filter(isMeasured)) {
    const d = den.get(n.year);
    if (!d || !d.value) continue;
    out.push({
      key: pointKey(shareSeriesId, n.year, 'derived'),
      seriesId: shareSeriesId,
      year: n.year,
      value: (n.value! / d.value) * 100,
      kind: 'derived',
      bound: ratioBound(n.bound, d.bound),
      confidence: confidenceRank[n.confidence] <= confidenceRank[d.confidence] ? n.confidence : d.confidence,
      note: undefined,
      claims: [],
      sources: [...new Set([...n.sources, ...d.sources])],
      computed: {
        numerator: { seriesId: numerator.id, value: n.value!, bound: n.bound },
        denominator: { seriesId: denominator.id, value: d.value, bound: d.bound },
      },
      reported: null,
    });
  }
  return out;
}

/**
 * Which shares can be computed. The numerator is the TWh series of a measure that also has % series
 * in the same panel; the share joins the % series holding that measure's records (not a forecast's
 * or a claim's series); the denominator is the panel's total: its one TWh series that concerns no
 * entity and no scenario and has no % twin (Taiwan's consumption).
 */
export function sharePairs(series: readonly PowerSeries[]): { share: PowerSeries; numerator: PowerSeries; denominator: PowerSeries }[] {
  const out: { share: PowerSeries; numerator: PowerSeries; denominator: PowerSeries }[] = [];
  const key = (s: PowerSeries) => `${s.panel}/${s.measure}/${s.scenario}`;
  const shareKeys = new Set(series.filter((s) => s.unit === '%').map(key));
  const records = (s: PowerSeries) => s.points.filter(isRecord).length;
  for (const numerator of series.filter((s) => s.unit === 'TWh' && shareKeys.has(key(s)))) {
    const candidates = series.filter((s) => s.unit === '%' && key(s) === key(numerator) && records(s) > 0);
    const share = candidates.reduce<PowerSeries | undefined>((best, s) => (!best || records(s) > records(best) ? s : best), undefined);
    const totals = series.filter((s) => s.unit === 'TWh' && s.panel === numerator.panel && s.entity === null && s.scenario === null && !shareKeys.has(key(s)));
    if (share && totals.length === 1) out.push({ share, numerator, denominator: totals[0]! });
  }
  return out;
}

/**
 * The file's series with computed shares merged in: a computed share replaces the recorded figure
 * for its year (which it keeps as `reported`), and stands beside forecasts and claims, never over them.
 */
export function chartSeries(file: PowerFile): ChartSeries[] {
  const computedFor = new Map<string, ChartPoint[]>();
  for (const { share, numerator, denominator } of sharePairs(file.series)) {
    computedFor.set(share.id, computeShare(share.id, numerator, denominator));
  }
  return file.series.map((s) => {
    const points = s.points.map((p) => fromData(s.id, p));
    for (const c of computedFor.get(s.id) ?? []) {
      const i = points.findIndex((p) => p.year === c.year && isRecord(p));
      if (i >= 0) {
        const was = s.points.find((p) => p.year === c.year && isRecord(p)) ?? null;
        points[i] = { ...c, note: points[i]!.note, sources: [...new Set([...points[i]!.sources, ...c.sources])], reported: was };
      } else points.push(c);
    }
    points.sort((a, b) => a.year - b.year);
    return { ...s, points };
  });
}

export interface Segment {
  from: ChartPoint;
  to: ChartPoint;
  /** Years lie between the two known points: the straight line is an assumption, not a measurement. */
  interpolated: boolean;
  /** At least one end is a forecast. */
  projected: boolean;
}

/**
 * The line through a series: every value but the article's claims (assertions, not a path), in
 * year order. The data keeps unrelated forecasts in series of their own, so joining within a
 * series is honest; the flags say how each segment must be drawn.
 */
export function lineSegments(series: ChartSeries): Segment[] {
  const joined = series.points.filter((p) => p.value !== null && p.kind !== 'claim');
  const out: Segment[] = [];
  for (let i = 1; i < joined.length; i++) {
    const from = joined[i - 1]!;
    const to = joined[i]!;
    if (from.year === to.year) continue;
    out.push({ from, to, interpolated: to.year - from.year > 1, projected: from.kind === 'projection' || to.kind === 'projection' });
  }
  return out;
}

export interface BandStop {
  year: number;
  low: number;
  high: number;
}

/**
 * The range the scenarios span, for one panel, unit and measure: at the base case's last record
 * (where every scenario starts) and at each later year for which every scenario gives a value.
 * A year only some scenarios cover is left out rather than pinching the band to a guess.
 */
export function scenarioBand(series: readonly ChartSeries[]): BandStop[] {
  const scen = series.filter((s) => s.scenario !== null);
  if (!scen.some((s) => s.scenario !== 'base')) return [];
  const valueAt = (s: ChartSeries, year: number) => s.points.find((p) => p.year === year && p.value !== null && p.kind !== 'claim')?.value ?? null;
  const base = scen.find((s) => s.scenario === 'base');
  const anchor = base?.points.filter(isRecord).at(-1);
  const years = [...new Set(scen.flatMap((s) => s.points.map((p) => p.year)))].filter((y) => !anchor || y > anchor.year).sort((a, b) => a - b);
  const stops: BandStop[] = anchor ? [{ year: anchor.year, low: anchor.value!, high: anchor.value! }] : [];
  for (const year of years) {
    const values = scen.map((s) => valueAt(s, year));
    if (values.some((v) => v === null)) continue;
    stops.push({ year, low: Math.min(...(values as number[])), high: Math.max(...(values as number[])) });
  }
  return stops.length >= 2 && stops.some((s) => s.high > s.low) ? stops : [];
}

/** Years, across the given series, that hold at least one drawable value. */
export function yearsWithData(series: readonly ChartSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.year)))].sort((a, b) => a - b);
}
