import { greatCircle } from './sphere.ts';
import { pointProjection, type PointProjection } from './projection.ts';

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

/** No closer than a city when a framing has a single point to fit (px per radian). */
const MAX_FIT_SCALE = 20000;

function boxOutline([[w, s], [e, n]]: readonly [LonLat, LonLat]): LonLat[] {
  // Points along the edges too: a parallel is curved in the projection, so the corners alone under-fit.
  const out: LonLat[] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = w + ((e - w) * i) / 8;
    out.push([lon, s], [lon, n]);
  }
  return out;
}

/** The points a framing must show: the corridor box, or every arc and site (the whole flow). */
export function framingTarget(framing: Framing, flow: readonly LonLat[]): readonly LonLat[] {
  if (framing === 'corridor') return boxOutline(CORRIDOR_BOUNDS);
  return flow.length === 0 ? PACIFIC_FALLBACK : flow;
}

export function meridianOf(framing: Framing): number {
  return framing === 'corridor' ? CORRIDOR_MERIDIAN : PACIFIC_MERIDIAN;
}

/** The view that fits the `target` points inside the size less its padding (as d3's fitExtent). */
export function fitView(meridian: number, target: readonly LonLat[], size: Size, pad: Padding): MapView {
  const unit = pointProjection(meridian, 1);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of target) {
    const [x, y] = unit(p);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const [left, top] = [pad.left, pad.top];
  const [right, bottom] = [Math.max(left + 1, size.width - pad.right), Math.max(top + 1, size.height - pad.bottom)];
  const scale = Math.min((right - left) / (x1 - x0), (bottom - top) / (y1 - y0), MAX_FIT_SCALE);
  // The box's centre lands on the padded area's centre; the viewport's centre is then this far off it.
  const cx = (x0 + x1) / 2 + (size.width - left - right) / 2 / scale;
  const cy = (y0 + y1) / 2 + (size.height - top - bottom) / 2 / scale;
  const center = unit.invert([cx, cy]);
  return { meridian, center, scale };
}

/** The projection that draws a view at a size: its centre lands in the middle of the viewport. */
export function projectionFor(view: MapView, size: Size): PointProjection {
  const [cx, cy] = pointProjection(view.meridian, view.scale)(view.center);
  return pointProjection(view.meridian, view.scale, [size.width / 2 - cx, size.height / 2 - cy]);
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
  const centre = projectionFor(view, size).invert([(size.width / 2 - t.x) / t.k, (size.height / 2 - t.y) / t.k]);
  return { meridian: view.meridian, center: centre, scale: view.scale * t.k };
}

/** A fly between two views: centre along the great circle, scale geometrically, meridian linearly. */
export function interpolateView(a: MapView, b: MapView): (t: number) => MapView {
  const centre = greatCircle(a.center, b.center);
  const ls = Math.log(a.scale);
  const ld = Math.log(b.scale) - ls;
  return (t) => {
    const c = centre(t);
    return { meridian: a.meridian + (b.meridian - a.meridian) * t, center: [c[0], c[1]], scale: Math.exp(ls + ld * t) };
  };
}
