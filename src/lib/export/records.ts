import type { DatasetFiles, Entity, Source, ViewId } from '../data/schema';

type Files = Partial<Pick<DatasetFiles, 'entities' | 'sources' | 'sites' | 'flows' | 'power'>>;

/** How often each id is listed under a `sources` key anywhere in `value` (records, their points, their claims). */
export function citationCounts(value: unknown, out = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(value)) for (const v of value) citationCounts(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string')) for (const id of v) out.set(id, (out.get(id) ?? 0) + 1);
      else citationCounts(v, out);
    }
  }
  return out;
}

/** The records a view draws, as the dataset holds them (nested claims and all). */
function drawn(view: ViewId, files: Files): { records: Record<string, unknown>; entityIds: Set<string> } {
  if (view === 'map') {
    const sites = files.sites?.sites ?? [];
    return { records: { sites }, entityIds: new Set(sites.flatMap((s) => (s.origin ? [s.entity, s.origin] : [s.entity]))) };
  }
  if (view === 'sankey') {
    const flows = files.flows;
    return {
      records: { widthMeaning: flows?.widthMeaning ?? null, nodes: flows?.nodes ?? [], links: flows?.links ?? [] },
      entityIds: new Set((flows?.nodes ?? []).map((n) => n.id)),
    };
  }
  const series = files.power?.series ?? [];
  const annotations = files.power?.annotations ?? [];
  return {
    records: { series, annotations },
    entityIds: new Set([...series.flatMap((s) => (s.entity ? [s.entity] : [])), ...annotations.flatMap((a) => a.entities)]),
  };
}

/**
 * The data behind a view for the JSON download: its records unflattened, the entities they name and
 * every source they cite, most cited first (the order the image's source line names them), so the
 * file stands on its own.
 */
export function viewRecords(view: ViewId, files: Files): { view: ViewId; entities: Entity[]; sources: Source[] } & Record<string, unknown> {
  const { records, entityIds } = drawn(view, files);
  const entities = (files.entities?.entities ?? []).filter((e) => entityIds.has(e.id));
  const counts = citationCounts([records, entities]);
  const sources = (files.sources?.sources ?? []).filter((s) => counts.has(s.id));
  // A stable sort: equally cited sources keep the sources file's order.
  sources.sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
  return { view, ...records, entities, sources };
}
