import { geoInterpolate } from 'd3-geo';
import type { LineString } from 'geojson';
import type { Entity, Site } from '../../data/schema';
import type { LonLat } from './framing';

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

/** d3-geo draws a two-point LineString as the great circle between them. */
export function arcLine(arc: Pick<Arc, 'from' | 'to'>): LineString {
  return { type: 'LineString', coordinates: [arc.from, arc.to] };
}

/** A point `t` of the way along the great circle (0 = headquarters, 1 = site). */
export function arcPoint(arc: Pick<Arc, 'from' | 'to'>, t: number): LonLat {
  const p = geoInterpolate(arc.from, arc.to)(t);
  return [p[0], p[1]];
}
