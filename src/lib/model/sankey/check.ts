import type { FlowsFile } from '../../data/schema';
import type { DataIssue } from '../../data/issue';

const FILE = 'flows.json';

function issue(path: string, expected: string, received: string): DataIssue {
  return { file: FILE, path, expected, received, severity: 'error' };
}

/**
 * One cycle among the links, as the ids along it with the first repeated at the end
 * (["a", "b", "a"]), or null. Iterative DFS, so a long chain cannot overflow the stack.
 */
export function findCycle(links: readonly { source: string; target: string }[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { source, target } of links) (next.get(source) ?? next.set(source, []).get(source)!).push(target);
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const cursor: number[] = [0];
    state.set(start, 'open');
    while (path.length) {
      const id = path.at(-1)!;
      const targets = next.get(id) ?? [];
      const i = cursor[cursor.length - 1]!;
      if (i >= targets.length) {
        state.set(id, 'done');
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = i + 1;
      const t = targets[i]!;
      if (state.get(t) === 'open') return [...path.slice(path.indexOf(t)), t];
      if (!state.has(t)) {
        state.set(t, 'open');
        path.push(t);
        cursor.push(0);
      }
    }
  }
  return null;
}

/**
 * What would stop flows.json from being drawn as a left-to-right Sankey, as DataIssues with JSON
 * paths: node ids that are not entities, links to unknown nodes, self-links, widths that are not
 * positive numbers, links that run backwards across the columns, and cycles (named, instead of
 * d3-sankey's bare "circular link"). Never throws.
 */
export function checkFlows(flows: FlowsFile, entityIds: ReadonlySet<string>): DataIssue[] {
  const out: DataIssue[] = [];
  const columns = new Map<string, number>();
  flows.nodes.forEach((n, i) => {
    if (columns.has(n.id)) out.push(issue(`nodes[${i}].id`, 'an id not used before in nodes', JSON.stringify(n.id)));
    columns.set(n.id, n.column);
    if (!entityIds.has(n.id)) out.push(issue(`nodes[${i}].id`, 'the id of an entity in entities.json', JSON.stringify(n.id)));
  });
  let drawable = true;
  flows.links.forEach((l, i) => {
    const at = `links[${i}]`;
    for (const end of ['source', 'target'] as const) {
      if (!columns.has(l[end])) {
        out.push(issue(`${at}.${end}`, 'the id of a node in nodes', JSON.stringify(l[end])));
        drawable = false;
      }
    }
    if (l.source === l.target) out.push(issue(`${at}.target`, 'a node other than the source', JSON.stringify(l.target)));
    if (l.value !== null && !(Number.isFinite(l.value) && l.value > 0)) out.push(issue(`${at}.value`, 'a number above 0, or null', String(l.value)));
    const from = columns.get(l.source);
    const to = columns.get(l.target);
    if (from !== undefined && to !== undefined && to <= from) {
      out.push(issue(`${at}.target`, `a node in a later column than the source (column ${from})`, `${JSON.stringify(l.target)} in column ${to}`));
    }
  });
  if (drawable) {
    const cycle = findCycle(flows.links);
    // First: it names the problem; the column issues it implies follow.
    if (cycle) out.unshift(issue('links', 'links without a cycle', `a cycle ${cycle.join(' → ')}`));
  }
  return out;
}
