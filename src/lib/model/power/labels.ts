/**
 * Direct labels for points, placed greedily in priority order: each tries beside, above, below and
 * diagonally from its mark and takes the first spot that overlaps no mark and no label already placed, inside
 * the plot. A label with no free spot is left out (the tooltip and the table still carry the value).
 */
export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  text: string;
  /** Lower numbers are placed first. */
  priority: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Text anchor point (SVG: x with `anchor`, y is the baseline's middle). */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rough width of digits and Latin text at the chart's label size; CJK glyphs are square. */
export function textWidth(text: string, fontSize = 11): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

export function placeLabels(
  requests: readonly LabelRequest[],
  marks: readonly { x: number; y: number }[],
  plot: Box,
  opts: { fontSize?: number; markRadius?: number; pad?: number } = {},
): PlacedLabel[] {
  const fontSize = opts.fontSize ?? 11;
  const r = opts.markRadius ?? 5;
  const pad = opts.pad ?? 3;
  const taken: Box[] = marks.map((m) => ({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r }));
  const out: PlacedLabel[] = [];
  for (const req of [...requests].sort((a, b) => a.priority - b.priority)) {
    const w = textWidth(req.text, fontSize);
    const h = fontSize;
    const at = (x0: number, cy: number, anchor: PlacedLabel['anchor']) => {
      const left = anchor === 'start' ? x0 : anchor === 'end' ? x0 - w : x0 - w / 2;
      return { box: { x0: left, x1: left + w, y0: cy - h / 2, y1: cy + h / 2 }, label: { key: req.key, text: req.text, x: x0, y: cy, anchor } };
    };
    const d = r + pad;
    // Beside, then above and below, then the four diagonals, then a step further out above and below.
    const options = [
      at(req.x + d, req.y, 'start'),
      at(req.x - d, req.y, 'end'),
      at(req.x, req.y - d - h / 2, 'middle'),
      at(req.x, req.y + d + h / 2, 'middle'),
      at(req.x + r, req.y - d - h / 2, 'start'),
      at(req.x - r, req.y - d - h / 2, 'end'),
      at(req.x + r, req.y + d + h / 2, 'start'),
      at(req.x - r, req.y + d + h / 2, 'end'),
      at(req.x, req.y - d - h * 1.5, 'middle'),
      at(req.x, req.y + d + h * 1.5, 'middle'),
    ];
    const free = options.find(
      (o) => o.box.x0 >= plot.x0 && o.box.x1 <= plot.x1 && o.box.y0 >= plot.y0 && o.box.y1 <= plot.y1 && !taken.some((t) => overlaps(t, o.box)),
    );
    if (!free) continue;
    taken.push(free.box);
    out.push(free.label);
  }
  return out;
}
