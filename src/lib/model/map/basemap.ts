import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The drawn base map: land, the countries of the story picked out, and their borders. */
export interface BaseLayers {
  land: FeatureCollection<Geometry>;
  focus: FeatureCollection<Geometry>;
  borders: MultiLineString;
  /** US state lines, only at the detailed level. */
  states: MultiLineString | null;
}

/** ISO 3166-1 numeric ids (world-atlas) of the countries the corridor runs through, and Taiwan. */
export const FOCUS_COUNTRIES: ReadonlySet<string> = new Set(['840', '484', '124', '158']);

export function baseLayers(world: Topology, states: Topology | null = null): BaseLayers {
  const countries = world.objects.countries as GeometryCollection;
  const all = feature(world, countries) as FeatureCollection<Geometry>;
  const focus: Feature<Geometry>[] = all.features.filter((f) => FOCUS_COUNTRIES.has(String(f.id)));
  const stateObj = states?.objects.states as GeometryCollection | undefined;
  return {
    land: all,
    focus: { type: 'FeatureCollection', features: focus },
    borders: mesh(world, countries, (a, b) => a !== b),
    states: states && stateObj ? mesh(states, stateObj, (a, b) => a !== b) : null,
  };
}
