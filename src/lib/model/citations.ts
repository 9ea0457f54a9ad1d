import type { Claim, DatasetFiles, LocalText, Source } from '../data/schema';
import { recordNames } from './record-labels';

/** Where a citing figure lives: one of the three views, or the entity records they share. */
export type CitationGroup = 'map' | 'sankey' | 'power' | 'entities';
export const citationGroups: readonly CitationGroup[] = ['map', 'sankey', 'power', 'entities'];

/** One figure that cites a source: a site, a link, a power series (with the years whose points cite it), an annotation or an entity. */
export interface Citation {
  group: CitationGroup;
  /** The id `select()` takes to show the figure. */
  id: string;
  label: LocalText;
  /** For power series: the years of the points that cite the source, ascending (empty when the series itself cites it). */
  years: number[];
}

type CitationFiles = Partial<Pick<DatasetFiles, 'entities' | 'sites' | 'flows' | 'power'>>;

const claimSources = (claims: readonly Claim[] | undefined) => (claims ?? []).flatMap((c) => c.sources);

/**
 * Source id -> the figures that cite it, each figure once, in dataset order. A claim's sources count
 * as citations by the record that carries the claim.
 */
export function citationIndex(files: CitationFiles): Map<string, Citation[]> {
  const names = recordNames(files);
  const index = new Map<string, Map<string, Citation>>();
  /** Citations made by a whole record (not just some of its points): they list no years. */
  const whole = new Set<Citation>();
  const cite = (sourceIds: readonly string[], group: CitationGroup, id: string, label: LocalText, year?: number) => {
    for (const sourceId of sourceIds) {
      const figures = index.get(sourceId) ?? index.set(sourceId, new Map()).get(sourceId)!;
      // Links have no id of their own: key them by group+label so two links to one node stay apart.
      const key = `${group}:${id}:${label.en}`;
      const citation = figures.get(key) ?? figures.set(key, { group, id, label, years: [] }).get(key)!;
      if (year === undefined) whole.add(citation);
      else if (!citation.years.includes(year)) citation.years.push(year);
    }
  };

  for (const e of files.entities?.entities ?? []) cite(e.sources, 'entities', e.id, e.name);
  for (const s of files.sites?.sites ?? []) cite([...s.sources, ...claimSources(s.claims)], 'map', s.id, names.site(s));
  for (const l of files.flows?.links ?? []) cite([...l.sources, ...claimSources(l.claims)], 'sankey', l.target, names.link(l));
  for (const series of files.power?.series ?? []) {
    cite(series.sources, 'power', series.id, names.series(series));
    for (const p of series.points) cite([...p.sources, ...claimSources(p.claims)], 'power', series.id, names.series(series), p.year);
  }
  for (const a of files.power?.annotations ?? []) cite([...a.sources, ...claimSources(a.claims)], 'power', a.id, names.annotation(a));

  return new Map(
    [...index].map(([sourceId, figures]) => [
      sourceId,
      [...figures.values()].map((c) => ({ ...c, years: whole.has(c) ? [] : [...c.years].sort((a, b) => a - b) })),
    ]),
  );
}

/** A source's section in the sources panel: the one group that cites it, or 'several'. */
export type SourceSection = CitationGroup | 'several' | 'uncited';
export const sourceSections: readonly SourceSection[] = [...citationGroups, 'several', 'uncited'];

/** The sources in panel sections, each source in exactly one section, keeping the sources file's order. */
export function sourcesBySection(sources: readonly Source[], index: Map<string, Citation[]>): Map<SourceSection, Source[]> {
  const sections = new Map<SourceSection, Source[]>(sourceSections.map((s) => [s, []]));
  for (const source of sources) {
    const groups = new Set((index.get(source.id) ?? []).map((c) => c.group));
    const section: SourceSection = groups.size === 0 ? 'uncited' : groups.size === 1 ? [...groups][0]! : 'several';
    sections.get(section)!.push(source);
  }
  return sections;
}
