import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, textWidth, type PlacedLabel } from '../../../src/lib/model/power/labels';

const plot = { x0: 0, y0: 0, x1: 300, y1: 200 };
const box = (l: PlacedLabel) => {
  const w = textWidth(l.text);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - 5.5, y1: l.y + 5.5 };
};

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark', () => {
    const [l] = placeLabels([{ key: 'a', x: 100, y: 100, text: '9.0%', priority: 0 }], [{ x: 100, y: 100 }], plot);
    expect(l).toMatchObject({ key: 'a', anchor: 'start', y: 100 });
    expect(l!.x).toBeGreaterThan(100);
  });

  it('moves a label left when the right edge of the plot is too close', () => {
    const [l] = placeLabels([{ key: 'a', x: 295, y: 100, text: '23.7%', priority: 0 }], [], plot);
    expect(l!.anchor).toBe('end');
  });

  it('gives the higher-priority label the first choice', () => {
    const marks = [
      { x: 100, y: 100 },
      { x: 116, y: 100 },
    ];
    const out = placeLabels(
      [
        { key: 'low', x: 116, y: 100, text: '12.5%', priority: 2 },
        { key: 'high', x: 100, y: 100, text: '9.0%', priority: 0 },
      ],
      marks,
      plot,
    );
    const high = out.find((l) => l.key === 'high')!;
    expect(high).toBeDefined();
    // Its right side is blocked by the other mark, so it went elsewhere.
    expect(high.anchor).not.toBe('start');
  });

  it('property: placed labels never overlap each other, the marks, or the plot edge', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), text: fc.constantFrom('6%', '>10%', '12.5%', '≈1,700') }), { maxLength: 10 }),
        (pts) => {
          const marks = pts.map((p) => ({ x: p.x, y: p.y }));
          const out = placeLabels(
            pts.map((p, i) => ({ ...p, key: String(i), priority: i })),
            marks,
            plot,
          );
          const boxes = out.map(box);
          for (const [i, b] of boxes.entries()) {
            expect(b.x0).toBeGreaterThanOrEqual(plot.x0 - 1e-9);
            expect(b.x1).toBeLessThanOrEqual(plot.x1 + 1e-9);
            for (const m of marks) expect(b.x0 < m.x + 5 && m.x - 5 < b.x1 && b.y0 < m.y + 5 && m.y - 5 < b.y1).toBe(false);
            for (const o of boxes.slice(i + 1)) expect(b.x0 < o.x1 - 1e-9 && o.x0 < b.x1 - 1e-9 && b.y0 < o.y1 - 1e-9 && o.y0 < b.y1 - 1e-9).toBe(false);
          }
        },
      ),
    );
  });
});
