/** A mark in screen space: where its place projects (x, y) and its radius. */
export interface MarkIn {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Where a mark is drawn: at its place, or fanned out around its cluster's anchor (then a leader joins them). */
export interface MarkOut extends MarkIn {
  /** The place it stands for. */
  px: number;
  py: number;
  cluster: number;
  fanned: boolean;
}

export interface Cluster {
  index: number;
  /** The anchor (largest mark) stays on its place; the others ring it. */
  anchor: string;
  members: string[];
  x: number;
  y: number;
  /** Radius of the disc holding every member, from the anchor's centre. */
  radius: number;
}

/**
 * Co-located marks fan out instead of stacking: marks that overlap a larger one join its cluster,
 * and the cluster's smaller members are laid on rings round the anchor in order of their bearing,
 * each ring as far out as its largest member needs. Works for any count (1000 sites too): more
 * members just take more rings. O(n · clusters).
 */
export function fanOut(marks: readonly MarkIn[], gap = 2): { marks: MarkOut[]; clusters: Cluster[] } {
  const order = [...marks].sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups: { anchor: MarkIn; members: MarkIn[] }[] = [];
  for (const m of order) {
    const home = groups.find((g) => Math.hypot(m.x - g.anchor.x, m.y - g.anchor.y) < g.anchor.r + m.r + gap);
    if (home) home.members.push(m);
    else groups.push({ anchor: m, members: [m] });
  }
  const out: MarkOut[] = [];
  const clusters: Cluster[] = [];
  groups.forEach(({ anchor, members }, index) => {
    out.push({ ...anchor, px: anchor.x, py: anchor.y, cluster: index, fanned: false });
    let radius = anchor.r;
    const rest = members
      .slice(1)
      .map((m) => ({ m, bearing: Math.atan2(m.y - anchor.y, m.x - anchor.x) }))
      .sort((a, b) => a.bearing - b.bearing || (a.m.id < b.m.id ? -1 : 1));
    let ringInner = anchor.r + gap;
    let i = 0;
    while (i < rest.length) {
      const rMax = Math.max(...rest.slice(i).map((e) => e.m.r));
      const ring = ringInner + rMax;
      const capacity = Math.max(1, Math.floor((2 * Math.PI * ring) / (2 * rMax + gap)));
      const inRing = rest.slice(i, i + capacity);
      // Start at the first member's own bearing (upwards when co-located) so the fan keeps the geography.
      const start = inRing[0] && (inRing[0].m.x !== anchor.x || inRing[0].m.y !== anchor.y) ? inRing[0].bearing : -Math.PI / 2;
      inRing.forEach(({ m }, j) => {
        const a = start + (j * 2 * Math.PI) / inRing.length;
        out.push({ ...m, x: anchor.x + ring * Math.cos(a), y: anchor.y + ring * Math.sin(a), px: m.x, py: m.y, cluster: index, fanned: true });
      });
      radius = ring + rMax;
      ringInner = ring + rMax + gap;
      i += inRing.length;
    }
    clusters.push({ index, anchor: anchor.id, members: members.map((m) => m.id), x: anchor.x, y: anchor.y, radius });
  });
  return { marks: out, clusters };
}
