import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointProjection } from '../../../src/lib/model/map/projection';
import { geoProjection } from '../../../src/lib/model/map/geo-projection';

const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }));
const setting = fc.record({
  meridian: fc.double({ min: -180, max: 180, noNaN: true }),
  scale: fc.double({ min: 50, max: 20000, noNaN: true }),
  translate: fc.tuple(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true })),
});

describe('pointProjection', () => {
  it('puts every point where d3’s geoNaturalEarth1 with the same rotation, scale and translate does', () => {
    fc.assert(
      fc.property(setting, lonLat, ({ meridian, scale, translate }, p) => {
        const ours = pointProjection(meridian, scale, translate)(p);
        const d3 = geoProjection(meridian, scale, translate)(p)!;
        expect(ours[0]).toBeCloseTo(d3[0], 6);
        expect(ours[1]).toBeCloseTo(d3[1], 6);
      }),
    );
  });

  it('inverts to the point it projected', () => {
    fc.assert(
      fc.property(setting, lonLat, ({ meridian, scale, translate }, p) => {
        const project = pointProjection(meridian, scale, translate);
        const [lon, lat] = project.invert(project(p));
        const wrap = (d: number) => ((((d - p[0] + 180) % 360) + 360) % 360) - 180;
        expect(wrap(lon)).toBeCloseTo(0, 5);
        expect(lat).toBeCloseTo(p[1], 5);
      }),
    );
  });

  it('reports its settings, so the base map projected at build time can be moved into place', () => {
    const p = pointProjection(-162, 450, [600, 300]);
    expect([p.meridian, p.scale, p.translate]).toEqual([-162, 450, [600, 300]]);
  });
});
