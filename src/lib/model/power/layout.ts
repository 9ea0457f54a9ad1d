import { linearScale } from '../number-scale';
import type { PowerAnnotation, PowerSeries } from '../../data/schema';
import { dodge } from './dodge';
import { placeLabels, type LabelRequest, type PlacedLabel } from './labels';
import { lineSegments, scenarioBand, type BandStop, type ChartPoint, type ChartSeries } from './series';
import { splitDomain, splitScale, type SplitScale } from './split-scale';

export type Panel = PowerSeries['panel'];
export type Unit = PowerSeries['unit'];
export type UnitChoice = 'twh' | 'share';

/**
 * The unit a panel draws in. The world panel follows the reader's switch; Taiwan's is about TSMC's
 * share of the island's electricity (the article's claim), so it stays in %, its TWh inputs shown
 * as the working behind each computed share.
 */
export function panelUnit(panel: Panel, choice: UnitChoice): Unit {
  return panel === 'taiwan' || choice === 'share' ? '%' : 'TWh';
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlacedPoint {
  point: ChartPoint;
  x: number;
  y: number;
}

export interface PlacedSegment {
  seriesId: string;
  d: string;
  interpolated: boolean;
  projected: boolean;
}

export interface EndLabel {
  seriesId: string;
  scenario: NonNullable<PowerSeries['scenario']>;
  point: ChartPoint;
  x: number;
  y: number;
  /** Where the label sits after moving labels apart. */
  labelY: number;
}

export interface PlacedAnnotation {
  annotation: PowerAnnotation;
  /** 1-based, by start year within the panel; the same in both units. */
  number: number;
  /** A span over years (a period) or a single year (x0 === x1). */
  x0: number;
  x1: number;
  /** The claim point the annotation explains, where one is drawn. */
  anchor: PlacedPoint | null;
}

export interface PanelLayout {
  panel: Panel;
  unit: Unit;
  width: number;
  height: number;
  margin: Margin;
  x: (year: number) => number;
  xTicks: number[];
  y: SplitScale;
  series: ChartSeries[];
  points: PlacedPoint[];
  segments: PlacedSegment[];
  band: { d: string; stops: BandStop[] } | null;
  endLabels: EndLabel[];
  annotations: PlacedAnnotation[];
  labels: PlacedLabel[];
  /** The y of the lane under the time axis where periods are drawn, or null when the panel has none. */
  laneY: number | null;
}

/** Height of the lane under the axis that holds periods (the grid plan). */
export const LANE = 30;

/** Years a panel spans, for both units, so switching units never moves the time axis. */
export function yearDomain(series: readonly ChartSeries[], annotations: readonly PowerAnnotation[]): [number, number] {
  const years = [
    ...series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.year)),
    ...annotations.flatMap((a) => [a.from, a.to].filter((y): y is number => y !== null)),
  ];
  if (years.length === 0) return [2020, 2030];
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/**
 * Whole-year ticks, roughly one per `spacing` pixels, including both ends where there is room. When
 * the data falls on a few years that fit, those years are the ticks: the axis then names exactly
 * the years something is known for.
 */
export function yearTicks(domain: [number, number], plotWidth: number, spacing = 64, dataYears: readonly number[] = []): number[] {
  const [lo, hi] = domain;
  const known = [...new Set(dataYears)].filter((y) => y >= lo && y <= hi).sort((a, b) => a - b);
  const px = (y: number) => ((y - lo) / Math.max(1, hi - lo)) * plotWidth;
  if (known.length >= 2 && known.length <= 6 && known.every((y, i) => i === 0 || px(y) - px(known[i - 1]!) >= 36)) return known;
  const span = hi - lo;
  const steps = [1, 2, 5, 10, 20];
  const step = steps.find((s) => (span / s) * spacing <= plotWidth) ?? 20;
  const ticks: number[] = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) ticks.push(y);
  // The ends matter most (the last record, the horizon): add them if the step skipped them and there is room.
  const room = (plotWidth / Math.max(1, span)) * step * 0.6;
  const pxPerYear = plotWidth / Math.max(1, span);
  if (!ticks.includes(lo) && (ticks[0] === undefined || (ticks[0] - lo) * pxPerYear >= room)) ticks.unshift(lo);
  if (!ticks.includes(hi) && (hi - ticks[ticks.length - 1]!) * pxPerYear >= room) ticks.push(hi);
  return ticks;
}

