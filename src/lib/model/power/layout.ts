import { scaleLinear } from 'd3-scale';
import { area } from 'd3-shape';
import type { PowerAnnotation, PowerSeries } from '../../data/schema';
import { dodge } from './dodge';
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
}

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

/** Whole-year ticks, roughly one per `spacing` pixels, always including both ends. */
export function yearTicks(domain: [number, number], plotWidth: number, spacing = 64): number[] {
  const [lo, hi] = domain;
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
  height: number;
  margin: Margin;
}

/** Everything one panel draws, in pixels: the view only renders it. */
export function layoutPanel(input: LayoutInput): PanelLayout {
  const { panel, unit, width, height, margin } = input;
  const inPanel = input.series.filter((s) => s.panel === panel);
  const annotations = input.annotations.filter((a) => a.panel === panel);
  const series = inPanel.filter((s) => s.unit === unit && !input.hidden.has(s.id));
  const band = scenarioBand(series);

  const values = [...series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v !== null)), ...band.map((b) => b.high)];
  const y = splitScale(splitDomain(values), [height - margin.bottom, margin.top]);
  const domain = yearDomain(inPanel, annotations);
  const xScale = scaleLinear().domain(domain).range([margin.left, width - margin.right]);
  const x = (year: number) => xScale(year);

  const points: PlacedPoint[] = series.flatMap((s) =>
    s.points.filter((p) => p.value !== null).map((point) => ({ point, x: x(point.year), y: y(point.value!) })),
  );
  const segments = series.flatMap((s) =>
    lineSegments(s).map((seg) => ({
      seriesId: s.id,
      d: `M${x(seg.from.year)},${y(seg.from.value!)}L${x(seg.to.year)},${y(seg.to.value!)}`,
      interpolated: seg.interpolated,
      projected: seg.projected,
    })),
  );
  const bandPath = band.length
    ? area<BandStop>()
        .x((b) => x(b.year))
        .y0((b) => y(b.low))
        .y1((b) => y(b.high))(band)
    : null;

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

  const placed = annotations.map((annotation) => {
    const from = annotation.from ?? domain[0];
    const to = annotation.to ?? domain[1];
    const anchor =
      annotation.kind === 'claim'
        ? (points.find((p) => p.point.kind === 'claim' && p.point.year === from && (annotation.claims ?? []).some((c) => p.point.claims.some((pc) => pc.id === c.id))) ??
          points.find((p) => p.point.kind === 'claim' && p.point.year === from) ??
          null)
        : null;
    return { annotation, x0: x(Math.max(from, domain[0])), x1: x(Math.min(to, domain[1])), anchor };
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
    xTicks: yearTicks(domain, width - margin.left - margin.right),
    y,
    series,
    points,
    segments,
    band: bandPath ? { d: bandPath, stops: band } : null,
    endLabels,
    annotations: visibleAnnotations,
  };
}
