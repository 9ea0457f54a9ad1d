import { naturalEarth1, naturalEarth1Invert, RADIANS, turn } from './sphere.ts';

type XY = [number, number];

/**
 * Where points land on the map: Natural Earth I, turned to a meridian, then scaled and translated,
 * exactly as a d3 `geoNaturalEarth1().rotate([-meridian, 0])` projection maps a point (its point
 * mapping skips the clipping and resampling that only shapes need).
 */
export interface PointProjection {
  (lonLat: readonly [number, number]): XY;
  /** The longitude and latitude drawn at a point of the map. */
  invert(point: readonly [number, number]): XY;
  readonly meridian: number;
  readonly scale: number;
  readonly translate: XY;
}

export function pointProjection(meridian: number, scale: number, translate: readonly [number, number] = [0, 0]): PointProjection {
  const [tx, ty] = translate;
  const delta = -meridian * RADIANS;
  const project = ((lonLat: readonly [number, number]): XY => {
    const [x, y] = naturalEarth1(turn(lonLat[0] * RADIANS, delta), lonLat[1] * RADIANS);
    // North up: screen y grows downwards.
    return [tx + scale * x, ty - scale * y];
  }) as PointProjection;
  project.invert = ([x, y]) => {
    const [lambda, phi] = naturalEarth1Invert((x - tx) / scale, (ty - y) / scale);
    return [turn(lambda, -delta) / RADIANS, phi / RADIANS];
  };
  return Object.assign(project, { meridian, scale, translate: [tx, ty] as XY });
}
