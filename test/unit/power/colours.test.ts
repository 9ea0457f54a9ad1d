import { describe, expect, it } from 'vitest';
import { seriesColour } from '../../../src/lib/model/power/colours';
import { fixture } from './fixture';

const colour = (id: string) => seriesColour(fixture.series.find((s) => s.id === id)!, fixture.series);

describe('seriesColour', () => {
  it('colours a scenario the same in both units', () => {
    expect(colour('dc-twh-liftoff')).toBe(colour('dc-share-liftoff'));
    expect(colour('dc-twh-base')).not.toBe(colour('dc-twh-liftoff'));
  });
  it('gives a series of claims the claim colour', () => {
    expect(colour('dc-share-claim')).toBe('var(--claim)');
  });
  it('gives the series drawn together distinct colours', () => {
    const drawn = ['tsmc-share', 'tsmc-share-scenario', 'tsmc-share-2022-projection'].map(colour);
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});
