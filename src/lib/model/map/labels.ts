/** An axis-aligned box in screen space. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The point labelled and the clearance round it (its mark or cluster). */
  x: number;
  y: number;
  r: number;
  /** Higher is placed first, so big places keep their labels when space runs out. */
  priority: number;
  fontSize: number;
  /** Context labels (countries, oceans) sit centred on their point or not at all. */
  centred?: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text anchor point and alignment, as SVG wants them. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Width estimate without a DOM: CJK glyphs are a full em, Latin about half. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch)) em += 1;
    else if (ch === ' ') em += 0.28;
    else if (/[A-Z0-9≈]/.test(ch)) em += 0.64;
    else em += 0.53;
  }
  return em * fontSize;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function boxHitsCircle(b: Box, c: Circle): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r * c.r;
}

function candidates(req: LabelRequest, width: number, height: number): PlacedLabel[] {
  const { x, y, id, text } = req;
  const at = (ax: number, ay: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
    const left = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
    // The text's baseline sits a little below the box's middle (ay is the box's vertical centre).
    return { id, text, x: ax, y: ay + height * 0.32, anchor, box: { x: left, y: ay - height / 2, width, height } };
  };
  if (req.centred) return [at(x, y, 'middle')];
  const d = req.r + 3;
  const diag = d * Math.SQRT1_2;
  return [
    at(x + d, y, 'start'),
    at(x - d, y, 'end'),
    at(x, y - d - height / 2, 'middle'),
    at(x, y + d + height / 2, 'middle'),
    at(x + diag, y - diag - height / 2 + 2, 'start'),
    at(x + diag, y + diag + height / 2 - 2, 'start'),
    at(x - diag, y - diag - height / 2 + 2, 'end'),
    at(x - diag, y + diag + height / 2 - 2, 'end'),
  ];
}

/**
 * Greedy label placement: in priority order, each label takes the first of eight positions round
 * its point that stays inside the bounds and clear of marks, of blocked boxes (controls laid over
 * the map) and of labels already placed; a label
 * with no such position is left out (its mark still has its name, card and table row).
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Circle[], bounds: Box, blocked: readonly Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const req of order) {
    const height = req.fontSize * 1.25;
    const width = textWidth(req.text, req.fontSize);
    const fit = candidates(req, width, height).find(
      (c) =>
        c.box.x >= bounds.x &&
        c.box.y >= bounds.y &&
        c.box.x + c.box.width <= bounds.x + bounds.width &&
        c.box.y + c.box.height <= bounds.y + bounds.height &&
        !placed.some((p) => boxesOverlap(p.box, c.box)) &&
        !blocked.some((b) => boxesOverlap(b, c.box)) &&
        !obstacles.some((o) => boxHitsCircle(c.box, o)),
    );
    if (fit) placed.push(fit);
  }
  return placed;
}
