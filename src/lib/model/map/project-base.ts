import { geoPath, type GeoContext } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { baseLayers } from './basemap.ts';
import { geoProjection } from './geo-projection.ts';
import { PROJECTED_SCALE, type ProjectedBase } from './projected-base.ts';

/** A path context that writes each point as a whole-unit step from the last one. */
class RelativePath implements GeoContext {
  d = '';
  private x = 0;
  private y = 0;
  moveTo(x: number, y: number) {
    [this.x, this.y] = [Math.round(x), Math.round(y)];
    this.d += `M${this.x},${this.y}`;
  }
  lineTo(x: number, y: number) {
    const [dx, dy] = [Math.round(x) - this.x, Math.round(y) - this.y];
    if (dx === 0 && dy === 0) return;
    this.x += dx;
    this.y += dy;
    this.d += `l${dx}${dy < 0 ? '' : ','}${dy}`;
  }
  closePath() {
    this.d += 'z';
  }
  // geoPath draws points as circles (arc) and marks each feature (beginPath); a base map needs neither.
  arc() {}
  beginPath() {}
}

export function projectBase(world: Topology, meridian: number): ProjectedBase {
  const layers = baseLayers(world);
  const draw = (shape: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = new RelativePath();
    geoPath(geoProjection(meridian, PROJECTED_SCALE), context)(shape);
    return context.d;
  };
  return { meridian, scale: PROJECTED_SCALE, land: draw(layers.land), focus: draw(layers.focus), borders: draw(layers.borders) };
}