export interface LayoutInput {
  panel: Panel;
  unit: Unit;
  /** Every series of the file (chartSeries), and every annotation. */
  series: readonly ChartSeries[];
  annotations: readonly PowerAnnotation[];
  /** Series the reader switched off in the legend. */
  hidden: ReadonlySet<string>;
  width: number;
  /** Height of the plot and its axis; a lane for periods is added below when needed. */
  height: number;
  margin: Margin;
  /** A point's direct label (its value as the reader's language writes it). */
  labelText: (point: ChartPoint, series: ChartSeries) => string;
}

/**
 * Which points carry a direct label, most important first: the article's claims, then the latest
 * record (or computed share) of each series, then forecasts. Scenario end values are labelled in
 * the margin instead, and a value another series already labels at the same spot is not repeated.
 */
function labelRequests(series: readonly ChartSeries[], placed: readonly PlacedPoint[], text: LayoutInput['labelText']): LabelRequest[] {
  const at = new Map(placed.map((p) => [p.point.key, p]));
  const seen = new Set<string>();
  const out: LabelRequest[] = [];
  for (const s of series) {
    const drawn = s.points.filter((p) => p.value !== null && p.kind !== 'claim');
    const end = s.scenario ? drawn.at(-1) : undefined;
    const lastRecord = drawn.filter((p) => p.kind === 'actual' || p.kind === 'derived').at(-1);
    for (const p of s.points) {
      const pos = at.get(p.key);
      if (!pos || p === end) continue;
      const priority = p.kind === 'claim' ? 0 : p === lastRecord && (!s.scenario || s.scenario === 'base') ? 1 : p.kind === 'projection' ? 2 : -1;
      const spot = `${p.year}/${p.value}/${p.kind}`;
      if (priority < 0 || seen.has(spot)) continue;
      seen.add(spot);
      out.push({ key: p.key, x: pos.x, y: pos.y, text: text(p, s), priority });
    }
  }
  return out;
}

/**
 * A band between two lines through the same x positions, as d3-shape's area() draws it with its
 * default (linear) curve: the upper line left to right, the lower one back, closed. By hand because
 * d3-shape ships as one module that does not tree-shake (13 KB before the first paint for one path).
 */
export function bandArea(stops: readonly { x: number; low: number; high: number }[]): string {
  const upper = stops.map((s) => `${s.x},${s.high}`);
  const lower = stops.map((s) => `${s.x},${s.low}`).reverse();
  return `M${upper.join('L')}L${lower.join('L')}Z`;
}

