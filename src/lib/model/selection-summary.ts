import type { DatasetFiles, Entity, LocalText } from '../data/schema';
import type { Lang } from '../i18n/lang';

export interface SelectionSummary {
  id: string;
  name: string;
  kind: Entity['kind'] | 'site' | 'series' | 'annotation';
  sites: number;
  flows: number;
}

/**
 * What a selection is, in words: its name and how much of each view it touches
 * ("Quanta Computer · 3 sites · 4 flows"). Unknown ids yield null: the URL may carry anything.
 */
export function summarise(id: string, files: Partial<DatasetFiles>, related: ReadonlySet<string>, lang: Lang): SelectionSummary | null {
  // Runs on every hover (the bar follows it): two lookups do not pay for a Map of every entity.
  const entities = files.entities?.entities ?? [];
  const entityOf = (key: string) => entities.find((e) => e.id === key);
  const sites = files.sites?.sites ?? [];
  const links = files.flows?.links ?? [];
  const name = (t: LocalText) => t[lang];
  const count = { sites: sites.filter((s) => related.has(s.id)).length, flows: links.filter((l) => related.has(l.source) && related.has(l.target)).length };
  const entity = entityOf(id);
  if (entity) return { id, name: name(entity.name), kind: entity.kind, ...count };
  const site = sites.find((s) => s.id === id);
  if (site) {
    const company = entityOf(site.entity);
    return { id, name: `${company ? name(company.name) : site.entity} · ${name(site.city)}`, kind: 'site', ...count };
  }
  const series = files.power?.series.find((s) => s.id === id);
  if (series) return { id, name: name(series.label), kind: 'series', ...count };
  const annotation = files.power?.annotations.find((a) => a.id === id);
  if (annotation) return { id, name: name(annotation.label), kind: 'annotation', ...count };
  return null;
}
