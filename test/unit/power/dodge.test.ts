import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodge } from '../../../src/lib/model/power/dodge';

describe('dodge', () => {
  it('leaves labels that are far apart where they are', () => {
    expect(dodge([10, 50, 90], 12, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes crowded labels apart in their original order', () => {
    const out = dodge([50, 45, 52], 12, 0, 200);
    expect(out[1]).toBe(45);
    expect(out[0]).toBe(57);
    expect(out[2]).toBe(69);
  });

  it('packs back from the bottom edge', () => {
    expect(dodge([95, 96], 10, 0, 100)).toEqual([90, 100]);
  });

  it('property: stays in range with the gap kept whenever the range can hold them all', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 250 }), { maxLength: 8 }), (ys) => {
        const gap = 12;
        const out = dodge(ys, gap, 0, 200);
        const sorted = [...out].sort((a, b) => a - b);
        for (const y of out) {
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(200);
        }
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(gap - 1e-9);
      }),
    );
  });
});
