import type { DatasetFiles, FlowLink, LocalText, PowerAnnotation, PowerPoint, PowerSeries, Site } from '../data/schema';

/**
 * Reader-facing names for individual records ("TSMC · Phoenix", "Export fee → NVIDIA"), shared by
 * the fact-check panel, the sources panel and the exports so a record is called the same everywhere.
 */
export interface RecordNames {
  entity(id: string): LocalText;
  site(site: Site): LocalText;
  link(link: FlowLink): LocalText;
  series(series: PowerSeries): LocalText;
  point(series: PowerSeries, point: Pick<PowerPoint, 'year'>): LocalText;
  annotation(annotation: PowerAnnotation): LocalText;
}

const join = (a: LocalText, b: LocalText, sep: string): LocalText => ({ zh: `${a.zh}${sep}${b.zh}`, en: `${a.en}${sep}${b.en}` });

export function recordNames(files: Partial<Pick<DatasetFiles, 'entities'>>): RecordNames {
  const names = new Map((files.entities?.entities ?? []).map((e) => [e.id, e.short ?? e.name]));
  // An id the entities file does not know still gets a name: its id, never an empty label.
  const entity = (id: string): LocalText => names.get(id) ?? { zh: id, en: id };
  return {
    entity,
    site: (site) => join(entity(site.entity), site.city, ' · '),
    link: (link) => join(entity(link.source), entity(link.target), ' → '),
    series: (series) => series.label,
    point: (series, point) => join(series.label, { zh: String(point.year), en: String(point.year) }, ' · '),
    annotation: (annotation) => annotation.label,
  };
}
