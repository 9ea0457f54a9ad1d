import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fanOut, type MarkIn } from '../../../src/lib/model/map/clusters';

describe('fanOut', () => {
  it('leaves marks that do not overlap where they are', () => {
    const { marks, clusters } = fanOut([
      { id: 'a', x: 0, y: 0, r: 5 },
      { id: 'b', x: 100, y: 0, r: 5 },
    ]);
    expect(clusters).toHaveLength(2);
    expect(marks.every((m) => !m.fanned && m.x === m.px && m.y === m.py)).toBe(true);
  });

  it('rings co-located marks round the largest, which stays on its place', () => {
    const { marks, clusters } = fanOut([
      { id: 'small', x: 50, y: 50, r: 3 },
      { id: 'big', x: 50, y: 50, r: 20 },
      { id: 'mid', x: 51, y: 50, r: 6 },
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ anchor: 'big', members: ['big', 'mid', 'small'] });
    const big = marks.find((m) => m.id === 'big')!;
    expect([big.x, big.y, big.fanned]).toEqual([50, 50, false]);
    for (const m of marks.filter((m) => m.id !== 'big')) {
      expect(m.fanned).toBe(true);
      expect([m.px, m.py]).not.toEqual([m.x, m.y]);
      expect(Math.hypot(m.x - 50, m.y - 50)).toBeGreaterThanOrEqual(20 + m.r);
    }
  });

  const markArb = fc.array(
    fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: 0, max: 60 }), r: fc.integer({ min: 3, max: 25 }) }),
    { minLength: 1, maxLength: 60 },
  );

  it('keeps every mark exactly once, and no two members of a cluster overlap', () => {
    fc.assert(
      fc.property(markArb, (raw) => {
        const input: MarkIn[] = raw.map((m, i) => ({ id: `m${i}`, ...m }));
        const { marks, clusters } = fanOut(input, 2);
        expect(marks.map((m) => m.id).sort()).toEqual(input.map((m) => m.id).sort());
        expect(clusters.flatMap((c) => c.members).sort()).toEqual(input.map((m) => m.id).sort());
        for (const c of clusters) {
          const members = marks.filter((m) => m.cluster === c.index);
          for (let i = 0; i < members.length; i++)
            for (let j = i + 1; j < members.length; j++) {
              const a = members[i]!;
              const b = members[j]!;
              expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r - 0.01);
            }
          for (const m of members) expect(Math.hypot(m.x - c.x, m.y - c.y) + m.r).toBeLessThanOrEqual(c.radius + 0.01);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('handles a thousand co-located marks', () => {
    const input = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, x: 200, y: 200, r: 3 + (i % 5) }));
    const t = performance.now();
    const { marks, clusters } = fanOut(input);
    expect(performance.now() - t).toBeLessThan(200);
    expect(marks).toHaveLength(1000);
    expect(clusters).toHaveLength(1);
  });
});
