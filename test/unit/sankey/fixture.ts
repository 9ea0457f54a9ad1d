import type { Entity, FlowLink, FlowsFile } from '../../../src/lib/data/schema';

/** A small dataset shaped like the article's story, for the Sankey model tests. */
const t = (en: string, zh = en) => ({ en, zh });

function entity(id: string, kind: Entity['kind'], en: string, zh: string, extra: Partial<Entity> = {}): Entity {
  return { id, kind, name: t(en, zh), ticker: null, exchange: null, country: null, hq: null, chapters: [], sources: [], ...extra };
}

export const entities: Entity[] = [
  entity('ch-geo', 'chapter', 'Geopolitics', '地緣政治', { order: 1 }),
  entity('ch-move', 'chapter', 'The move north', '北美大遷徙', { order: 2 }),
  entity('export-fee', 'policy', 'US 15% export licence fee', '美國 15% 出口許可費', { short: t('15% fee', '15% 規費') }),
  entity('china-counter', 'policy', 'China’s counter-measures', '中國反制'),
  entity('chips-act', 'policy', 'CHIPS Act and tariffs', '晶片法案與關稅'),
  entity('asic', 'segment', 'ASIC design services', 'ASIC 設計服務'),
  entity('gpu', 'segment', 'AI accelerators', 'AI 加速器'),
  entity('servers', 'segment', 'AI servers', 'AI 伺服器'),
  entity('nvidia', 'company', 'NVIDIA', '輝達', { ticker: 'NVDA' }),
  entity('amd', 'company', 'AMD', '超微', { ticker: 'AMD' }),
  entity('alchip', 'company', 'Alchip Technologies', '世芯-KY', { ticker: '3661.TW' }),
  entity('faraday', 'company', 'Faraday', '巨有科技', { ticker: '8227.TWO', unverified: ['name.en'] }),
  entity('quanta', 'company', 'Quanta Computer', '廣達', { ticker: '2382.TW' }),
];

const link = (source: string, target: string, chapters: string[], extra: Partial<FlowLink> = {}): FlowLink => ({
  source,
  target,
  value: null,
  unit: null,
  note: t(`${source} to ${target}`),
  chapters,
  sources: ['src'],
  ...extra,
});

export const claim = {
  id: 'china-share',
  topic: t('China’s share of revenue'),
  article: { value: 24, text: t('NVIDIA 24%') },
  record: { value: 13, text: t('NVIDIA 13%') },
  unit: '%',
  verdict: 'swapped' as const,
  note: t('swapped'),
  sources: ['src'],
};

export const flows: FlowsFile = {
  widthMeaning: t('width = number of links', '寬度＝關係數'),
  nodes: [
    { id: 'export-fee', column: 0 },
    { id: 'chips-act', column: 0 },
    { id: 'china-counter', column: 0 },
    { id: 'servers', column: 1 },
    { id: 'gpu', column: 1 },
    { id: 'asic', column: 1 },
    { id: 'quanta', column: 2 },
    { id: 'alchip', column: 2 },
    { id: 'nvidia', column: 2 },
    { id: 'faraday', column: 2 },
    { id: 'amd', column: 2 },
  ],
  links: [
    link('export-fee', 'gpu', ['ch-geo']),
    link('china-counter', 'asic', ['ch-geo']),
    link('chips-act', 'servers', ['ch-move']),
    link('gpu', 'nvidia', ['ch-geo'], { claims: [claim] }),
    link('gpu', 'amd', ['ch-geo']),
    link('asic', 'alchip', ['ch-geo']),
    link('asic', 'faraday', ['ch-geo']),
    link('servers', 'quanta', ['ch-move']),
  ],
};

export const entityMap = new Map(entities.map((e) => [e.id, e]));
export const entityIds = new Set(entities.map((e) => e.id));
