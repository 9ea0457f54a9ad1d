import { describe, expect, it } from 'vitest';
import { claimText, mapRows, powerRows, sankeyRows, viewRows } from '../../../src/lib/export/rows';
import { files } from './fixture';

describe('rows behind each view', () => {
  it('map: one row per site, bilingual names, nulls left empty, sources and claims spelled out', () => {
    const rows = mapRows(files);
    expect(rows).toHaveLength(files.sites.sites.length);
    expect(rows[0]).toMatchObject({
      id: 'tsmc-phoenix',
      company_zh: '台積電',
      company_en: 'TSMC',
      ticker: '2330.TW',
      city_zh: '鳳凰城',
      city_en: 'Phoenix',
      lat: 33.4,
      lon: -112.1,
      approx: false,
      investment: 165e9,
      currency: 'USD',
      announced: '2020-05',
      status: 'operating',
      confidence: 'high',
      source_titles: 'TSMC annual report, "2024"',
      source_urls: 'https://example.com/a',
      claims_en: '',
    });
    expect(rows[1]).toMatchObject({ investment: null, currency: null, announced: null });
    const wistron = rows[2]!;
    expect(wistron.approx).toBe(true);
    expect(wistron.source_urls).toBe('');
    expect(String(wistron.claims_zh).split(' | ')).toHaveLength(2);
    expect(wistron.claims_en).toContain('The article says article wistron-city / The record says record wistron-city (differs from the record)');
  });

  it('every map row has the same columns, in the same order', () => {
    const keys = mapRows(files).map((r) => Object.keys(r).join());
    expect(new Set(keys).size).toBe(1);
  });

  it('sankey: one row per link; a missing magnitude stays empty rather than 1', () => {
    const rows = sankeyRows(files);
    expect(rows).toHaveLength(files.flows.links.length);
    expect(rows[0]).toMatchObject({ source: 'export-fee', source_zh: '出口規費', target_en: 'NVIDIA', value: null, unit: null, chapters: 'ch-move' });
    expect(rows[1]).toMatchObject({ target_zh: '超微', value: 13, unit: '%' });
  });

  it('power: one row per point of every series, with the point’s own sources and claims', () => {
    const rows = powerRows(files);
    expect(rows).toHaveLength(files.power.series.flatMap((s) => s.points).length);
    expect(rows.map((r) => [r.year, r.value, r.kind])).toEqual([
      [2020, 6, 'actual'],
      [2024, 9, 'actual'],
      [2030, null, 'projection'],
    ]);
    expect(rows[0]).toMatchObject({ series: 'tsmc-share', series_zh: '台積電占台灣用電', unit: '%', source_titles: 'IEA Energy and AI' });
    expect(rows[0]!.claims_zh).toContain('文章說法 文章 tsmc-6pct');
    expect(rows[2]!.note_en).toBe('no figure');
  });

  it('is keyed by view', () => {
    expect(Object.keys(viewRows).sort()).toEqual(['map', 'power', 'sankey']);
    expect(viewRows.map(files)).toEqual(mapRows(files));
  });

  it('claimText is empty for no claims', () => {
    expect(claimText(undefined, 'en')).toBe('');
    expect(claimText([], 'zh')).toBe('');
  });
});
