import { nice, ticks } from 'd3-array';

/** A map from a numeric domain to a numeric range, as d3-scale's linear and sqrt scales draw it. */
export interface NumberScale {
  (value: number): number;
  invert(position: number): number;
  domain(): [number, number];
  ticks(count?: number): number[];
}

/**
 * d3-scale's scaleLinear/scaleSqrt for numbers only, on d3-array's ticks. Hand-written because
 * d3-scale maps through d3-interpolate and so loads d3-color (~5 KB gzip before the first paint)
 * that number-to-pixel charts never use. Like d3, an empty domain maps to the middle of the range.
 */
function numberScale(domain: [number, number], range: [number, number], exponent: number): NumberScale {
  const to = (v: number) => Math.sign(v) * Math.abs(v) ** exponent;
  const from = (v: number) => Math.sign(v) * Math.abs(v) ** (1 / exponent);
  const [t0, t1] = [to(domain[0]), to(domain[1])];
  const [r0, r1] = range;
  const scale = ((value: number) => r0 + (t1 === t0 ? 0.5 : (to(value) - t0) / (t1 - t0)) * (r1 - r0)) as NumberScale;
  scale.invert = (position) => from(t0 + (r1 === r0 ? 0.5 : (position - r0) / (r1 - r0)) * (t1 - t0));
  scale.domain = () => [domain[0], domain[1]];
  scale.ticks = (count = 10) => ticks(domain[0], domain[1], count);
  return scale;
}

export const linearScale = (domain: [number, number], range: [number, number]) => numberScale(domain, range, 1);
/** Area ∝ value for circles: the radius grows with the square root. */
export const sqrtScale = (domain: [number, number], range: [number, number]) => numberScale(domain, range, 0.5);
/** The domain widened to round tick values: d3-array's nice, which d3-scale's scale.nice follows (without its float slips: [0, 0.07] stays). */
export const niceDomain = (domain: [number, number], count = 10): [number, number] => nice(domain[0], domain[1], count);
