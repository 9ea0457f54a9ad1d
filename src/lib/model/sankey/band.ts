// Which rows of a tall chart to draw (the Sankey at large scales draws the marks near the viewport first).

/** Rows of a chart, in its own y coordinates (0 at its top). */
export interface Band {
  top: number;
  bottom: number;
}

export const EVERYTHING: Band = { top: -Infinity, bottom: Infinity };

/** How far beyond the viewport marks are drawn, and the step the drawn rows grow by as it scrolls. */
export const NEAR = 600;

/**
 * The rows of a chart within `margin` of the viewport, given where the chart's top sits in it,
 * widened to whole steps of `margin` so that scrolling asks for more only when it crosses a step.
 */
export function nearViewport(chartTop: number, viewportHeight: number, margin: number): Band {
  return {
    top: Math.floor((-chartTop - margin) / margin) * margin,
    bottom: Math.ceil((viewportHeight - chartTop + margin) / margin) * margin,
  };
}

/** Both bands and what lies between: drawn marks stay drawn, so scrolling back costs nothing. */
export function widen(band: Band, more: Band): Band {
  return { top: Math.min(band.top, more.top), bottom: Math.max(band.bottom, more.bottom) };
}

export const covers = (band: Band, inner: Band): boolean => band.top <= inner.top && band.bottom >= inner.bottom;

export const overlaps = (top: number, bottom: number, band: Band): boolean => bottom >= band.top && top <= band.bottom;

/** The rows a chart draws before anything is measured: as if its top were at the top of the viewport. */
export const firstRows = (viewportHeight: number): Band => nearViewport(0, viewportHeight, NEAR);
