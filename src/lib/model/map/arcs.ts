import { greatCircle, naturalEarth1 } from './sphere';
import type { Entity, Site } from '../../data/schema';
import type { LonLat } from './framing';
import type { PointProjection } from './projection';

/** One flow line: from the Taiwan headquarters of a site's origin company to the site. */
export interface Arc {
  /** The site's id: an arc is highlighted, dimmed and filtered with its site. */
  id: string;
  origin: string;
  /** Air routes are drawn apart (dashed) from investment flows. */
  kind: 'flow' | 'air';
  from: LonLat;
  to: LonLat;
}

/** Arcs for every site whose origin entity has a headquarters; sites with no origin get none. */
export function siteArcs(sites: readonly Site[], entities: ReadonlyMap<string, Entity>): Arc[] {
  const out: Arc[] = [];
  for (const site of sites) {
    const hq = site.origin ? entities.get(site.origin)?.hq : null;
    if (!site.origin || !hq) continue;
    out.push({
      id: site.id,
      origin: site.origin,
      kind: site.role === 'air' ? 'air' : 'flow',
      from: [hq.lon, hq.lat],
      to: [site.lon, site.lat],
    });
  }
  return out;
}

/** A point `t` of the way along the great circle (0 = headquarters, 1 = site). */
export function arcPoint(arc: Pick<Arc, 'from' | 'to'>, t: number): LonLat {
  return greatCircle(arc.from, arc.to)(t);
}

/** Degrees of great circle between two drawn points: within a pixel of the true curve at the zoom the map allows. */
const STEP_DEGREES = 1;

/** Points along the great circle, at most `step` degrees apart, both ends included. */
export function arcPoints(arc: Pick<Arc, 'from' | 'to'>, step = STEP_DEGREES): LonLat[] {
  const along = greatCircle(arc.from, arc.to);
  const n = Math.max(1, Math.ceil((along.distance * 180) / Math.PI / step));
  return Array.from({ length: n + 1 }, (_, i) => along(i / n));
}

/**
 * The SVG path of an arc. It is cut where it crosses the map's edge (the antimeridian of the
 * projection), which shows as a jump of more than half the map's width between two points.
 *
 * Hand-written rather than d3's geoPath: points along the great circle are all an arc needs, and
 * geoPath with its clipping and resampling would put ~8 KB back into the first load (see sphere.ts).
 */
export function arcPath(arc: Pick<Arc, 'from' | 'to'>, project: PointProjection): string {
  const seam = naturalEarth1(Math.PI, 0)[0] * project.scale;
  let d = '';
  let lastX = NaN;
  for (const p of arcPoints(arc)) {
    const [x, y] = project(p);
    d += `${Math.abs(x - lastX) < seam ? 'L' : 'M'}${round(x)},${round(y)}`;
    lastX = x;
  }
  return d;
}

const round = (v: number) => Math.round(v * 100) / 100;
