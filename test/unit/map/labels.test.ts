import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxHitsCircle, boxesOverlap, placeLabels, textWidth, type LabelRequest } from '../../../src/lib/model/map/labels';

const bounds = { x: 0, y: 0, width: 400, height: 300 };

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark', () => {
    const [l] = placeLabels([{ id: 'a', text: 'Houston', x: 100, y: 100, r: 6, priority: 1, fontSize: 12 }], [], bounds);
    expect(l).toMatchObject({ anchor: 'start', x: 109 });
  });

  it('moves a label to the left at the right edge, and round a neighbour’s label', () => {
    const placed = placeLabels(
      [
        { id: 'edge', text: 'Fort Worth', x: 390, y: 100, r: 4, priority: 2, fontSize: 12 },
        { id: 'b', text: 'Dallas', x: 330, y: 100, r: 4, priority: 1, fontSize: 12 },
      ],
      [],
      bounds,
    );
    expect(placed.find((l) => l.id === 'edge')?.anchor).toBe('end');
    expect(placed.find((l) => l.id === 'b')?.anchor).not.toBe('end');
  });

  it('keeps clear of blocked boxes (the zoom buttons)', () => {
    const req = { id: 'a', text: 'Plano', x: 350, y: 20, r: 4, priority: 1, fontSize: 12 };
    const [l] = placeLabels([req], [], bounds, [{ x: 356, y: 0, width: 44, height: 120 }]);
    expect(l?.anchor).toBe('end');
  });

  it('estimates CJK text wider than Latin of the same length', () => {
    expect(textWidth('休士頓', 12)).toBeGreaterThan(textWidth('abc', 12));
  });

  it('never overlaps two labels, a label and a mark, or leaves the bounds', () => {
    const req = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      r: fc.integer({ min: 2, max: 20 }),
      text: fc.constantFrom('Phoenix', '鳳凰城', 'Ciudad Juárez', 'Houston', 'Fort Worth', '瓜達拉哈拉'),
      priority: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 40 }), (raw) => {
        const requests: LabelRequest[] = raw.map((r, i) => ({ ...r, id: `l${i}`, fontSize: 12 }));
        const marks = requests.map((r) => ({ x: r.x, y: r.y, r: r.r }));
        const placed = placeLabels(requests, marks, bounds);
        for (let i = 0; i < placed.length; i++) {
          const a = placed[i]!.box;
          expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= 400 && a.y + a.height <= 300).toBe(true);
          for (const m of marks) expect(boxHitsCircle(a, m)).toBe(false);
          for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(a, placed[j]!.box)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
