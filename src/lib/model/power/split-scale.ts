import { linearScale, niceDomain } from '../number-scale';

/**
 * A value axis that can break in two: a lower segment for the body of the data and a short upper
 * segment for an outlier (the article's 21% beside the IEA's 1.5–4.4%). One linear scale would
 * squash the body into a sliver; a log scale would hide how far apart they are. The break is drawn.
 */
export interface SplitDomain {
  lower: [number, number];
  upper: [number, number] | null;
}

export interface AxisTick {
  value: number;
  y: number;
}

export interface SplitScale {
  (value: number): number;
  domain: SplitDomain;
  /** Pixel y where the axis is broken (the middle of the gap), or null for an unbroken axis. */
  breakY: number | null;
  ticks: AxisTick[];
}

/** An outlier cluster is split off when it sits at least this many times above the body. */
const SPLIT_RATIO = 3;

/**
 * Chooses the domain: zero to a nice top for the body; if the largest values are at least
 * SPLIT_RATIO times the rest (and are few), they get their own narrow segment.
 */
export function splitDomain(values: readonly number[], maxOutliers = 2): SplitDomain {
  const sorted = [...new Set(values.filter((v) => Number.isFinite(v) && v >= 0))].sort((a, b) => a - b);
  const niceTop = (top: number): [number, number] => niceDomain([0, top > 0 ? top : 1], 5);
  if (sorted.length === 0) return { lower: [0, 1], upper: null };
  for (let i = Math.max(0, sorted.length - 1 - maxOutliers); i < sorted.length - 1; i++) {
    const body = sorted[i]!;
    const next = sorted[i + 1]!;
    if (body > 0 && next / body >= SPLIT_RATIO) {
      const lower = niceTop(body);
      const top = sorted[sorted.length - 1]!;
      // Room of about ±10% of the outlier either side, on whole units of a sensible step.
      const step = linearScale([0, top], [0, 1]).ticks(5)[1] ?? 1;
      const pad = Math.max(step / 2, top * 0.08);
      const upper: [number, number] = [Math.max(lower[1], Math.floor((next - pad) / (step / 2)) * (step / 2)), Math.ceil((top + pad) / (step / 2)) * (step / 2)];
      return { lower, upper };
    }
  }
  return { lower: niceTop(sorted[sorted.length - 1]!), upper: null };
}

/**
 * Maps values to pixels over [bottom, top] (bottom > top, SVG style). With an upper segment it takes
 * `upperShare` of the height, separated from the lower one by `gap` pixels.
 */
export function splitScale(domain: SplitDomain, range: [number, number], gap = 20, upperShare = 0.22): SplitScale {
  const [bottom, top] = range;
  const height = bottom - top;
  const upperHeight = domain.upper ? Math.max(36, height * upperShare) : 0;
  const lowerTop = domain.upper ? top + upperHeight + gap : top;
  const lower = linearScale(domain.lower, [bottom, lowerTop]);
  const upper = domain.upper ? linearScale(domain.upper, [top + upperHeight, top]) : null;
  const cut = domain.upper ? (domain.lower[1] + domain.upper[0]) / 2 : Infinity;

  const scale = ((value: number) => (upper && value > cut ? upper(Math.min(value, domain.upper![1])) : lower(Math.min(value, domain.lower[1])))) as SplitScale;
  scale.domain = domain;
  scale.breakY = domain.upper ? top + upperHeight + gap / 2 : null;
  const lowerTicks = lower.ticks(height - upperHeight < 120 ? 3 : 5);
  const upperTicks = upper ? upper.ticks(2) : [];
  scale.ticks = [...lowerTicks.map((value) => ({ value, y: lower(value) })), ...upperTicks.map((value) => ({ value, y: upper!(value) }))];
  return scale;
}
