import type { Entity, Site } from '../../../src/lib/data/schema';

/** A small dataset shaped like data/*.json: enough to exercise every branch of the map model. */
export function entity(id: string, hq: [number, number] | null): Entity {
  return {
    id,
    kind: 'company',
    name: { zh: id, en: id },
    ticker: null,
    exchange: null,
    country: 'TW',
    hq: hq ? { lat: hq[1], lon: hq[0], place: { zh: '台北', en: 'Taipei' }, approx: false } : null,
    chapters: ['ch2'],
    sources: ['s1'],
  };
}

export function site(id: string, over: Partial<Site> = {}): Site {
  return {
    id,
    entity: 'tsmc',
    facility: null,
    city: { zh: '鳳凰城', en: 'Phoenix' },
    region: { zh: '亞利桑那', en: 'Arizona' },
    country: 'US',
    lat: 33.45,
    lon: -112.07,
    approx: false,
    role: 'foundry',
    investment: { amount: 165e9, currency: 'USD' },
    announced: '2025-03',
    status: 'construction',
    statusNote: { zh: '', en: '' },
    origin: 'tsmc',
    confidence: 'high',
    chapters: ['ch2'],
    sources: ['s1'],
    ...over,
  };
}

/** The five places the Corridor framing must show. */
export const corridorCities: Record<string, [number, number]> = {
  Phoenix: [-112.07, 33.45],
  'Fort Worth': [-97.33, 32.76],
  Houston: [-95.37, 29.76],
  'Ciudad Juárez': [-106.42, 31.69],
  Guadalajara: [-103.35, 20.67],
};
