/**
 * Moves label positions apart (1-D) so none is closer than `gap` to the next, keeping their order
 * and keeping all of them within [min, max]. Labels stay as near their marks as the gap allows.
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const placed = order.map((o) => Math.min(max, Math.max(min, o.p)));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  // Pushed past the end: pack back from the bottom.
  const last = placed.length - 1;
  if (last >= 0 && placed[last]! > max) {
    placed[last] = max;
    for (let i = last - 1; i >= 0; i--) placed[i] = Math.min(placed[i]!, placed[i + 1]! - gap);
  }
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
