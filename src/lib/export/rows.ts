import type { Claim, DatasetFiles, Source, ViewId } from '../data/schema';
import { verdictText } from '../i18n/panels';
import { detailText } from '../i18n/details';
import type { Lang } from '../i18n/lang';

/** One CSV row: flat, bilingual where the data is, nulls left empty (never "null" or 0). */
export type Row = Record<string, string | number | boolean | null>;

type Files = Partial<Pick<DatasetFiles, 'entities' | 'sources' | 'sites' | 'flows' | 'power'>>;

/** Several values in one cell. */
const LIST = ' | ';

function sourceCells(files: Files) {
  const byId = new Map<string, Source>((files.sources?.sources ?? []).map((s) => [s.id, s]));
  return (ids: readonly string[], claims: readonly Claim[] = []) => {
    const cited = [...new Set([...ids, ...claims.flatMap((c) => c.sources)])].map((id) => byId.get(id));
    return {
      source_titles: cited.map((s) => s?.title ?? '').join(LIST),
      source_urls: cited.map((s) => s?.url ?? '').join(LIST),
    };
  };
}

/** "Topic: the article says … / the record says … (verdict)", one per claim, in one language. */
export function claimText(claims: readonly Claim[] | undefined, lang: Lang): string {
  const t = detailText[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  return (claims ?? [])
    .map((c) => `${c.topic[lang]}${colon}${t.articleSays} ${c.article.text[lang]} / ${t.recordSays} ${c.record.text[lang]} (${verdictText[lang][c.verdict]})`)
    .join(LIST);
}

const claimCells = (claims: readonly Claim[] | undefined) => ({ claims_zh: claimText(claims, 'zh'), claims_en: claimText(claims, 'en') });

/** Map: one row per site. */
export function mapRows(files: Files): Row[] {
  const entities = new Map((files.entities?.entities ?? []).map((e) => [e.id, e]));
  const sources = sourceCells(files);
  return (files.sites?.sites ?? []).map((s) => {
    const company = entities.get(s.entity);
    return {
      id: s.id,
      company_zh: company?.name.zh ?? s.entity,
      company_en: company?.name.en ?? s.entity,
      ticker: company?.ticker ?? null,
      facility_zh: s.facility?.zh ?? null,
      facility_en: s.facility?.en ?? null,
      city_zh: s.city.zh,
      city_en: s.city.en,
      region_en: s.region.en,
      country: s.country,
      role: s.role,
      lat: s.lat,
      lon: s.lon,
      approx: s.approx,
      investment: s.investment?.amount ?? null,
      currency: s.investment?.currency ?? null,
      announced: s.announced,
      status: s.status,
      confidence: s.confidence,
      ...sources(s.sources, s.claims),
      ...claimCells(s.claims),
    };
  });
}

/** Sankey: one row per link. A null value means the link has no measured magnitude (it counts 1 in the drawing). */
export function sankeyRows(files: Files): Row[] {
  const entities = new Map((files.entities?.entities ?? []).map((e) => [e.id, e]));
  const sources = sourceCells(files);
  return (files.flows?.links ?? []).map((l) => ({
    source: l.source,
    source_zh: entities.get(l.source)?.name.zh ?? l.source,
    source_en: entities.get(l.source)?.name.en ?? l.source,
    target: l.target,
    target_zh: entities.get(l.target)?.name.zh ?? l.target,
    target_en: entities.get(l.target)?.name.en ?? l.target,
    value: l.value,
    unit: l.unit,
    note_zh: l.note.zh,
    note_en: l.note.en,
    chapters: l.chapters.join(LIST),
    ...sources(l.sources, l.claims),
    ...claimCells(l.claims),
  }));
}

/** Power: one row per point of every series. */
export function powerRows(files: Files): Row[] {
  const sources = sourceCells(files);
  return (files.power?.series ?? []).flatMap((s) =>
    s.points.map((p) => ({
      series: s.id,
      series_zh: s.label.zh,
      series_en: s.label.en,
      panel: s.panel,
      measure: s.measure,
      scenario: s.scenario,
      entity: s.entity,
      year: p.year,
      value: p.value,
      unit: s.unit,
      bound: p.bound ?? null,
      kind: p.kind,
      confidence: p.confidence,
      note_zh: p.note?.zh ?? null,
      note_en: p.note?.en ?? null,
      ...sources(p.sources, p.claims),
      ...claimCells(p.claims),
    })),
  );
}

export const viewRows: Record<ViewId, (files: Files) => Row[]> = { map: mapRows, sankey: sankeyRows, power: powerRows };
