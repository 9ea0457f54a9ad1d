import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { Zoom } from '../../model/map/framing';

/** The map's pan and zoom, driven by wheel, pinch, drag, the buttons and the keyboard. */
export interface PanZoom {
  /** Back to no zoom; `animate` eases there (never under reduced motion: the caller decides). */
  reset(animate: boolean): void;
  scaleBy(k: number, animate: boolean): void;
  /** Centres a point of the unzoomed map. */
  translateTo(x: number, y: number): void;
  translateBy(dx: number, dy: number): void;
  detach(): void;
}

/**
 * d3-zoom on the map's svg. Its own module, loaded once the views are ready: d3-zoom with
 * d3-transition, d3-drag and d3-interpolate is ~9 KB gzip the first paint does not need.
 */
export function attachPanZoom(svg: SVGSVGElement, onzoom: (t: Zoom) => void): PanZoom {
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.7, 24])
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => onzoom(e.transform));
  const s = select(svg);
  s.call(zoomer);
  return {
    reset: (animate) => (animate ? s.transition().duration(400).call(zoomer.transform, zoomIdentity) : zoomer.transform(s, zoomIdentity)),
    scaleBy: (k, animate) => (animate ? s.transition().duration(250).call(zoomer.scaleBy, k) : zoomer.scaleBy(s, k)),
    translateTo: (x, y) => zoomer.translateTo(s, x, y),
    translateBy: (dx, dy) => zoomer.translateBy(s, dx, dy),
    detach: () => void s.on('.zoom', null),
  };
}
