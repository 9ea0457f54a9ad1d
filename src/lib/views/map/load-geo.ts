import type { Topology } from 'topojson-specification';
import { fetchJson, LoadError } from '../../data/load';
import type { DataIssue } from '../../data/issue';
import { isTopology } from '../../model/map/is-topology';
import { PROJECTED_BASE_FILE, type ProjectedBase } from '../../model/map/projected-base';

export type GeoFile = 'countries-110m' | 'countries-50m' | 'states-10m';
const objectOf: Record<GeoFile, string> = { 'countries-110m': 'countries', 'countries-50m': 'countries', 'states-10m': 'states' };

const cache = new Map<string, Promise<unknown>>();

/**
 * Fetches a base-map file served beside the page (relative to the document, so a sub-path works),
 * once; a failure rejects with a DataIssue and is forgotten, so a retry fetches again.
 */
function loadGeo<T>(file: string, isValid: (json: unknown) => json is T, expected: string): Promise<T> {
  const hit = cache.get(file);
  if (hit) return hit as Promise<T>;
  const promise = fetchJson(new URL(`./${file}`, document.baseURI).href, file).then((json) => {
    if (!isValid(json)) throw new LoadError({ file, path: '', expected, received: 'something else', severity: 'error' });
    return json;
  });
  cache.set(file, promise);
  promise.catch(() => cache.delete(file));
  return promise;
}

export function loadTopology(name: GeoFile): Promise<Topology> {
  const object = objectOf[name];
  return loadGeo(`geo/${name}.json`, (json): json is Topology => isTopology(json, object), `a TopoJSON topology with "${object}"`);
}

function isProjectedBase(json: unknown): json is ProjectedBase {
  const b = json as Partial<Record<keyof ProjectedBase, unknown>> | null;
  return typeof b === 'object' && b !== null && typeof b.meridian === 'number' && typeof b.scale === 'number' && b.scale > 0 && [b.land, b.focus, b.borders].every((d) => typeof d === 'string');
}

/** The opening base map, projected at build time. */
export function loadProjectedBase(): Promise<ProjectedBase> {
  return loadGeo(PROJECTED_BASE_FILE, isProjectedBase, 'a projected base map (meridian, scale, land, focus, borders)');
}

export function geoIssue(e: unknown, file: string): DataIssue {
  return e instanceof LoadError ? e.issue : { file, path: '', expected: 'a base map', received: String(e), severity: 'error' };
}
