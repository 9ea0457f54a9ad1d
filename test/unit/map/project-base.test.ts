import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { projectBase } from '../../../src/lib/model/map/project-base';
import { PROJECTED_SCALE } from '../../../src/lib/model/map/projected-base';
import { pointProjection } from '../../../src/lib/model/map/projection';
import { geoProjection } from '../../../src/lib/model/map/geo-projection';
import { PACIFIC_MERIDIAN } from '../../../src/lib/model/map/framing';

const topology = world as unknown as Topology;

/** The absolute points of a path written as moves and relative whole-unit steps. */
function absolute(d: string): { rings: number; points: [number, number][] } {
  const points: [number, number][] = [];
  let rings = 0;
  let [x, y] = [0, 0];
  for (const [, cmd, a, b] of d.matchAll(/([Mlz])(-?\d+)?,?(-?\d+)?/g)) {
    if (cmd === 'z') continue;
    if (cmd === 'M') [x, y, rings] = [Number(a), Number(b), rings + 1];
    else [x, y] = [x + Number(a), y + Number(b)];
    points.push([x, y]);
  }
  return { rings, points };
}

describe('projectBase', () => {
  const base = projectBase(topology, PACIFIC_MERIDIAN);

  it('writes each outline as moves and whole-unit steps, at its stated meridian and scale', () => {
    expect(base).toMatchObject({ meridian: PACIFIC_MERIDIAN, scale: PROJECTED_SCALE });
    for (const d of [base.land, base.focus, base.borders]) expect(d).toMatch(/^(M-?\d+,-?\d+(l-?\d+,?-?\d+|z)*)+$/);
  });

  it('scaled and moved into place, lands where d3 projects the same outlines at the page’s own scale', () => {
    const [scale, translate] = [430, [610, 290] as [number, number]];
    const countries = feature(topology, topology.objects.countries as GeometryCollection);
    const taiwan = { type: 'FeatureCollection' as const, features: countries.features.filter((f) => f.id === '158') };
    const [[x0, y0], [x1, y1]] = geoPath(geoProjection(PACIFIC_MERIDIAN, scale, translate)).bounds(taiwan);
    // Taiwan is the focus country whose outline lies west of the date line on this map.
    const k = scale / base.scale;
    const placed = absolute(base.focus).points.map(([x, y]) => [translate[0] + x * k, translate[1] + y * k] as const);
    const inTaiwan = placed.filter(([x, y]) => x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y1 + 1);
    expect(inTaiwan.length).toBeGreaterThan(5);
    for (const [x, y] of inTaiwan) {
      // Each point within the projected-at-build-time rounding (half a unit) plus a pixel.
      expect(x).toBeGreaterThanOrEqual(x0 - 1);
      expect(y).toBeLessThanOrEqual(y1 + 1);
    }
    expect(Math.min(...inTaiwan.map(([x]) => x))).toBeCloseTo(x0, 0);
    expect(Math.max(...inTaiwan.map(([, y]) => y))).toBeCloseTo(y1, 0);
    // And a site projected by the page's point projection sits on Taiwan.
    const [tx, ty] = pointProjection(PACIFIC_MERIDIAN, scale, translate)([121.0, 23.8]);
    expect(tx > x0 && tx < x1 && ty > y0 && ty < y1).toBe(true);
  });

  it('keeps every country of the topology and each piece of the focus countries', () => {
    const countries = feature(topology, topology.objects.countries as GeometryCollection);
    const rings = countries.features.reduce((n, f) => n + (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.length : f.geometry.type === 'Polygon' ? 1 : 0), 0);
    // The antimeridian cut splits a few rings in two; none is lost.
    expect(absolute(base.land).rings).toBeGreaterThanOrEqual(rings);
  });
});
