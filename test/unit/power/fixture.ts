import type { Claim, PowerFile, PowerPoint, PowerSeries } from '../../../src/lib/data/schema';

const t = (en: string) => ({ zh: en, en });
const pt = (year: number, value: number | null, kind: PowerPoint['kind'], extra: Partial<PowerPoint> = {}): PowerPoint => ({
  year,
  value,
  kind,
  confidence: 'high',
  sources: ['iea'],
  ...extra,
});
const series = (id: string, unit: PowerSeries['unit'], panel: PowerSeries['panel'], measure: string, points: PowerPoint[], extra: Partial<PowerSeries> = {}): PowerSeries => ({
  id,
  label: t(id),
  unit,
  panel,
  measure,
  scenario: null,
  entity: null,
  chapters: ['power'],
  points,
  sources: ['iea'],
  ...extra,
});

export const claim21: Claim = {
  id: 'claim-21',
  topic: t('21% by 2030'),
  article: { value: 21, text: t('21% by 2030, per the IEA') },
  record: { value: 4.4, text: t('IEA highest: 4.4% in 2035') },
  unit: '%',
  verdict: 'misattributed',
  note: t('ICT-wide 2015 projection'),
  sources: ['iea'],
};

/** A small file shaped like data/power.json, for tests that must not depend on the shipped data. */
export const fixture: PowerFile = {
  series: [
    series('dc-twh-base', 'TWh', 'global', 'dc', [pt(2024, 415, 'actual', { bound: 'about' }), pt(2030, 945, 'projection'), pt(2035, 1200, 'projection')], { scenario: 'base' }),
    series('dc-twh-liftoff', 'TWh', 'global', 'dc', [pt(2024, 415, 'actual', { bound: 'about' }), pt(2035, 1720, 'projection')], { scenario: 'lift-off' }),
    series('dc-twh-headwinds', 'TWh', 'global', 'dc', [pt(2035, 700, 'projection', { confidence: 'low' })], { scenario: 'headwinds' }),
    series('dc-share-base', '%', 'global', 'dc', [pt(2024, 1.5, 'actual'), pt(2030, 3, 'projection', { bound: 'below' }), pt(2035, 3.2, 'projection')], { scenario: 'base' }),
    series('dc-share-liftoff', '%', 'global', 'dc', [pt(2035, 4.4, 'projection')], { scenario: 'lift-off' }),
    series('dc-share-headwinds', '%', 'global', 'dc', [pt(2035, 2, 'projection', { bound: 'below' })], { scenario: 'headwinds' }),
    series('dc-share-claim', '%', 'global', 'dc', [pt(2030, 21, 'claim', { claims: [claim21] })]),
    series(
      'tsmc-twh',
      'TWh',
      'taiwan',
      'tsmc',
      [pt(2020, 16, 'derived'), pt(2022, 20, 'actual', { bound: 'above' }), pt(2023, 24, 'actual', { bound: 'above' }), pt(2024, 25.55, 'actual')],
      { entity: 'tsmc' },
    ),
    series('taiwan-twh', 'TWh', 'taiwan', 'taiwan', [pt(2018, 266.6, 'actual'), pt(2020, 271.2, 'derived'), pt(2022, 279.5, 'actual'), pt(2023, null, 'actual'), pt(2024, 283.82, 'actual')]),
    series(
      'tsmc-share',
      '%',
      'taiwan',
      'tsmc',
      [
        pt(2020, 6, 'claim'),
        pt(2023, 8, 'actual', { bound: 'above', confidence: 'medium' }),
        pt(2024, 9, 'actual', { bound: 'about' }),
        pt(2025, 10, 'projection', { bound: 'above' }),
      ],
      { entity: 'tsmc' },
    ),
    series('tsmc-share-scenario', '%', 'taiwan', 'tsmc', [pt(2023, 8, 'actual', { bound: 'above' }), pt(2030, 23.7, 'projection', { bound: 'about' })], { entity: 'tsmc' }),
    series('tsmc-share-2022-projection', '%', 'taiwan', 'tsmc', [pt(2025, 12.5, 'projection')], { entity: 'tsmc' }),
  ],
  annotations: [
    {
      id: 'claim-21-note',
      kind: 'claim',
      panel: 'global',
      from: 2030,
      to: 2030,
      label: t('Article: 21%'),
      body: t('IEA highest 4.4% in 2035'),
      amount: null,
      entities: [],
      chapters: ['power'],
      sources: ['iea'],
    },
    {
      id: 'blackout',
      kind: 'note',
      panel: 'taiwan',
      from: 2022,
      to: 2022,
      label: t('Blackout'),
      body: t('5.49 million households'),
      amount: null,
      entities: [],
      chapters: ['power'],
      sources: ['taipower'],
    },
    {
      id: 'grid-plan',
      kind: 'period',
      panel: 'taiwan',
      from: 2022,
      to: 2032,
      label: t('Grid resilience plan'),
      body: t('NT$564.5 bn'),
      amount: { value: 564.5e9, currency: 'TWD' },
      parts: [
        { label: t('Decentralise'), amount: { value: 437.9e9, currency: 'TWD' } },
        { label: t('Strengthen'), amount: { value: 125.0e9, currency: 'TWD' } },
        { label: t('Defend'), amount: { value: 1.69e9, currency: 'TWD' } },
      ],
      entities: ['taipower', 'teco'],
      chapters: ['power'],
      sources: ['taipower'],
    },
  ],
};
