import { downstream, pathClosure, type Adjacency } from '../closure';

/** What stays bright: node ids and link keys (`source->target`). */
export interface Lit {
  nodes: Set<string>;
  links: Set<string>;
}

interface KeyedLink {
  key: string;
  source: string;
  target: string;
}

const upstream = (adj: Adjacency, id: string) => downstream({ down: adj.up, up: adj.down }, id);

/**
 * Links on a path that runs through the `upper` set into the `lower` set: a link is on such a path
 * when it ends in the upstream part or starts in the downstream part (the graph is acyclic, so a
 * link from an upstream node straight past the subject to a downstream one is not).
 */
function pathLinks(links: readonly KeyedLink[], upper: Set<string>, lower: Set<string>): Set<string> {
  return new Set(links.filter((l) => upper.has(l.target) || lower.has(l.source)).map((l) => l.key));
}

/** Hovering a node: every path through it, its full upstream and downstream closure. */
export function nodePaths(adj: Adjacency, links: readonly KeyedLink[], id: string): Lit {
  return { nodes: pathClosure(adj, id), links: pathLinks(links, upstream(adj, id), downstream(adj, id)) };
}

/** Hovering a link: its source's upstream chain, the link, and its target's downstream chain. */
export function linkPaths(adj: Adjacency, links: readonly KeyedLink[], link: KeyedLink): Lit {
  const upper = upstream(adj, link.source);
  const lower = downstream(adj, link.target);
  const lit = pathLinks(links, upper, lower);
  lit.add(link.key);
  return { nodes: new Set([...upper, ...lower]), links: lit };
}

/** An id from another view: the ids the relation index relates to it, and the links between them. */
export function relatedPaths(related: ReadonlySet<string>, links: readonly KeyedLink[]): Lit {
  return {
    nodes: new Set(related),
    links: new Set(links.filter((l) => related.has(l.key) || (related.has(l.source) && related.has(l.target))).map((l) => l.key)),
  };
}
