import { describe, expect, it } from 'vitest';
import { HOLLOW_RADIUS, MIN_RADIUS, inUsd, legendAmounts, markerRadius, sizeScale } from '../../../src/lib/model/map/markers';
import { site } from './fixtures';

describe('marker sizes', () => {
  const sites = [
    site('big', { investment: { amount: 100e9, currency: 'USD' } }),
    site('quarter', { investment: { amount: 25e9, currency: 'USD' } }),
    site('tiny', { investment: { amount: 1e6, currency: 'USD' } }),
    site('none', { investment: null }),
  ];
  const scale = sizeScale(sites, 30);

  it('makes area proportional to the amount (radius ∝ √amount)', () => {
    expect(markerRadius(scale, sites[0]!)).toBeCloseTo(30);
    expect(markerRadius(scale, sites[1]!)).toBeCloseTo(15);
  });

  it('keeps tiny amounts visible at the floor and undisclosed ones at the hollow size', () => {
    expect(markerRadius(scale, sites[2]!)).toBe(MIN_RADIUS);
    expect(markerRadius(scale, sites[3]!)).toBe(HOLLOW_RADIUS);
  });

  it('compares other currencies in US dollars', () => {
    expect(inUsd({ amount: 32e9, currency: 'TWD' })).toBeCloseTo(1e9);
  });

  it('offers round legend amounts a tenth apart, all drawn above the floor', () => {
    const amounts = legendAmounts(scale);
    expect(amounts).toEqual([100e9, 10e9, 1e9]);
    for (const a of amounts) expect(scale(a)).toBeGreaterThanOrEqual(MIN_RADIUS);
  });

  it('has no legend when no amount is known', () => {
    expect(legendAmounts(sizeScale([site('x', { investment: null })], 30))).toEqual([]);
  });
});
