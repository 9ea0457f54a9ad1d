/** A focusable mark's position on screen. */
export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

/** Reading order for the arrow keys: west to east, then north to south. */
export function navOrder(points: readonly NavPoint[]): string[] {
  return [...points].sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1)).map((p) => p.id);
}

/**
 * The id a key moves to from `current` in `order`: arrows step (right/down forward, left/up back,
 * stopping at the ends), Home and End jump. Null for any other key, or an empty order.
 */
export function stepFocus(order: readonly string[], current: string | null, key: string): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  const last = order.length - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[i < 0 ? 0 : Math.min(last, i + 1)] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[i < 0 ? 0 : Math.max(0, i - 1)] ?? null;
    case 'Home':
      return order[0] ?? null;
    case 'End':
      return order[last] ?? null;
    default:
      return null;
  }
}
