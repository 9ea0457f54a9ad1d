/**
 * A Sankey link as d3-sankey's sankeyLinkHorizontal draws it: one cubic from the source bar's right
 * edge (x0, y0) to the target bar's left edge (x1, y1), both control points at the middle x. By hand
 * because that helper brings d3-shape's link generator and d3-path (~1 KB gzip) into the first load
 * for this one line; the unit test checks it against the helper.
 */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const xm = (x0 + x1) / 2;
  return `M${x0},${y0}C${xm},${y0},${xm},${y1},${x1},${y1}`;
}
