import type { Topology } from 'topojson-specification';

/**
 * A world-atlas or us-atlas file as served: a TopoJSON topology holding the named object. Apart from
 * basemap.ts so the shell can start the base map's fetch without loading topojson-client.
 */
export function isTopology(json: unknown, object: string): json is Topology {
  if (typeof json !== 'object' || json === null) return false;
  const t = json as { type?: unknown; objects?: Record<string, unknown> };
  return t.type === 'Topology' && typeof t.objects === 'object' && t.objects !== null && object in t.objects;
}
