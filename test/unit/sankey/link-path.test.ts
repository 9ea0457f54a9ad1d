import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sankeyLinkHorizontal } from 'd3-sankey';
import { linkPath } from '../../../src/lib/model/sankey/link-path';

describe('linkPath', () => {
  it("draws exactly the path of d3-sankey's sankeyLinkHorizontal", () => {
    const reference = sankeyLinkHorizontal();
    const coordinate = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (x0, y0, x1, y1) => {
        const link = { source: { x1: x0 }, target: { x0: x1 }, y0, y1 };
        expect(linkPath(x0, y0, x1, y1)).toBe(reference(link as Parameters<typeof reference>[0]));
      }),
    );
  });

  it('bends at the middle x', () => {
    expect(linkPath(10, 5, 30, 25)).toBe('M10,5C20,5,20,25,30,25');
  });
});
