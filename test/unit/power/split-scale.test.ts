import { describe, expect, it } from 'vitest';
import { splitDomain, splitScale } from '../../../src/lib/model/power/split-scale';

describe('splitDomain', () => {
  it('keeps one segment when no value stands far above the rest', () => {
    expect(splitDomain([415, 945, 1200, 1720, 700])).toEqual({ lower: [0, 2000], upper: null });
    expect(splitDomain([6, 8, 9, 12.5, 24]).upper).toBeNull();
  });

  it('splits off an outlier so the body keeps its own legible range', () => {
    const d = splitDomain([1.5, 3, 3.2, 4.4, 2.6, 2, 21]);
    expect(d.lower).toEqual([0, 5]);
    expect(d.upper).not.toBeNull();
    const [lo, hi] = d.upper!;
    expect(lo).toBeGreaterThan(5);
    expect(lo).toBeLessThan(21);
    expect(hi).toBeGreaterThan(21);
  });

  it('does not split off more than a few values', () => {
    expect(splitDomain([1, 10, 11, 12, 13], 2).upper).toBeNull();
  });

  it('copes with no data and with zeros', () => {
    expect(splitDomain([])).toEqual({ lower: [0, 1], upper: null });
    expect(splitDomain([0, 0])).toEqual({ lower: [0, 1], upper: null });
  });
});

describe('splitScale', () => {
  const range: [number, number] = [200, 0];

  it('maps an unbroken domain linearly, bottom to top', () => {
    const y = splitScale({ lower: [0, 10], upper: null }, range);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(5)).toBe(100);
    expect(y.breakY).toBeNull();
  });

  it('keeps the two segments apart, with the break between them', () => {
    const y = splitScale({ lower: [0, 5], upper: [17.5, 25] }, range, 14, 0.22);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(0);
    expect(y.breakY).not.toBeNull();
    // Every lower value sits below the break, every upper value above it.
    for (const v of [0, 1.5, 3, 4.4, 5]) expect(y(v)).toBeGreaterThan(y.breakY!);
    for (const v of [17.5, 21, 25]) expect(y(v)).toBeLessThan(y.breakY!);
    // The body keeps most of the height: 1.5 and 4.4 are far enough apart to read.
    expect(y(1.5) - y(4.4)).toBeGreaterThan(80);
  });

  it('offers ticks in both segments, each at its own position', () => {
    const y = splitScale({ lower: [0, 5], upper: [17.5, 25] }, range);
    const values = y.ticks.map((t) => t.value);
    expect(values).toContain(0);
    expect(values.some((v) => v >= 17.5)).toBe(true);
    for (const t of y.ticks) expect(t.y).toBeCloseTo(y(t.value));
  });

  it('clamps values beyond the domain instead of drawing outside the plot', () => {
    const y = splitScale({ lower: [0, 10], upper: null }, range);
    expect(y(50)).toBe(0);
  });
});
