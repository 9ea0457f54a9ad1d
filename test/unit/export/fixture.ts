import type { Claim, DatasetFiles, Entity, Site } from '../../../src/lib/data/schema';

/** A small dataset shaped like the article's: Chinese names, an approximate site, claims on every kind of record. */
const t = (en: string, zh = en) => ({ en, zh });

function entity(id: string, kind: Entity['kind'], en: string, zh: string, extra: Partial<Entity> = {}): Entity {
  return { id, kind, name: t(en, zh), ticker: null, exchange: null, country: null, hq: null, chapters: [], sources: [], ...extra };
}

function claim(id: string, verdict: Claim['verdict'], sources: string[]): Claim {
  return {
    id,
    topic: t(`topic ${id}`, `主題 ${id}`),
    article: { value: 1, text: t(`article ${id}`, `文章 ${id}`) },
    record: { value: 2, text: t(`record ${id}`, `紀錄 ${id}`) },
    unit: null,
    verdict,
    note: t(`note ${id}`, `說明 ${id}`),
    sources,
  };
}

function site(id: string, entityId: string, city: [string, string], extra: Partial<Site> = {}): Site {
  return {
    id,
    entity: entityId,
    facility: null,
    city: t(...city),
    region: t('Arizona', '亞利桑那州'),
    country: 'US',
    lat: 33.4,
    lon: -112.1,
    approx: false,
    role: 'foundry',
    investment: null,
    announced: null,
    status: 'operating',
    statusNote: t('operating', '營運中'),
    origin: null,
    confidence: 'high',
    chapters: ['ch-move'],
    sources: ['src-a'],
    ...extra,
  };
}

export const files: DatasetFiles = {
  entities: {
    entities: [
      entity('ch-move', 'chapter', 'The move north', '北美大遷徙', { order: 1 }),
      entity('tsmc', 'company', 'TSMC', '台積電', { ticker: '2330.TW', short: t('TSMC', '台積電'), sources: ['src-a'] }),
      entity('amkor', 'company', 'Amkor Technology', '艾克爾', { ticker: 'AMKR', short: t('Amkor', '艾克爾'), sources: ['src-b'] }),
      entity('wistron', 'company', 'Wistron', '緯創', { ticker: '3231.TW', unverified: ['ticker'] }),
      entity('faraday', 'company', 'Faraday', '巨有科技', { unverified: ['name.en'] }),
      entity('export-fee', 'policy', 'Export fee', '出口規費'),
      entity('nvidia', 'company', 'NVIDIA', '輝達'),
      entity('amd', 'company', 'AMD', '超微'),
    ],
  },
  sources: {
    sources: [
      { id: 'src-a', title: 'TSMC annual report, "2024"', publisher: 'TSMC', url: 'https://example.com/a', date: '2025-03' },
      { id: 'src-b', title: 'Amkor award, final', publisher: 'US Commerce', url: 'https://example.com/b', date: '2024-12' },
      { id: 'src-c', title: '緯創董事會公告', publisher: '自由時報', url: null, date: null },
      { id: 'src-d', title: 'IEA Energy and AI', publisher: 'IEA', url: 'https://example.com/d', date: '2025-04' },
      { id: 'src-unused', title: 'Never cited', publisher: 'Nobody', url: null, date: null },
    ],
  },
  sites: {
    sites: [
      site('tsmc-phoenix', 'tsmc', ['Phoenix', '鳳凰城'], { investment: { amount: 165e9, currency: 'USD' }, announced: '2020-05', origin: 'tsmc' }),
      site('amkor-peoria', 'amkor', ['Peoria', '皮奧里亞'], {
        role: 'packaging',
        sources: ['src-b'],
        claims: [claim('amkor-award', 'outdated', ['src-b'])],
      }),
      site('wistron-fort-worth', 'wistron', ['Fort Worth, TX', '沃斯堡'], {
        approx: true,
        role: 'server',
        confidence: 'low',
        sources: ['src-c'],
        claims: [claim('wistron-city', 'differs', ['src-c']), claim('wistron-amount', 'unverified', ['src-c'])],
      }),
    ],
  },
  flows: {
    widthMeaning: t('width = number of links', '寬度＝關係數'),
    nodes: [
      { id: 'export-fee', column: 0 },
      { id: 'nvidia', column: 2 },
      { id: 'amd', column: 2 },
    ],
    links: [
      { source: 'export-fee', target: 'nvidia', value: null, unit: null, note: t('fee on H20', 'H20 規費'), chapters: ['ch-move'], sources: ['src-a'], claims: [claim('china-share', 'swapped', ['src-a'])] },
      { source: 'export-fee', target: 'amd', value: 13, unit: '%', note: t('fee on MI308', 'MI308 規費'), chapters: ['ch-move'], sources: ['src-a'], claims: [claim('china-share', 'swapped', ['src-a'])] },
    ],
  },
  power: {
    series: [
      {
        id: 'tsmc-share',
        label: t('TSMC share of Taiwan electricity', '台積電占台灣用電'),
        unit: '%',
        panel: 'taiwan',
        measure: 'tsmc-share',
        scenario: null,
        entity: 'tsmc',
        chapters: ['ch-move'],
        sources: ['src-a'],
        points: [
          { year: 2020, value: 6, kind: 'actual', confidence: 'medium', sources: ['src-d'], claims: [claim('tsmc-6pct', 'outdated', ['src-d'])] },
          { year: 2024, value: 9, kind: 'actual', confidence: 'high', sources: ['src-d'] },
          { year: 2030, value: null, kind: 'projection', confidence: 'low', sources: ['src-d'], note: t('no figure', '無數字') },
        ],
      },
    ],
    annotations: [
      {
        id: 'claim-21pct',
        kind: 'claim',
        panel: 'global',
        from: 2030,
        to: 2030,
        label: t('“21% by 2030”', '「2030 年 21%」'),
        body: t('body', '內文'),
        amount: null,
        entities: [],
        chapters: ['ch-move'],
        sources: ['src-d'],
        claims: [claim('claim-21pct', 'misattributed', ['src-d'])],
      },
    ],
  },
  story: { title: t('story', '故事'), scenes: [{ id: 's1', title: t('s'), body: t('b'), notes: t('n'), views: ['map'], selection: null, chapter: null, framing: null }] },
};
