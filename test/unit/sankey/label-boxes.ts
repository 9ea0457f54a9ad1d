import { lineWidth } from '../../../src/lib/model/sankey/labels';
import type { SankeyLayout } from '../../../src/lib/model/sankey/layout';

/** Estimated label boxes, as the view draws them (anchor, centred lines). */
export function labelBoxes(l: SankeyLayout) {
  return l.nodes.map((n) => {
    const w = Math.max(...n.label.lines.map((line) => lineWidth(line, l.fontPx)));
    const h = n.label.lines.length * l.lineHeight;
    const x0 = n.label.anchor === 'end' ? n.label.x - w : n.label.x;
    return { id: n.id, x0, x1: x0 + w, y0: n.label.y - h / 2, y1: n.label.y + h / 2 };
  });
}

/** Pairs of boxes that intersect. */
export function collisions(boxes: ReturnType<typeof labelBoxes>): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${a.id} × ${b.id}`);
  });
  return out;
}
