// Apart from basemap.ts (which builds the layers with topojson-client): the map decides the detail
// before it has loaded the code that draws it.

/** Beyond this projection scale (px per radian) the 1:110M outlines look coarse: switch to 1:50M and states. */
export const FINE_SCALE = 900;

/** The Corridor is always drawn in detail; the Pacific too once the reader zooms in far enough. */
export function geoDetail(framing: 'pacific' | 'corridor', scale: number): 'coarse' | 'fine' {
  return framing === 'corridor' || scale > FINE_SCALE ? 'fine' : 'coarse';
}
