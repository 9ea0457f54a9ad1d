/**
 * The coarse base map projected once, at build time, for the meridian the map opens on: the page
 * draws these paths scaled and moved into place, so the first load needs neither d3's geoPath nor
 * topojson-client, and the file is smaller than the topology it comes from (relative integer steps).
 * Made by project-base.ts; this module only describes it, so the page can read it without d3-geo.
 */
export interface ProjectedBase {
  meridian: number;
  /** The projection scale the paths are drawn at (px per radian), translate [0, 0]. */
  scale: number;
  land: string;
  focus: string;
  borders: string;
}

/** Where the build writes it (scripts/copy-data-plugin.ts) and the map fetches it. */
export const PROJECTED_BASE_FILE = 'geo/pacific-110m.json';

/** A unit step at this scale is under half a pixel on a coarse map (drawn below FINE_SCALE, 900). */
export const PROJECTED_SCALE = 1000;
