import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geoDistance, geoInterpolate, geoNaturalEarth1Raw } from 'd3-geo';
import { greatCircle, naturalEarth1, naturalEarth1Invert, turn } from '../../../src/lib/model/map/sphere';

const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));
const radians = fc.tuple(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), fc.double({ min: -1.55, max: 1.55, noNaN: true }));

// d3-geo is the reference these formulas were written out from (see sphere.ts for why).
describe('sphere, against d3-geo', () => {
  it('greatCircle interpolates as geoInterpolate and measures as geoDistance', () => {
    fc.assert(
      fc.property(lonLat, lonLat, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const ours = greatCircle(a, b);
        expect(ours.distance).toBeCloseTo(geoDistance(a, b), 6);
        const [x, y] = ours(t);
        const [dx, dy] = geoInterpolate(a, b)(t);
        expect(x).toBeCloseTo(dx, 6);
        expect(y).toBeCloseTo(dy, 6);
      }),
    );
  });

  it('naturalEarth1 and its inverse match geoNaturalEarth1Raw', () => {
    fc.assert(
      fc.property(radians, ([lambda, phi]) => {
        const [x, y] = naturalEarth1(lambda, phi);
        const [dx, dy] = geoNaturalEarth1Raw(lambda, phi);
        expect(x).toBeCloseTo(dx, 12);
        expect(y).toBeCloseTo(dy, 12);
        const [il, ip] = naturalEarth1Invert(x, y);
        const [dl, dp] = geoNaturalEarth1Raw.invert!(x, y);
        expect(il).toBeCloseTo(dl, 9);
        expect(ip).toBeCloseTo(dp, 9);
        expect(il).toBeCloseTo(lambda, 6);
      }),
    );
  });

  it('turn wraps a longitude into [-π, π]', () => {
    expect(turn(3, 1)).toBeCloseTo(4 - 2 * Math.PI, 12);
    expect(turn(-3, -1)).toBeCloseTo(2 * Math.PI - 4, 12);
    expect(turn(1, 0.5)).toBe(1.5);
  });
});
