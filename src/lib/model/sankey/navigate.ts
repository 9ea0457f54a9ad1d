import type { Adjacency } from '../closure';

interface NavNode {
  id: string;
  rank: number;
  y0: number;
  y1: number;
}

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';
export const navKeys: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

const mid = (n: NavNode) => (n.y0 + n.y1) / 2;

/**
 * The node a key moves to, for one tab stop over the whole diagram: up/down within the column,
 * left/right along a link to the connected node in the nearest column on that side (the one
 * closest in height), Home/End to the first/last node. Stays put where there is nowhere to go.
 */
export function nextNode(nodes: readonly NavNode[], adj: Adjacency, current: string | null, key: NavKey): string | null {
  const sorted = [...nodes].sort((a, b) => a.rank - b.rank || a.y0 - b.y0);
  const here = sorted.find((n) => n.id === current);
  if (!here || key === 'Home') return sorted[0]?.id ?? null;
  if (key === 'End') return sorted.at(-1)?.id ?? null;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const column = sorted.filter((n) => n.rank === here.rank);
    const i = column.indexOf(here) + (key === 'ArrowUp' ? -1 : 1);
    return column[Math.max(0, Math.min(column.length - 1, i))]!.id;
  }
  const ids = new Set((key === 'ArrowRight' ? adj.down : adj.up).get(here.id) ?? []);
  const linked = sorted.filter((n) => ids.has(n.id));
  if (!linked.length) return here.id;
  const nearest = key === 'ArrowRight' ? Math.min(...linked.map((n) => n.rank)) : Math.max(...linked.map((n) => n.rank));
  const y = mid(here);
  return linked.filter((n) => n.rank === nearest).sort((a, b) => Math.abs(mid(a) - y) - Math.abs(mid(b) - y))[0]!.id;
}
