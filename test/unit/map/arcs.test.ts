import { describe, expect, it } from 'vitest';
import { geoDistance, geoPath } from 'd3-geo';
import { pointProjection } from '../../../src/lib/model/map/projection';
import { geoProjection } from '../../../src/lib/model/map/geo-projection';
import { arcPath, arcPoint, arcPoints, siteArcs } from '../../../src/lib/model/map/arcs';
import { entity, site } from './fixtures';

describe('siteArcs', () => {
  const entities = new Map([
    ['tsmc', entity('tsmc', [121.01, 24.77])],
    ['starlux', entity('starlux', [121.23, 25.08])],
    ['nohq', entity('nohq', null)],
  ]);

  it('draws one arc per site with a Taiwan origin, from that headquarters to the site', () => {
    const sites = [
      site('a'),
      site('b', { origin: null }),
      site('c', { origin: 'nohq' }),
      site('d', { origin: 'starlux', role: 'air', lat: 33.43, lon: -112.01 }),
    ];
    const arcs = siteArcs(sites, entities);
    expect(arcs.map((a) => a.id)).toEqual(['a', 'd']);
    expect(arcs[0]).toMatchObject({ kind: 'flow', from: [121.01, 24.77], to: [-112.07, 33.45] });
    expect(arcs[1]?.kind).toBe('air');
  });

  it('follows the great circle: the midpoint is equidistant and north of both ends', () => {
    const arc = { from: [121.01, 24.77] as [number, number], to: [-112.07, 33.45] as [number, number] };
    const mid = arcPoint(arc, 0.5);
    expect(geoDistance(arc.from, mid)).toBeCloseTo(geoDistance(mid, arc.to), 6);
    expect(mid[1]).toBeGreaterThan(45);
  });
});

describe('arcPath', () => {
  const taipei: [number, number] = [121.01, 24.77];
  const pacific = pointProjection(-162, 450, [600, 300]);
  const points = (d: string) => [...d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ move: m[1] === 'M', x: Number(m[2]), y: Number(m[3]) }));

  it('runs from the headquarters to the site along the curve d3 draws for the great circle', () => {
    const arc = { from: taipei, to: [-112.07, 33.45] as [number, number] };
    const drawn = points(arcPath(arc, pacific));
    expect(drawn.filter((p) => p.move)).toHaveLength(1);
    const [start, end] = [drawn[0]!, drawn.at(-1)!];
    expect([start.x, start.y]).toEqual(pacific(arc.from).map((v) => expect.closeTo(v, 1)));
    expect([end.x, end.y]).toEqual(pacific(arc.to).map((v) => expect.closeTo(v, 1)));
    const [[x0, y0], [x1, y1]] = geoPath(geoProjection(-162, 450, [600, 300])).bounds({ type: 'LineString', coordinates: [arc.from, arc.to] });
    expect(Math.min(...drawn.map((p) => p.y))).toBeCloseTo(y0, 0);
    expect(Math.max(...drawn.map((p) => p.y))).toBeCloseTo(y1, 0);
    expect(Math.min(...drawn.map((p) => p.x))).toBeCloseTo(x0, 0);
    expect(Math.max(...drawn.map((p) => p.x))).toBeCloseTo(x1, 0);
  });

  it('is cut where it crosses the edge of the map, as d3 clips it, instead of striking across the map', () => {
    // Taipei to Rotterdam on a map centred on the Pacific: the route over Asia leaves the map's west edge.
    const arc = { from: taipei, to: [4.48, 51.92] as [number, number] };
    const drawn = points(arcPath(arc, pacific));
    expect(drawn.filter((p) => p.move)).toHaveLength(2);
    const halfWidth = Math.PI * 450 * 0.8707;
    for (let i = 1; i < drawn.length; i++) {
      if (!drawn[i]!.move) expect(Math.abs(drawn[i]!.x - drawn[i - 1]!.x)).toBeLessThan(halfWidth / 10);
    }
    const d3 = geoPath(geoProjection(-162, 450, [600, 300]))({ type: 'LineString', coordinates: [arc.from, arc.to] })!;
    expect(d3.match(/M/g)).toHaveLength(2);
  });

  it('samples the great circle at least every degree', () => {
    const arc = { from: taipei, to: [-97.3, 32.7] as [number, number] };
    const pts = arcPoints(arc);
    expect(pts[0]).toEqual(arc.from);
    expect(pts.at(-1)![0]).toBeCloseTo(arc.to[0], 9);
    for (let i = 1; i < pts.length; i++) expect(geoDistance(pts[i - 1]!, pts[i]!)).toBeLessThanOrEqual((Math.PI / 180) * 1.0000001);
  });
});
