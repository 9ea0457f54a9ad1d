/**
 * The event a download dispatches on a view's figure before it copies the view's SVG: a chart that
 * draws only the marks near the viewport (the Sankey at large scales) draws all of them first.
 */
export const DRAW_ALL = 'nc-draw-all';
