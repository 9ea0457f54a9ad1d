import type { Claim, DatasetFiles, LocalText, ViewId } from '../data/schema';
import { recordNames } from './record-labels';

/** One record a claim is attached to: the view that draws it and the id `select()` takes to show it. */
export interface ClaimPlace {
  view: ViewId;
  /** A site id, a link's downstream node id, a power series id or a power annotation id. */
  target: string;
  label: LocalText;
  /** Where it lives in the dataset, as in validation messages (e.g. `sites.json: sites[3].claims[0]`). */
  path: string;
}

/** A claim with every record that carries it (one claim may be attached to several records). */
export interface LocatedClaim {
  claim: Claim;
  places: ClaimPlace[];
}

type ClaimFiles = Partial<Pick<DatasetFiles, 'entities' | 'sites' | 'flows' | 'power'>>;

/** Every Claim in the dataset, once per claim id, in the order the files list them (map, Sankey, power). */
export function collectClaims(files: ClaimFiles): LocatedClaim[] {
  const names = recordNames(files);
  const byId = new Map<string, LocatedClaim>();
  const add = (claims: readonly Claim[] | undefined, place: Omit<ClaimPlace, 'path'>, path: string) =>
    claims?.forEach((claim, i) => {
      const entry = byId.get(claim.id) ?? byId.set(claim.id, { claim, places: [] }).get(claim.id)!;
      entry.places.push({ ...place, path: `${path}.claims[${i}]` });
    });

  files.sites?.sites.forEach((site, i) =>
    add(site.claims, { view: 'map', target: site.id, label: names.site(site) }, `sites.json: sites[${i}]`),
  );
  files.flows?.links.forEach((link, i) =>
    add(link.claims, { view: 'sankey', target: link.target, label: names.link(link) }, `flows.json: links[${i}]`),
  );
  files.power?.series.forEach((series, i) =>
    series.points.forEach((point, j) =>
      add(
        point.claims,
        { view: 'power', target: series.id, label: names.point(series, point) },
        `power.json: series[${i}].points[${j}]`,
      ),
    ),
  );
  files.power?.annotations.forEach((annotation, i) =>
    add(annotation.claims, { view: 'power', target: annotation.id, label: names.annotation(annotation) }, `power.json: annotations[${i}]`),
  );
  return [...byId.values()];
}

/** A record whose location or wording is less than certain, for the panel's summary line. */
export interface FlaggedRecord {
  view: ViewId | 'entities';
  target: string;
  label: LocalText;
}

export interface ConfidenceSummary {
  /** Sites placed at their city because the plant itself is not known. */
  approxSites: FlaggedRecord[];
  /** Entities whose English name is not confirmed by a primary source. */
  unverifiedNames: FlaggedRecord[];
  /** Entities whose ticker or exchange is not confirmed. */
  unverifiedTickers: FlaggedRecord[];
  /** Sites and power figures the record itself rates low confidence. */
  lowConfidence: FlaggedRecord[];
}

export function confidenceSummary(files: ClaimFiles): ConfidenceSummary {
  const names = recordNames(files);
  const sites = files.sites?.sites ?? [];
  const entities = files.entities?.entities ?? [];
  const entityFlag = (flags: readonly string[]) =>
    entities
      .filter((e) => e.unverified?.some((f) => flags.includes(f)))
      .map((e) => ({ view: 'entities' as const, target: e.id, label: names.entity(e.id) }));
  const lowPower = (files.power?.series ?? []).flatMap((series) =>
    series.points
      .filter((p) => p.confidence === 'low')
      .map((p) => ({ view: 'power' as const, target: series.id, label: names.point(series, p) })),
  );
  return {
    approxSites: sites.filter((s) => s.approx).map((s) => ({ view: 'map', target: s.id, label: names.site(s) })),
    unverifiedNames: entityFlag(['name.en']),
    unverifiedTickers: entityFlag(['ticker', 'exchange']),
    lowConfidence: [
      ...sites.filter((s) => s.confidence === 'low').map((s) => ({ view: 'map' as const, target: s.id, label: names.site(s) })),
      ...lowPower,
    ],
  };
}
