import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { arcLine, arcPoint, siteArcs } from '../../../src/lib/model/map/arcs';
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
    expect(arcLine(arc)).toEqual({ type: 'LineString', coordinates: [arc.from, arc.to] });
  });
});
