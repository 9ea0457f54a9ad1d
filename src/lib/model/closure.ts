/** The minimal shape of a directed edge: d3-sankey links, flows.json links, and arcs all fit. */
export interface Edge {
  source: string;
  target: string;
}

export interface Adjacency {
  down: Map<string, string[]>;
  up: Map<string, string[]>;
}

export function adjacency(edges: readonly Edge[]): Adjacency {
  const down = new Map<string, string[]>();
  const up = new Map<string, string[]>();
  for (const { source, target } of edges) {
    (down.get(source) ?? down.set(source, []).get(source)!).push(target);
    (up.get(target) ?? up.set(target, []).get(target)!).push(source);
  }
  return { down, up };
}

function walk(start: string, next: Map<string, string[]>, into: Set<string>): void {
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    for (const n of next.get(id) ?? []) {
      if (!into.has(n)) {
        into.add(n);
        stack.push(n);
      }
    }
  }
}

/**
 * Every node on a path through `id`: its full upstream and downstream transitive closure
 * (not only its neighbours), plus itself. Visited sets make it safe on cyclic input.
 */
export function pathClosure(adj: Adjacency, id: string): Set<string> {
  const up = new Set<string>();
  const down = new Set<string>();
  walk(id, adj.up, up);
  walk(id, adj.down, down);
  return new Set([id, ...up, ...down]);
}

/** Only the nodes downstream of `id` (for policies and segments: what they lead to), plus itself. */
export function downstream(adj: Adjacency, id: string): Set<string> {
  const out = new Set<string>([id]);
  walk(id, adj.down, out);
  return out;
}
