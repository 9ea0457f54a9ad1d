import { geoInterpolate, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { GeoJSON } from 'geojson';

export type Framing = 'pacific' | 'corridor';
export type LonLat = [number, number];

/**
 * What the map shows, independent of pan/zoom: the meridian the projection is centred on, the
 * point at the viewport's centre and the scale. Two views can be interpolated (a framing change
 * flies from one to the other), which a fitted projection's translate cannot.
 */
export interface MapView {
  meridian: number;
  center: LonLat;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Centred on the North Pacific so Taiwan and North America sit on one side of the antimeridian. */
export const PACIFIC_MERIDIAN = -162;
/** Centred on the US–Mexico border, so Texas and Arizona are not sheared. */
export const CORRIDOR_MERIDIAN = -104;

/** Phoenix to Houston and down to Guadalajara, with a margin for markers and labels. */
export const CORRIDOR_BOUNDS: readonly [LonLat, LonLat] = [
  [-114.5, 19.2],
  [-93.5, 35.2],
];

/** The whole flow when the data gives nothing to fit: Taiwan to the Gulf of Mexico. */
const PACIFIC_FALLBACK: LonLat[] = [
  [119, 21],
  [-85, 18],
  [-150, 58],
];

function boxOutline([[w, s], [e, n]]: readonly [LonLat, LonLat]): GeoJSON {
  // Edge midpoints too: a parallel is curved in the projection, so the corners alone under-fit.
  const mid = (w + e) / 2;
  return { type: 'MultiPoint', coordinates: [[w, s], [mid, s], [e, s], [e, n], [mid, n], [w, n]] };
}

/** The area a framing must show: the corridor box, or every arc and site (the whole flow). */
export function framingTarget(framing: Framing, flow: readonly GeoJSON[]): GeoJSON {
  if (framing === 'corridor') return boxOutline(CORRIDOR_BOUNDS);
  if (flow.length === 0) return { type: 'MultiPoint', coordinates: PACIFIC_FALLBACK };
  return { type: 'GeometryCollection', geometries: flow.map(asGeometry) } as GeoJSON;
}

function asGeometry(g: GeoJSON): GeoJSON {
  return g.type === 'Feature' ? (g.geometry as GeoJSON) : g;
}

export function meridianOf(framing: Framing): number {
  return framing === 'corridor' ? CORRIDOR_MERIDIAN : PACIFIC_MERIDIAN;
}

function baseProjection(meridian: number): GeoProjection {
  return geoNaturalEarth1().rotate([-meridian, 0]).precision(0.3);
}

/** The view that fits `target` inside the size less its padding. */
export function fitView(meridian: number, target: GeoJSON, size: Size, pad: Padding): MapView {
  const p = baseProjection(meridian).fitExtent(
    [
      [pad.left, pad.top],
      [Math.max(pad.left + 1, size.width - pad.right), Math.max(pad.top + 1, size.height - pad.bottom)],
    ],
    target as Parameters<GeoProjection['fitExtent']>[1],
  );
  const center = p.invert?.([size.width / 2, size.height / 2]) ?? [meridian, 0];
  return { meridian, center: [center[0], center[1]], scale: p.scale() };
}

/** The projection that draws a view at a size: its centre lands in the middle of the viewport. */
export function projectionFor(view: MapView, size: Size): GeoProjection {
  const p = baseProjection(view.meridian).scale(view.scale).translate([0, 0]);
  const c = p(view.center) ?? [0, 0];
  return p.translate([size.width / 2 - c[0], size.height / 2 - c[1]]);
}

/**
 * A pan/zoom as d3-zoom reports it (its ZoomTransform has these fields), as plain numbers: the map
 * draws before d3-zoom is loaded.
 */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}
export const NO_ZOOM: Zoom = { k: 1, x: 0, y: 0 };
/** A point of the unzoomed map where the zoom puts it. */
export function zoomPoint(t: Zoom, [x, y]: readonly [number, number]): [number, number] {
  return [x * t.k + t.x, y * t.k + t.y];
}
/** The SVG transform attribute of a zoom (as ZoomTransform.toString writes it). */
export function zoomAttribute(t: Zoom): string {
  return `translate(${t.x},${t.y}) scale(${t.k})`;
}

/**
 * The view that a pan/zoom transform shows on top of `view`: the same picture, with the zoom
 * folded into the scale and centre, so a fly to another framing starts where the reader is.
 */
export function zoomedView(view: MapView, size: Size, t: Zoom): MapView {
  const p = projectionFor(view, size);
  const centre = p.invert?.([(size.width / 2 - t.x) / t.k, (size.height / 2 - t.y) / t.k]) ?? view.center;
  return { meridian: view.meridian, center: [centre[0], centre[1]], scale: view.scale * t.k };
}

/** A fly between two views: centre along the great circle, scale geometrically, meridian linearly. */
export function interpolateView(a: MapView, b: MapView): (t: number) => MapView {
  const centre = geoInterpolate(a.center, b.center);
  const ls = Math.log(a.scale);
  const ld = Math.log(b.scale) - ls;
  return (t) => {
    const c = centre(t);
    return { meridian: a.meridian + (b.meridian - a.meridian) * t, center: [c[0], c[1]], scale: Math.exp(ls + ld * t) };
  };
}
