import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERYTHING, covers, nearViewport, overlaps, widen } from '../../../src/lib/model/sankey/band';
import { buildFlowGraph } from '../../../src/lib/model/sankey/graph';
import { orderNodes } from '../../../src/lib/model/sankey/order';
import { layoutSankey } from '../../../src/lib/model/sankey/layout';
import { entityMap, flows } from './fixture';

describe('nearViewport', () => {
  it('spans the rows on screen and a margin either side, in whole steps of the margin', () => {
    // A chart whose top is 800 px down a 1080 px viewport shows its rows 0-280.
    expect(nearViewport(800, 1080, 600)).toEqual({ top: -1800, bottom: 1200 });
    // Scrolled 5,000 px into the chart: rows 5,000-6,080 are on screen.
    expect(nearViewport(-5000, 1080, 600)).toEqual({ top: 4200, bottom: 7200 });
  });

  it('always covers the viewport and the margin, and a scroll within a step asks for the same rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 5_000 }), fc.integer({ min: 200, max: 2_000 }), fc.integer({ min: 100, max: 1_000 }), (top, height, margin) => {
        const band = nearViewport(top, height, margin);
        expect(band.top).toBeLessThanOrEqual(-top - margin);
        expect(band.bottom).toBeGreaterThanOrEqual(height - top + margin);
        expect(band.top % margin === 0 && band.bottom % margin === 0).toBe(true);
        // Each edge is within one step of what is needed: it never asks for the whole chart.
        expect(band.bottom - band.top).toBeLessThan(height + 4 * margin);
      }),
    );
    expect(nearViewport(-5000, 1080, 600)).toEqual(nearViewport(-5100, 1080, 600));
  });
});

describe('widen, covers, overlaps', () => {
  it('keeps what was drawn and adds what is asked for', () => {
    expect(widen({ top: 0, bottom: 1200 }, { top: 600, bottom: 2400 })).toEqual({ top: 0, bottom: 2400 });
    expect(covers({ top: 0, bottom: 2400 }, { top: 600, bottom: 1800 })).toBe(true);
    expect(covers({ top: 0, bottom: 1200 }, { top: 600, bottom: 1800 })).toBe(false);
    expect(covers(EVERYTHING, { top: -1e9, bottom: 1e9 })).toBe(true);
  });

  it('counts a mark touching the band as in it, and one beyond it as out', () => {
    const band = { top: 600, bottom: 1200 };
    expect(overlaps(500, 600, band)).toBe(true);
    expect(overlaps(1200, 1300, band)).toBe(true);
    expect(overlaps(0, 599, band)).toBe(false);
    expect(overlaps(1201, 1500, band)).toBe(false);
    // A mark taller than the band (a link from the top of the chart to its foot).
    expect(overlaps(0, 5000, band)).toBe(true);
  });
});

describe('layoutSankey: the rows a link spans', () => {
  it('covers the link from its higher edge to its lower, so a band that misses it misses all of its stroke', () => {
    const graph = buildFlowGraph(flows, entityMap, null);
    const layout = layoutSankey(graph, orderNodes(graph.nodes, graph.links), 1280, 'en');
    expect(layout.links.length).toBeGreaterThan(0);
    for (const l of layout.links) {
      // Every point of the path, x then y: a horizontal cubic, its control points at the ends' heights.
      const ys = (l.d.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 1);
      expect(ys).toHaveLength(4);
      expect(l.top).toBeCloseTo(Math.min(...ys) - l.width / 2, 6);
      expect(l.bottom).toBeCloseTo(Math.max(...ys) + l.width / 2, 6);
    }
  });
});
