/**
 * The spherical formulas the map draws its points and arcs with, as d3-geo writes them (ISC
 * licence): a great-circle interpolator and the Natural Earth I projection with its inverse.
 *
 * Written out because d3-geo ships as a single module, which a bundler cannot split: importing even
 * these from it put its whole shape pipeline (clipping, resampling, geoPath: ~8 KB gzip) into the
 * map's first load. The base map, which needs that pipeline, loads d3-geo on demand. Tested
 * against d3-geo (test/unit/map/sphere.test.ts).
 */

type XY = [number, number];
export const RADIANS = Math.PI / 180;
const haversin = (x: number) => Math.sin(x / 2) ** 2;

export interface GreatCircle {
  /** The point `t` of the way from a to b (0 = a, 1 = b), as [longitude, latitude] in degrees. */
  (t: number): XY;
  /** The angle between a and b, in radians. */
  distance: number;
}

/** The great circle between two [longitude, latitude] points (d3's geoInterpolate). */
export function greatCircle(a: readonly [number, number], b: readonly [number, number]): GreatCircle {
  const [x0, y0, x1, y1] = [a[0] * RADIANS, a[1] * RADIANS, b[0] * RADIANS, b[1] * RADIANS];
  const [cy0, sy0, cy1, sy1] = [Math.cos(y0), Math.sin(y0), Math.cos(y1), Math.sin(y1)];
  const [kx0, ky0, kx1, ky1] = [cy0 * Math.cos(x0), cy0 * Math.sin(x0), cy1 * Math.cos(x1), cy1 * Math.sin(x1)];
  const d = 2 * Math.asin(Math.sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0)));
  const k = Math.sin(d);
  const at = (t: number): XY => {
    if (!d) return [a[0], a[1]];
    const B = Math.sin(t * d) / k;
    const A = Math.sin(d - t * d) / k;
    const [x, y, z] = [A * kx0 + B * kx1, A * ky0 + B * ky1, A * sy0 + B * sy1];
    return [Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.sqrt(x * x + y * y)) / RADIANS];
  };
  return Object.assign(at, { distance: d });
}

/** Natural Earth I, from radians on a sphere centred on its meridian to unit map coordinates (north up). */
export function naturalEarth1(lambda: number, phi: number): XY {
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  return [
    lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
  ];
}

/** The inverse of naturalEarth1: Newton's method on the latitude, as d3 does. */
export function naturalEarth1Invert(x: number, y: number): XY {
  let phi = y;
  for (let i = 0, delta = Infinity; Math.abs(delta) > 1e-6 && i < 25; i++) {
    const phi2 = phi * phi;
    const phi4 = phi2 * phi2;
    delta =
      (phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))) - y) /
      (1.007226 + phi2 * (0.015085 * 3 + phi4 * (-0.044475 * 7 + 0.028874 * 9 * phi2 - 0.005916 * 11 * phi4)));
    phi -= delta;
  }
  const phi2 = phi * phi;
  return [x / (0.8707 + phi2 * (-0.131979 + phi2 * (-0.013791 + phi2 * phi2 * phi2 * (0.003971 - 0.001529 * phi2)))), phi];
}

/** A longitude in radians, turned by `delta` and wrapped into [-π, π] (d3's rotation about the pole). */
export function turn(lambda: number, delta: number): number {
  const l = lambda + delta;
  return Math.abs(l) > Math.PI ? l - Math.round(l / (2 * Math.PI)) * 2 * Math.PI : l;
}
