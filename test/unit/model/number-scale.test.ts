import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { linearScale, niceDomain, sqrtScale } from '../../../src/lib/model/number-scale';

// The hand-written scales must draw exactly what d3-scale draws: d3-scale is the reference here.
// Chart magnitudes in hundredths (denormal floats are not what a chart draws).
const finite = fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100);
const positive = fc.integer({ min: 0, max: 1e11 }).map((n) => n / 100);
const pair = (arb: fc.Arbitrary<number>) => fc.tuple(arb, arb);
const close = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('linearScale', () => {
  it('maps, inverts and ticks like d3 scaleLinear', () => {
    fc.assert(
      fc.property(pair(finite), pair(finite), finite, fc.integer({ min: 1, max: 12 }), (domain, range, value, count) => {
        const ours = linearScale(domain, range);
        const d3 = scaleLinear().domain(domain).range(range);
        expect(close(ours(value), d3(value)), `${ours(value)} vs ${d3(value)}`).toBe(true);
        if (range[0] !== range[1] && domain[0] !== domain[1]) expect(close(ours.invert(value), d3.invert(value))).toBe(true);
        expect(ours.ticks(count)).toEqual(d3.ticks(count));
        expect(ours.domain()).toEqual(domain);
      }),
    );
  });
  it('maps an empty domain to the middle of the range, as d3 does', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
    expect(scaleLinear().domain([3, 3]).range([0, 100])(3)).toBe(50);
  });
});

describe('sqrtScale', () => {
  it('maps and inverts like d3 scaleSqrt (area proportional to value)', () => {
    fc.assert(
      fc.property(positive.filter((x) => x > 0), fc.double({ min: 1, max: 100, noNaN: true }), positive, (max, radius, value) => {
        const ours = sqrtScale([0, max], [0, radius]);
        const d3 = scaleSqrt().domain([0, max]).range([0, radius]);
        expect(close(ours(value), d3(value))).toBe(true);
        expect(close(ours.invert(radius / 3), d3.invert(radius / 3))).toBe(true);
      }),
    );
    expect(sqrtScale([0, 100], [0, 10])(25)).toBe(5);
  });
});

describe('niceDomain', () => {
  const whole = fc.integer({ min: 0, max: 1e9 });
  it('widens a whole-number domain like d3 scale.nice', () => {
    fc.assert(
      fc.property(pair(whole), fc.integer({ min: 1, max: 12 }), ([a, b], count) => {
        const domain: [number, number] = [Math.min(a, b), Math.max(a, b)];
        expect(niceDomain(domain, count)).toEqual(scaleLinear().domain(domain).nice(count).domain());
      }),
    );
    expect(niceDomain([0, 87], 5)).toEqual([0, 100]);
  });
  it('always contains the domain, and leaves an already round top alone', () => {
    fc.assert(
      fc.property(pair(positive), fc.integer({ min: 1, max: 12 }), ([a, b], count) => {
        const [lo, hi] = niceDomain([Math.min(a, b), Math.max(a, b)], count);
        expect(lo).toBeLessThanOrEqual(Math.min(a, b));
        expect(hi).toBeGreaterThanOrEqual(Math.max(a, b));
      }),
    );
    // d3-scale's own nice() gives [0, 0.08] here (0.07 * 100 = 7.000000000000001); d3-array's keeps it.
    expect(niceDomain([0, 0.07], 5)).toEqual([0, 0.07]);
  });
});
