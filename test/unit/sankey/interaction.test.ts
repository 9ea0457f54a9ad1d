import { describe, expect, it } from 'vitest';
import { adjacency } from '../../../src/lib/model/closure';
import { linkPaths, nodePaths, relatedPaths } from '../../../src/lib/model/sankey/highlight';
import { nextNode } from '../../../src/lib/model/sankey/navigate';
import { linkKey } from '../../../src/lib/model/related';

// a ─> b ─> d      a diamond with a bypass (a -> d) and a side branch (c -> b)
//  \─> c ─> b
//   \────────> d
const raw = [
  ['a', 'b'],
  ['b', 'd'],
  ['a', 'c'],
  ['c', 'b'],
  ['a', 'd'],
  ['e', 'f'],
] as const;
const links = raw.map(([source, target]) => ({ source, target, key: linkKey({ source, target }) }));
const adj = adjacency(links);
const sorted = (s: Set<string>) => [...s].sort();

describe('highlight', () => {
  it('a node lights its full upstream and downstream closure, not only its neighbours', () => {
    const lit = nodePaths(adj, links, 'c');
    expect(sorted(lit.nodes)).toEqual(['a', 'b', 'c', 'd']);
    // a -> d bypasses c, and a -> b does not run through it either.
    expect(sorted(lit.links)).toEqual(['a->c', 'b->d', 'c->b']);
  });

  it('a sink lights exactly its upstream chain', () => {
    const lit = nodePaths(adj, links, 'd');
    expect(sorted(lit.nodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(lit.links)).toEqual(['a->b', 'a->c', 'a->d', 'b->d', 'c->b']);
  });

  it('a link lights its source’s upstream and its target’s downstream', () => {
    const lit = linkPaths(adj, links, links[3]!);
    expect(sorted(lit.nodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(lit.links)).toEqual(['a->c', 'b->d', 'c->b']);
  });

  it('an id from another view lights the related nodes and the links between them', () => {
    const lit = relatedPaths(new Set(['a', 'b', 'site-1']), links);
    expect(sorted(lit.links)).toEqual(['a->b']);
    expect(lit.nodes.has('site-1')).toBe(true);
  });
});

describe('nextNode', () => {
  const nodes = [
    { id: 'a', rank: 0, y0: 0, y1: 40 },
    { id: 'e', rank: 0, y0: 60, y1: 80 },
    { id: 'c', rank: 1, y0: 0, y1: 10 },
    { id: 'b', rank: 1, y0: 30, y1: 50 },
    { id: 'f', rank: 1, y0: 70, y1: 80 },
    { id: 'd', rank: 2, y0: 20, y1: 50 },
  ];
  it.each([
    [null, 'ArrowDown', 'a'],
    ['a', 'ArrowDown', 'e'],
    ['e', 'ArrowDown', 'e'],
    ['e', 'ArrowUp', 'a'],
    ['a', 'ArrowRight', 'c'],
    ['e', 'ArrowRight', 'f'],
    ['b', 'ArrowLeft', 'c'],
    ['b', 'ArrowRight', 'd'],
    ['d', 'ArrowLeft', 'b'],
    ['d', 'ArrowRight', 'd'],
    ['b', 'Home', 'a'],
    ['a', 'End', 'd'],
  ] as const)('from %s, %s goes to %s', (from, key, to) => {
    expect(nextNode(nodes, adj, from, key)).toBe(to);
  });
});
