import { describe, expect, it } from 'vitest';
import { normalise, searchEntities } from '../../../src/lib/model/search';
import type { Entity } from '../../../src/lib/data/schema';

const entity = (id: string, zh: string, en: string, ticker: string | null, kind: Entity['kind'] = 'company'): Entity => ({
  id,
  kind,
  name: { zh, en },
  ticker,
  exchange: null,
  country: 'TW',
  hq: null,
  chapters: [],
  sources: [],
});
const entities = [
  entity('quanta', '廣達', 'Quanta Computer Inc.', '2382.TW'),
  entity('tsmc', '台積電', 'Taiwan Semiconductor Manufacturing Co.', '2330.TW'),
  entity('policy-tariffs', '關稅', 'US tariffs', null, 'policy'),
  entity('ch-power', '電力困局', 'The power crunch', null, 'chapter'),
];

describe('searchEntities', () => {
  it('finds by Chinese name, English name and ticker', () => {
    expect(searchEntities(entities, '廣達')[0]?.id).toBe('quanta');
    expect(searchEntities(entities, 'quanta')[0]?.id).toBe('quanta');
    expect(searchEntities(entities, '2382')[0]?.id).toBe('quanta');
    expect(searchEntities(entities, '2330.tw')[0]?.id).toBe('tsmc');
  });
  it('folds full-width characters and case', () => {
    expect(normalise('ＴＳＭＣ')).toBe('tsmc');
    expect(searchEntities(entities, 'ＱＵＡＮＴＡ')[0]?.id).toBe('quanta');
  });
  it('finds policies but not chapters', () => {
    expect(searchEntities(entities, 'tariff').map((h) => h.id)).toEqual(['policy-tariffs']);
    expect(searchEntities(entities, '電力')).toEqual([]);
  });
  it('returns nothing for an empty query', () => {
    expect(searchEntities(entities, '  ')).toEqual([]);
  });
});
