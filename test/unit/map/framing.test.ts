import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geoPath } from 'd3-geo';
import {
  CORRIDOR_MERIDIAN,
  PACIFIC_MERIDIAN,
  fitView,
  framingTarget,
  interpolateView,
  projectionFor,
  zoomedView,
} from '../../../src/lib/model/map/framing';
import { arcPoints } from '../../../src/lib/model/map/arcs';
import { geoProjection } from '../../../src/lib/model/map/geo-projection';
import { corridorCities } from './fixtures';

const pad = { top: 30, right: 30, bottom: 30, left: 30 };

describe('framing', () => {
  it('the Corridor view frames Phoenix, Fort Worth, Houston, Ciudad Juárez and Guadalajara at phone and desktop sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 1600 }), fc.integer({ min: 300, max: 900 }), (width, height) => {
        const size = { width, height };
        const p = projectionFor(fitView(CORRIDOR_MERIDIAN, framingTarget('corridor', []), size, pad), size);
        for (const [name, lonLat] of Object.entries(corridorCities)) {
          const [x, y] = p(lonLat)!;
          expect({ name, inside: x > pad.left && x < width - pad.right && y > pad.top && y < height - pad.bottom }).toEqual({ name, inside: true });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the Pacific view fits every arc, including the great circle’s northern apex', () => {
    const size = { width: 1200, height: 560 };
    const arcs = [
      { from: [121.0, 24.8], to: [-112.07, 33.45] },
      { from: [121.4, 25.0], to: [-86.78, 36.16] },
    ] satisfies { from: [number, number]; to: [number, number] }[];
    const p = projectionFor(fitView(PACIFIC_MERIDIAN, framingTarget('pacific', arcs.flatMap((a) => arcPoints(a, 5))), size, pad), size);
    // Measured by d3's own projection and geoPath: the great circle as d3 resamples it.
    const reference = geoPath(geoProjection(p.meridian, p.scale, p.translate));
    for (const arc of arcs) {
      const [[x0, y0], [x1, y1]] = reference.bounds({ type: 'LineString', coordinates: [arc.from, arc.to] });
      expect(x0).toBeGreaterThanOrEqual(pad.left - 0.5);
      expect(y0).toBeGreaterThanOrEqual(pad.top - 0.5);
      expect(x1).toBeLessThanOrEqual(size.width - pad.right + 0.5);
      expect(y1).toBeLessThanOrEqual(size.height - pad.bottom + 0.5);
    }
    // Taiwan lies west of Phoenix on this map: both sides of the Pacific on one side of the seam.
    expect(p([121, 24.8])![0]).toBeLessThan(p([-112, 33.4])![0]);
  });

  it('puts the view’s centre in the middle of the viewport', () => {
    const size = { width: 800, height: 500 };
    const p = projectionFor({ meridian: -104, center: [-100, 28], scale: 2000 }, size);
    expect(p([-100, 28])![0]).toBeCloseTo(400, 6);
    expect(p([-100, 28])![1]).toBeCloseTo(250, 6);
  });

  it('folding a zoom transform into the view draws the same picture', () => {
    const size = { width: 900, height: 500 };
    const view = fitView(PACIFIC_MERIDIAN, framingTarget('pacific', []), size, pad);
    const t = { k: 3, x: -700, y: -300 };
    const before = projectionFor(view, size)([-97, 32])!;
    const after = projectionFor(zoomedView(view, size, t), size)([-97, 32])!;
    expect(after[0]).toBeCloseTo(before[0] * t.k + t.x, 3);
    expect(after[1]).toBeCloseTo(before[1] * t.k + t.y, 3);
  });

  it('a fly starts and ends on its two views', () => {
    const a = { meridian: -162, center: [-170, 40] as [number, number], scale: 300 };
    const b = { meridian: -104, center: [-104, 27] as [number, number], scale: 2400 };
    const fly = interpolateView(a, b);
    expect(fly(0).scale).toBeCloseTo(300);
    expect(fly(1).scale).toBeCloseTo(2400);
    expect(fly(1).center[0]).toBeCloseTo(-104);
    expect(fly(0.5).scale).toBeCloseTo(Math.sqrt(300 * 2400));
  });
});
