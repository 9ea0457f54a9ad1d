import type { Topology } from 'topojson-specification';
import { fetchJson, LoadError } from '../../data/load';
import type { DataIssue } from '../../data/validate';
import { isTopology } from '../../model/map/is-topology';

export type GeoFile = 'countries-110m' | 'countries-50m' | 'states-10m';
const objectOf: Record<GeoFile, string> = { 'countries-110m': 'countries', 'countries-50m': 'countries', 'states-10m': 'states' };

const cache = new Map<GeoFile, Promise<Topology>>();

/**
 * Fetches a base-map file served beside the page (relative to the document, so a sub-path works),
 * once; a failure rejects with a DataIssue and is forgotten, so a retry fetches again.
 */
export function loadTopology(name: GeoFile): Promise<Topology> {
  const hit = cache.get(name);
  if (hit) return hit;
  const file = `geo/${name}.json`;
  const promise = fetchJson(new URL(`./${file}`, document.baseURI).href, file).then((json) => {
    if (!isTopology(json, objectOf[name])) {
      throw new LoadError({ file, path: '', expected: `a TopoJSON topology with "${objectOf[name]}"`, received: 'something else', severity: 'error' });
    }
    return json;
  });
  cache.set(name, promise);
  promise.catch(() => cache.delete(name));
  return promise;
}

export function geoIssue(e: unknown, file: string): DataIssue {
  return e instanceof LoadError ? e.issue : { file, path: '', expected: 'a base map', received: String(e), severity: 'error' };
}
