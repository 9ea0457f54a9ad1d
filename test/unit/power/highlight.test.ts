import { describe, expect, it } from 'vitest';
import { isDimmed, selectionId, twins } from '../../../src/lib/model/power/highlight';
import { fixture } from './fixture';

describe('isDimmed', () => {
  it('keeps everything bright with nothing active and no chapter', () => {
    expect(isDimmed(['a'], ['power'], null, null)).toBe(false);
  });
  it('dims what the related set leaves out, keeps what it (or a twin) holds', () => {
    const lit = new Set(['tsmc', 'tsmc-share']);
    expect(isDimmed(['tsmc-share'], ['power'], lit, null)).toBe(false);
    expect(isDimmed(['tsmc-twh', 'tsmc-share'], ['power'], lit, null)).toBe(false);
    expect(isDimmed(['dc-twh-base'], ['power'], lit, null)).toBe(true);
  });
  it('dims what is outside the chapter, whatever is active', () => {
    expect(isDimmed(['a'], ['power'], null, 'geopolitics')).toBe(true);
    expect(isDimmed(['a'], ['power'], new Set(['a']), 'geopolitics')).toBe(true);
    expect(isDimmed(['a'], ['power'], null, 'power')).toBe(false);
  });
});

describe('twins', () => {
  it('pairs the units and scenarios of one measure in one panel', () => {
    const base = fixture.series.find((s) => s.id === 'dc-twh-base')!;
    expect(twins(base, fixture.series).sort()).toEqual(['dc-share-base', 'dc-share-claim', 'dc-share-headwinds', 'dc-share-liftoff', 'dc-twh-base', 'dc-twh-headwinds', 'dc-twh-liftoff']);
  });
});

describe('selectionId', () => {
  it('selects the entity of a series, else the mark itself', () => {
    expect(selectionId({ id: 'tsmc-share', entity: 'tsmc' })).toBe('tsmc');
    expect(selectionId({ id: 'dc-twh-base', entity: null })).toBe('dc-twh-base');
    expect(selectionId({ id: 'grid-plan' })).toBe('grid-plan');
  });
});
