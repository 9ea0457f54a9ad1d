import { describe, expect, it } from 'vitest';
import { chartSeries } from '../../../src/lib/model/power/series';
import { annotationKey, layoutPanel, nearestPoint, panelRows, panelUnit, yearDomain, yearTicks, type LayoutInput } from '../../../src/lib/model/power/layout';
import { fixture } from './fixture';

const series = chartSeries(fixture);
const base = (patch: Partial<LayoutInput>): LayoutInput => ({
  panel: 'global',
  unit: 'TWh',
  series,
  annotations: fixture.annotations,
  hidden: new Set(),
  width: 480,
  height: 260,
  margin: { top: 12, right: 80, bottom: 24, left: 40 },
  labelText: (p) => p.value!.toFixed(1),
  ...patch,
});

describe('panelUnit', () => {
  it('lets the switch drive the world panel and keeps Taiwan in %', () => {
    expect(panelUnit('global', 'twh')).toBe('TWh');
    expect(panelUnit('global', 'share')).toBe('%');
    expect(panelUnit('taiwan', 'twh')).toBe('%');
  });
});

describe('yearDomain and yearTicks', () => {
  it('spans every point and annotation of a panel', () => {
    expect(yearDomain(series.filter((s) => s.panel === 'taiwan'), fixture.annotations.filter((a) => a.panel === 'taiwan'))).toEqual([2018, 2032]);
  });

  it('thins ticks on a narrow plot and keeps whole years', () => {
    const wide = yearTicks([2018, 2032], 600);
    const narrow = yearTicks([2018, 2032], 220);
    expect(narrow.length).toBeLessThan(wide.length);
    for (const y of [...wide, ...narrow]) expect(Number.isInteger(y)).toBe(true);
    expect(wide[0]).toBe(2018);
  });

  it('uses the years the data falls on when they are few and fit', () => {
    expect(yearTicks([2024, 2035], 300, 64, [2024, 2030, 2035, 2030])).toEqual([2024, 2030, 2035]);
    // Too crowded to read: back to regular steps.
    expect(yearTicks([2018, 2032], 120, 64, [2018, 2019, 2020, 2032])).not.toContain(2019);
  });
});

describe('layoutPanel', () => {
  it('draws only the chosen unit, and leaves hidden series out', () => {
    const twh = layoutPanel(base({}));
    expect(new Set(twh.series.map((s) => s.unit))).toEqual(new Set(['TWh']));
    const hidden = layoutPanel(base({ hidden: new Set(['dc-twh-liftoff']) }));
    expect(hidden.series.map((s) => s.id)).not.toContain('dc-twh-liftoff');
    // Without Lift-Off the band narrows to Headwinds–base.
    expect(hidden.band?.stops.at(-1)).toEqual({ year: 2035, low: 700, high: 1200 });
  });

  it('breaks the share axis so the 21% claim and the 1.5–4.4% body are both legible', () => {
    const share = layoutPanel(base({ unit: '%' }));
    expect(share.y.breakY).not.toBeNull();
    const claim = share.points.find((p) => p.point.kind === 'claim')!;
    expect(claim.y).toBeLessThan(share.y.breakY!);
    const low = share.points.find((p) => p.point.value === 1.5)!;
    const high = share.points.find((p) => p.point.value === 4.4)!;
    expect(low.y - high.y).toBeGreaterThan(60);
  });

  it('anchors the claim annotation at the claim point, and drops it where that point is not drawn', () => {
    const share = layoutPanel(base({ unit: '%' }));
    const note = share.annotations.find((a) => a.annotation.id === 'claim-21-note')!;
    expect(note.anchor?.point.value).toBe(21);
    expect(layoutPanel(base({})).annotations.find((a) => a.annotation.id === 'claim-21-note')).toBeUndefined();
  });

  it('places the grid plan as a span over its years, in a lane under the axis', () => {
    const tw = layoutPanel(base({ panel: 'taiwan', unit: '%' }));
    const plan = tw.annotations.find((a) => a.annotation.id === 'grid-plan')!;
    expect(plan.x0).toBeCloseTo(tw.x(2022));
    expect(plan.x1).toBeCloseTo(tw.x(2032));
    expect(tw.x(2032)).toBeLessThanOrEqual(480 - 80);
    expect(tw.height).toBeGreaterThan(260);
    expect(tw.laneY).toBeGreaterThan(260 - 24);
    expect(layoutPanel(base({})).laneY).toBeNull();
  });

  it('numbers annotations by start year (ties in data order), the same whichever unit is shown', () => {
    const tw = layoutPanel(base({ panel: 'taiwan', unit: '%' }));
    expect(tw.annotations.map((a) => [a.annotation.id, a.number])).toEqual([
      ['blackout', 1],
      ['grid-plan', 2],
    ]);
  });

  it('labels the claim and the latest computed share directly, once each', () => {
    const tw = layoutPanel(base({ panel: 'taiwan', unit: '%' }));
    const keys = tw.labels.map((l) => l.key);
    expect(keys).toContain('tsmc-share:2024:derived');
    expect(new Set(keys).size).toBe(keys.length);
    const share = layoutPanel(base({ unit: '%' }));
    expect(share.labels.map((l) => l.key)).toContain('dc-share-claim:2030:claim');
    // Scenario ends carry margin labels instead.
    expect(share.labels.map((l) => l.key)).not.toContain('dc-share-liftoff:2035:projection');
  });

  it('draws a value several scenarios share (their common start) once', () => {
    const twh = layoutPanel(base({}));
    expect(twh.points.filter((p) => p.point.year === 2024)).toHaveLength(1);
    expect(twh.points.find((p) => p.point.year === 2024)!.point.seriesId).toBe('dc-twh-base');
    // Its lines still start there.
    expect(twh.segments.filter((s) => s.seriesId === 'dc-twh-liftoff')).toHaveLength(1);
  });

  it('keeps scenario labels apart and inside the plot', () => {
    const share = layoutPanel(base({ unit: '%', height: 200 }));
    const ys = share.endLabels.map((l) => l.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13 - 1e-9);
    for (const y of ys) expect(y).toBeLessThanOrEqual(200 - 24);
  });
});

describe('panelRows and nearestPoint', () => {
  it('gives a row per drawn series in year order, then one per period or note', () => {
    const tw = layoutPanel(base({ panel: 'taiwan', unit: '%', hidden: new Set(['tsmc-share-scenario']) }));
    const rows = panelRows(tw);
    expect(rows.map((r) => r.id)).toEqual(['tsmc-share', 'tsmc-share-2022-projection', 'blackout', 'grid-plan']);
    const years = rows[0]!.stops.map((s) => s.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(rows.at(-1)!.stops).toEqual([{ key: annotationKey('grid-plan'), year: 2022 }]);
  });

  it('finds the mark under the pointer, and nothing when the pointer is far from every mark', () => {
    const tw = layoutPanel(base({ panel: 'taiwan', unit: '%' }));
    const target = tw.points.find((p) => p.point.key === 'tsmc-share-scenario:2030:projection')!;
    expect(nearestPoint(tw.points, target.x + 3, target.y - 2)?.point.key).toBe(target.point.key);
    expect(nearestPoint(tw.points, -500, -500)).toBeNull();
  });
});