/** Everything one panel draws, in pixels: the view only renders it. */
export function layoutPanel(input: LayoutInput): PanelLayout {
  const { panel, unit, width } = input;
  const inPanel = input.series.filter((s) => s.panel === panel);
  const annotations = input.annotations
    .filter((a) => a.panel === panel)
    .map((annotation, i) => ({ annotation, i }))
    .sort((a, b) => (a.annotation.from ?? -Infinity) - (b.annotation.from ?? -Infinity) || a.i - b.i)
    .map((a) => a.annotation);
  const hasLane = annotations.some((a) => a.kind === 'period');
  const height = input.height + (hasLane ? LANE : 0);
  const margin = { ...input.margin, bottom: input.margin.bottom + (hasLane ? LANE : 0) };
  const series = inPanel.filter((s) => s.unit === unit && !input.hidden.has(s.id));
  const band = scenarioBand(series);

  const values = [...series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v !== null)), ...band.map((b) => b.high)];
  const y = splitScale(splitDomain(values), [height - margin.bottom, margin.top]);
  const domain = yearDomain(inPanel, annotations);
  const xScale = linearScale(domain, [margin.left, width - margin.right]);
  const x = (year: number) => xScale(year);

  // Scenarios repeat the record they start from; draw (and step through) each such value once.
  const spots = new Set<string>();
  const points: PlacedPoint[] = series.flatMap((s) =>
    s.points
      .filter((p) => {
        const spot = `${p.year}/${p.value}/${p.kind}/${p.bound}`;
        if (p.value === null || spots.has(spot)) return false;
        spots.add(spot);
        return true;
      })
      .map((point) => ({ point, x: x(point.year), y: y(point.value!) })),
  );
  const segments = series.flatMap((s) =>
    lineSegments(s).map((seg) => ({
      seriesId: s.id,
      d: `M${x(seg.from.year)},${y(seg.from.value!)}L${x(seg.to.year)},${y(seg.to.value!)}`,
      interpolated: seg.interpolated,
      projected: seg.projected,
    })),
  );
  const bandPath = band.length ? bandArea(band.map((b) => ({ x: x(b.year), low: y(b.low), high: y(b.high) }))) : null;

  // Scenario names at each scenario's last value, moved apart so they never overlap.
  const ends = series.flatMap((s) => {
    const last = s.points.filter((p) => p.value !== null && p.kind !== 'claim').at(-1);
    return s.scenario && last ? [{ seriesId: s.id, scenario: s.scenario, point: last, x: x(last.year), y: y(last.value!) }] : [];
  });
  const labelYs = dodge(
    ends.map((e) => e.y),
    13,
    margin.top + 4,
    height - margin.bottom - 4,
  );
  const endLabels = ends.map((e, i) => ({ ...e, labelY: labelYs[i]! }));

  const placed = annotations.map((annotation, i) => {
    const from = annotation.from ?? domain[0];
    const to = annotation.to ?? domain[1];
    const anchor =
      annotation.kind === 'claim'
        ? (points.find((p) => p.point.kind === 'claim' && p.point.year === from && (annotation.claims ?? []).some((c) => p.point.claims.some((pc) => pc.id === c.id))) ??
          points.find((p) => p.point.kind === 'claim' && p.point.year === from) ??
          null)
        : null;
    return { annotation, number: i + 1, x0: x(Math.max(from, domain[0])), x1: x(Math.min(to, domain[1])), anchor };
  });
  // A claim about a unit not drawn (the 21% has no TWh equivalent) has nothing to point at.
  const visibleAnnotations = placed.filter((a) => a.annotation.kind !== 'claim' || a.anchor !== null);

  return {
    panel,
    unit,
    width,
    height,
    margin,
    x,
    xTicks: yearTicks(
      domain,
      width - margin.left - margin.right,
      64,
      inPanel.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.year)),
    ),
    y,
    series,
    points,
    segments,
    band: bandPath ? { d: bandPath, stops: band } : null,
    endLabels,
    annotations: visibleAnnotations,
    labels: placeLabels(
      labelRequests(series, points, input.labelText),
      points,
      { x0: margin.left, y0: 0, x1: width - margin.right + 4, y1: height - margin.bottom },
    ),
    laneY: hasLane ? height - LANE / 2 : null,
  };
}

/** Key of an annotation mark (point marks use their point key). */
export const annotationKey = (id: string): string => `annotation:${id}`;

/**
 * The keyboard rows of a panel: one per drawn series (its marks in year order), then one per
 * period or note (claims are reached through the claim point they explain).
 */
export function panelRows(layout: PanelLayout): { id: string; stops: { key: string; year: number }[] }[] {
  const series = layout.series.map((s) => ({
    id: s.id,
    stops: layout.points.filter((p) => p.point.seriesId === s.id).map((p) => ({ key: p.point.key, year: p.point.year })),
  }));
  const notes = layout.annotations
    .filter((a) => a.annotation.kind !== 'claim')
    .map((a) => ({ id: a.annotation.id, stops: [{ key: annotationKey(a.annotation.id), year: a.annotation.from ?? 0 }] }));
  return [...series.filter((r) => r.stops.length), ...notes];
}

/** The point nearest the pointer within `reach` pixels, if any. */
export function nearestPoint(points: readonly PlacedPoint[], px: number, py: number, reach = 32): PlacedPoint | null {
  let best: PlacedPoint | null = null;
  let bestD = reach * reach;
  for (const p of points) {
    const d = (p.x - px) ** 2 + (p.y - py) ** 2;
    if (d <= bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}
