interface OrderNode {
  id: string;
  column: number;
}
interface OrderLink {
  source: string;
  target: string;
}

/** Nodes grouped by column, columns ascending, each in the given order. */
export function columnsOf<T extends OrderNode>(nodes: readonly T[]): T[][] {
  const by = new Map<number, T[]>();
  for (const n of nodes) (by.get(n.column) ?? by.set(n.column, []).get(n.column)!).push(n);
  return [...by.keys()].sort((a, b) => a - b).map((c) => by.get(c)!);
}

/**
 * The nodes by index (columns in order, then position), their links as index pairs grouped by the
 * pair of columns they join, and each node's place in its column. Orders are worked on as numbers:
 * at x10 and x50 string-keyed maps rebuilt for every count made ordering 2-3x slower, most of all
 * in code not yet optimised, as it runs at load.
 */
interface Indexed<T> {
  nodes: T[];
  index: Map<string, number>;
  /** Each node's column (an index into the columns) and place in it. */
  col: Int32Array;
  rank: Int32Array;
  /** Links as [source, target] node indices, one array per pair of columns they join. */
  groups: [number, number][][];
}

function indexed<T extends OrderNode>(columns: readonly (readonly T[])[], links: readonly OrderLink[]): Indexed<T> {
  const nodes = columns.flat();
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const col = new Int32Array(nodes.length);
  const rank = new Int32Array(nodes.length);
  let i = 0;
  columns.forEach((column, c) =>
    column.forEach((_, r) => {
      col[i] = c;
      rank[i++] = r;
    }),
  );
  const byPair = new Map<number, [number, number][]>();
  for (const l of links) {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s === undefined || t === undefined) continue;
    const pair = col[s]! * columns.length + col[t]!;
    (byPair.get(pair) ?? byPair.set(pair, []).get(pair)!).push([s, t]);
  }
  return { nodes, index, col, rank, groups: [...byPair.values()] };
}

/** Crossings for the places in `rank`: within each pair of columns, links whose ends swap order. */
function crossings(groups: readonly (readonly [number, number][])[], rank: Int32Array): number {
  let total = 0;
  for (const group of groups) total += inversions(group.map(([s, t]) => [rank[s]!, rank[t]!]));
  return total;
}

/**
 * Crossings between links that join the same pair of columns, for an order of the nodes within
 * their columns: two links cross when their ends are in opposite orders on the two sides.
 */
export function countCrossings(columns: readonly (readonly OrderNode[])[], links: readonly OrderLink[]): number {
  const { groups, rank } = indexed(columns, links);
  return crossings(groups, rank);
}

/** Pairs (s1, t1), (s2, t2) with s1 < s2 and t1 > t2: sort by s then t, count with a Fenwick tree. */
function inversions(ends: [number, number][]): number {
  ends.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let size = 2;
  for (const e of ends) size = Math.max(size, e[1] + 2);
  const tree = new Int32Array(size + 1);
  const add = (i: number) => {
    for (i++; i <= size; i += i & -i) tree[i]!++;
  };
  const atMost = (i: number) => {
    let n = 0;
    for (i++; i > 0; i -= i & -i) n += tree[i]!;
    return n;
  };
  let count = 0;
  let seen = 0;
  // Links from the same source never cross each other: add a source's links after counting them.
  for (let i = 0; i < ends.length; ) {
    let j = i;
    while (j < ends.length && ends[j]![0] === ends[i]![0]) j++;
    for (let k = i; k < j; k++) count += seen - atMost(ends[k]![1]);
    for (let k = i; k < j; k++) add(ends[k]![1]);
    seen += j - i;
    i = j;
  }
  return count;
}

/**
 * Orders the nodes within each column so related groups stay together: alternate sweeps, each
 * sorting a column by the mean position of its neighbours in the columns already placed
 * (barycentre heuristic); keeps the order with the fewest crossings, the data's own order first.
 * Positions are fractions of the column, so columns of different lengths compare. Stable sorts
 * keep the data's order among ties, so the result is deterministic.
 */
