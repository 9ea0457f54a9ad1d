import type { DatasetFiles } from '../data/schema';
import { adjacency, pathClosure, type Adjacency } from './closure';

/** What the linked views need to answer "what relates to this id?", built once per dataset. */
export interface RelationIndex {
  adj: Adjacency;
  /** Site id -> its company's entity id. */
  siteEntity: Map<string, string>;
  /** Entity id -> its site ids. */
  entitySites: Map<string, string[]>;
  /** Power series/annotation ids -> the entity ids they concern. */
  powerEntities: Map<string, string[]>;
  /** Chapter id -> every id (site, entity, series, annotation, link key) that belongs to it. */
  chapterMembers: Map<string, Set<string>>;
}

export function linkKey(link: { source: string; target: string }): string {
  return `${link.source}->${link.target}`;
}

export function buildRelationIndex(files: Partial<DatasetFiles>): RelationIndex {
  const links = files.flows?.links ?? [];
  const siteEntity = new Map<string, string>();
  const entitySites = new Map<string, string[]>();
  const chapterMembers = new Map<string, Set<string>>();
  const member = (chapters: readonly string[], ...ids: string[]) => {
    for (const ch of chapters) {
      const set = chapterMembers.get(ch) ?? chapterMembers.set(ch, new Set()).get(ch)!;
      for (const id of ids) set.add(id);
    }
  };
  for (const e of files.entities?.entities ?? []) member(e.chapters, e.id);
  for (const s of files.sites?.sites ?? []) {
    siteEntity.set(s.id, s.entity);
    (entitySites.get(s.entity) ?? entitySites.set(s.entity, []).get(s.entity)!).push(s.id);
    member(s.chapters, s.id, s.entity);
  }
  for (const l of links) member(l.chapters, linkKey(l), l.source, l.target);
  const powerEntities = new Map<string, string[]>();
  for (const s of files.power?.series ?? []) {
    if (s.entity) powerEntities.set(s.id, [s.entity]);
    member(s.chapters, s.id);
  }
  for (const a of files.power?.annotations ?? []) {
    powerEntities.set(a.id, a.entities);
    member(a.chapters, a.id);
  }
  return { adj: adjacency(links), siteEntity, entitySites, powerEntities, chapterMembers };
}

/**
 * The ids every view should keep bright when `id` is selected or hovered: for a site, its company;
 * for a company, policy or segment, its whole Sankey path (upstream and downstream); then the sites
 * of every company on that path, and the power series and annotations that concern any of them.
 */
export function relatedIds(index: RelationIndex, id: string): Set<string> {
  const company = index.siteEntity.get(id);
  const roots = company ? [company] : (index.powerEntities.get(id) ?? [id]);
  const out = new Set<string>([id]);
  for (const root of roots) for (const n of pathClosure(index.adj, root)) out.add(n);
  for (const entity of [...out]) for (const site of index.entitySites.get(entity) ?? []) out.add(site);
  for (const [powerId, entities] of index.powerEntities) {
    if (entities.some((e) => out.has(e))) out.add(powerId);
  }
  return out;
}
