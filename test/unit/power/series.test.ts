import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartSeries, computeShare, lineSegments, ratioBound, scenarioBand, sharePairs, yearsWithData, type ChartSeries } from '../../../src/lib/model/power/series';
import { fixture } from './fixture';

const byId = (list: ChartSeries[], id: string) => list.find((s) => s.id === id)!;

describe('shares computed from TWh pairs', () => {
  it("pairs TSMC's TWh with the share series that holds its records, over Taiwan's total", () => {
    const pairs = sharePairs(fixture.series).map((p) => [p.share.id, p.numerator.id, p.denominator.id]);
    expect(pairs).toEqual([['tsmc-share', 'tsmc-twh', 'taiwan-twh']]);
  });

  it('computes the share for each year both are recorded, with the working kept', () => {
    const tsmc = fixture.series.find((s) => s.id === 'tsmc-twh')!;
    const total = fixture.series.find((s) => s.id === 'taiwan-twh')!;
    const shares = computeShare('tsmc-share', tsmc, total);
    // 2020 rests on estimates (derived), 2023 on an unknown total: neither is computed.
    expect(shares.map((p) => p.year)).toEqual([2022, 2024]);
    const y2024 = shares.find((p) => p.year === 2024)!;
    expect(y2024.value).toBeCloseTo((25.55 / 283.82) * 100, 10);
    expect(y2024.value!.toFixed(1)).toBe('9.0');
    expect(y2024.computed).toEqual({
      numerator: { seriesId: 'tsmc-twh', value: 25.55, bound: undefined },
      denominator: { seriesId: 'taiwan-twh', value: 283.82, bound: undefined },
    });
    // "More than 20 TWh" of 279.5 TWh is "more than" 7.2%.
    expect(shares.find((p) => p.year === 2022)!.bound).toBe('above');
  });

  it('replaces the reported figure for that year and keeps it as reported; leaves claims and forecasts alone', () => {
    const share = byId(chartSeries(fixture), 'tsmc-share');
    const y2024 = share.points.filter((p) => p.year === 2024);
    expect(y2024).toHaveLength(1);
    expect(y2024[0]!.kind).toBe('derived');
    expect(y2024[0]!.reported?.value).toBe(9);
    expect(share.points.find((p) => p.year === 2020)!.kind).toBe('claim');
    expect(share.points.find((p) => p.year === 2022)!.kind).toBe('derived');
    expect(share.points.map((p) => p.year)).toEqual([...share.points.map((p) => p.year)].sort((a, b) => a - b));
  });

  it('never produces a share from a forecast or a claim', () => {
    const list = chartSeries(fixture);
    for (const p of list.flatMap((s) => s.points).filter((p) => p.computed)) expect(p.kind).toBe('derived');
  });
});

describe('ratioBound', () => {
  it('follows the numerator and flips the denominator', () => {
    expect(ratioBound(undefined, undefined)).toBeUndefined();
    expect(ratioBound('above', undefined)).toBe('above');
    expect(ratioBound(undefined, 'above')).toBe('below');
    expect(ratioBound('above', 'below')).toBe('above');
    expect(ratioBound('above', 'above')).toBe('about');
    expect(ratioBound('about', undefined)).toBe('about');
  });
});

describe('lineSegments', () => {
  const list = chartSeries(fixture);

  it('flags segments that span unknown years as interpolated, and forecasts as projected', () => {
    const segs = lineSegments(byId(list, 'dc-twh-base'));
    expect(segs.map((s) => [s.from.year, s.to.year, s.interpolated, s.projected])).toEqual([
      [2024, 2030, true, true],
      [2030, 2035, true, true],
    ]);
  });

  it('joins everything but claims, marking the step into a forecast as projected', () => {
    const segs = lineSegments(byId(list, 'tsmc-share'));
    expect(segs.map((s) => [s.from.year, s.to.year, s.interpolated, s.projected])).toEqual([
      [2022, 2023, false, false],
      [2023, 2024, false, false],
      [2024, 2025, false, true],
    ]);
    // A series of one forecast draws no line.
    expect(lineSegments(byId(list, 'tsmc-share-2022-projection'))).toEqual([]);
  });

  it('property: every segment runs forward in time between two drawn values', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ year: fc.integer({ min: 2000, max: 2040 }), value: fc.option(fc.float({ min: 0, max: 100, noNaN: true })), kind: fc.constantFrom('actual', 'projection', 'claim', 'derived' as const) })), (pts) => {
        const s: ChartSeries = {
          ...byId(list, 'dc-twh-base'),
          points: pts
            .map((p) => ({ ...byId(list, 'dc-twh-base').points[0]!, ...p, key: String(p.year) }))
            .sort((a, b) => a.year - b.year),
        };
        for (const seg of lineSegments(s)) {
          expect(seg.to.year).toBeGreaterThan(seg.from.year);
          expect(seg.from.value).not.toBeNull();
          expect(seg.to.value).not.toBeNull();
          expect(seg.interpolated).toBe(seg.to.year - seg.from.year > 1);
        }
      }),
    );
  });
});

describe('scenarioBand', () => {
  const list = chartSeries(fixture);
  const global = (unit: string) => list.filter((s) => s.panel === 'global' && s.unit === unit);

  it('opens from the last record to the range of the scenarios', () => {
    expect(scenarioBand(global('TWh'))).toEqual([
      { year: 2024, low: 415, high: 415 },
      { year: 2035, low: 700, high: 1720 },
    ]);
    expect(scenarioBand(global('%'))).toEqual([
      { year: 2024, low: 1.5, high: 1.5 },
      { year: 2035, low: 2, high: 4.4 },
    ]);
  });

  it('skips years only some scenarios cover, and needs more than the base case', () => {
    // 2030: only the base case has a value.
    expect(scenarioBand(global('TWh')).map((b) => b.year)).not.toContain(2030);
    expect(scenarioBand(global('TWh').filter((s) => s.scenario === 'base'))).toEqual([]);
  });
});

describe('yearsWithData', () => {
  it('lists the distinct years holding a value', () => {
    expect(yearsWithData(chartSeries(fixture).filter((s) => s.panel === 'global'))).toEqual([2024, 2030, 2035]);
  });
});
