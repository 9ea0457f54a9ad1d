import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';

/**
 * d3's full projection for drawing shapes with geoPath (clipped at the antimeridian, resampled):
 * the same mapping as model/map/projection's point projection, which draws everything else.
 */
export function geoProjection(meridian: number, scale: number, translate: readonly [number, number] = [0, 0]): GeoProjection {
  return geoNaturalEarth1()
    .rotate([-meridian, 0])
    .precision(0.3)
    .scale(scale)
    .translate([translate[0], translate[1]]);
}
