import { geoPath } from 'd3-geo';
import { baseLayers, type BaseLayers } from '../../model/map/basemap';
import { geoProjection } from '../../model/map/geo-projection';
import type { PointProjection } from '../../model/map/projection';

/** The drawn base map's paths, in screen pixels. */
export interface BasePaths {
  land: string;
  focus: string;
  borders: string;
  states: string;
}

/**
 * Projects the base map at any view with d3's geoPath: the Corridor, a fly between meridians, the
 * detailed outlines. Loaded on demand: the opening view draws the map projected at build time.
 */
export const baseProjector = {
  layers: baseLayers,
  paths(layers: BaseLayers, projection: PointProjection): BasePaths {
    const path = geoPath(geoProjection(projection.meridian, projection.scale, projection.translate));
    return { land: path(layers.land) ?? '', focus: path(layers.focus) ?? '', borders: path(layers.borders) ?? '', states: layers.states ? (path(layers.states) ?? '') : '' };
  },
};
export default baseProjector;