export function orderNodes<T extends OrderNode>(nodes: readonly T[], links: readonly OrderLink[], sweeps = 6): T[][] {
  const start = columnsOf(nodes);
  const { nodes: all, index, col, rank, groups } = indexed(start, links);
  // Neighbours by index, in the links' order: barycentres sum in that order.
  const up: number[][] = all.map(() => []);
  const down: number[][] = all.map(() => []);
  for (const l of links) {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s !== undefined && t !== undefined) (down[s]!.push(t), up[t]!.push(s));
  }
  let next = 0;
  let columns = start.map((column) => column.map(() => next++));
  const pos = new Float64Array(all.length);
  const place = (column: readonly number[]) =>
    column.forEach((n, r) => {
      pos[n] = (r + 0.5) / column.length;
      rank[n] = r;
    });
  columns.forEach(place);
  const resort = (column: number[], neighbours: number[][]): number[] => {
    const key = new Float64Array(all.length);
    for (const n of column) {
      const ns = neighbours[n]!;
      let sum = 0;
      for (const m of ns) sum += pos[m]!;
      key[n] = ns.length ? sum / ns.length : pos[n]!;
    }
    const sorted = [...column].sort((a, b) => key[a]! - key[b]!);
    place(sorted);
    return sorted;
  };
  let best = columns.map((c) => [...c]);
  let bestCrossings = crossings(groups, rank);
  for (let s = 0; s < sweeps && bestCrossings > 0; s++) {
    const downward = s % 2 === 0;
    const indices = columns.map((_, i) => i);
    if (!downward) indices.reverse();
    columns = [...columns];
    for (const i of indices.slice(1)) columns[i] = resort(columns[i]!, downward ? up : down);
    const count = crossings(groups, rank);
    if (count < bestCrossings) {
      best = columns.map((c) => [...c]);
      bestCrossings = count;
    }
  }
  if (all.length <= TRANSPOSE_MAX && bestCrossings > 0) {
    best.forEach((column) => column.forEach((n, r) => (rank[n] = r)));
    transpose(
      best,
      all.map((_, n) => [...down[n]!, ...up[n]!]),
      col,
      rank,
      bestCrossings,
    );
  }
  return best.map((column) => column.map((n) => all[n]!));
}

/** Graphs up to this many nodes also get the adjacent-swap pass: at x50's 2,000 it would take the ordering from ~14 to ~34 ms (in Node, ~35 to ~85 at load) for ~15% fewer crossings. */
const TRANSPOSE_MAX = 150;

/**
 * How many crossings swapping two neighbours in a column (node `upper` just above `lower`, by
 * index) adds (negative: removes). Only pairs of their own links can change: a link of each to the
 * same other column crosses the other now when its far end sits lower, and will when it sits higher.
 */
export function swapDelta(upper: number, lower: number, neighbours: readonly (readonly number[])[], col: Int32Array, rank: Int32Array): number {
  let delta = 0;
  for (const a of neighbours[upper]!) {
    for (const b of neighbours[lower]!) {
      if (col[a] === col[b]) delta += rank[a]! < rank[b]! ? 1 : rank[a]! > rank[b]! ? -1 : 0;
    }
  }
  return delta;
}

/**
 * Swaps neighbours within a column while that removes crossings (a local clean-up after the sweeps),
 * in place. Each swap is judged by the crossings it changes (swapDelta), not by counting them all again.
 */
function transpose(columns: number[][], neighbours: readonly (readonly number[])[], col: Int32Array, rank: Int32Array, crossings: number): void {
  for (let pass = 0, improved = true; improved && pass < 8 && crossings > 0; pass++) {
    improved = false;
    for (const column of columns) {
      for (let i = 0; i + 1 < column.length; i++) {
        const [upper, lower] = [column[i]!, column[i + 1]!];
        const delta = swapDelta(upper, lower, neighbours, col, rank);
        if (delta >= 0) continue;
        [column[i], column[i + 1]] = [lower, upper];
        rank[upper] = i + 1;
        rank[lower] = i;
        crossings += delta;
        improved = true;
      }
    }
  }
}
