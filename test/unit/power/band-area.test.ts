import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { area } from 'd3-shape';
import { bandArea } from '../../../src/lib/model/power/layout';

// d3-shape's area() is the reference: the same commands through the same points (it rounds to 3 decimals).
const numbersOf = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
const commandsOf = (d: string) => d.replace(/[^MLZ]/g, '');

describe('bandArea', () => {
  it('draws the path d3-shape area() draws for a band', () => {
    const stop = fc.record({ x: fc.integer({ min: 0, max: 100000 }), low: fc.integer({ min: 0, max: 100000 }), high: fc.integer({ min: 0, max: 100000 }) }).map((s) => ({ x: s.x / 100, low: s.low / 100, high: s.high / 100 }));
    fc.assert(
      fc.property(fc.array(stop, { minLength: 1, maxLength: 12 }), (stops) => {
        const ours = bandArea(stops);
        const d3 = area<(typeof stops)[number]>().x((s) => s.x).y0((s) => s.low).y1((s) => s.high)(stops)!;
        expect(commandsOf(ours)).toBe(commandsOf(d3));
        const [a, b] = [numbersOf(ours), numbersOf(d3)];
        expect(a.length).toBe(b.length);
        a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThan(1e-3));
      }),
    );
  });
  it('runs along the upper line, back along the lower, and closes', () => {
    expect(bandArea([{ x: 0, low: 10, high: 5 }, { x: 20, low: 12, high: 2 }])).toBe('M0,5L20,2L20,12L0,10Z');
  });
});
