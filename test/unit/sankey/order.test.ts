import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnsOf, countCrossings, orderNodes, swapDelta } from '../../../src/lib/model/sankey/order';
import { flows } from './fixture';

const ids = (cols: { id: string }[][]) => cols.map((c) => c.map((n) => n.id));

describe('countCrossings', () => {
  const nodes = [
    { id: 'a', column: 0 },
    { id: 'b', column: 0 },
    { id: 'x', column: 1 },
    { id: 'y', column: 1 },
  ];
  it('counts a pair of links whose ends swap order', () => {
    expect(countCrossings(columnsOf(nodes), [{ source: 'a', target: 'y' }, { source: 'b', target: 'x' }])).toBe(1);
    expect(countCrossings(columnsOf(nodes), [{ source: 'a', target: 'x' }, { source: 'b', target: 'y' }])).toBe(0);
  });
  it('does not count links that share an end', () => {
    expect(countCrossings(columnsOf(nodes), [{ source: 'a', target: 'x' }, { source: 'a', target: 'y' }])).toBe(0);
  });
});

describe('orderNodes', () => {
  it('untangles the fixture, whose data order crosses', () => {
    const before = countCrossings(columnsOf(flows.nodes), flows.links);
    const after = orderNodes(flows.nodes, flows.links);
    expect(before).toBeGreaterThan(0);
    expect(countCrossings(after, flows.links)).toBe(0);
    // Related groups stay together: the ASIC companies sit next to each other.
    const companies = after[2]!.map((n) => n.id);
    expect(Math.abs(companies.indexOf('alchip') - companies.indexOf('faraday'))).toBe(1);
  });

  it('never does worse than the data’s order, on random graphs', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let trial = 0; trial < 40; trial++) {
      const nodes = Array.from({ length: 18 }, (_, i) => ({ id: `n${i}`, column: i % 3 }));
      const links = Array.from({ length: 24 }, () => {
        const s = Math.floor(rand() * 12);
        const sCol = s % 3;
        const t = nodes.filter((n) => n.column > sCol)[Math.floor(rand() * nodes.filter((n) => n.column > sCol).length)];
        return t && sCol < 2 ? { source: `n${s}`, target: t.id } : null;
      }).filter((l) => l !== null);
      const ordered = orderNodes(nodes, links);
      expect(countCrossings(ordered, links)).toBeLessThanOrEqual(countCrossings(columnsOf(nodes), links));
      expect(ordered.flat().map((n) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    }
  });

  it('keeps the data order when nothing crosses', () => {
    const nodes = [
      { id: 'a', column: 0 },
      { id: 'b', column: 0 },
      { id: 'x', column: 1 },
    ];
    expect(ids(orderNodes(nodes, [{ source: 'a', target: 'x' }]))).toEqual([['a', 'b'], ['x']]);
  });
});

describe('swapDelta', () => {
  it('is the change in crossings that swapping two neighbours makes, on random graphs', () => {
    const graph = fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 7 }))
      .chain(([cols, perCol]) =>
        fc.record({
          nodes: fc.constant(Array.from({ length: cols * perCol }, (_, i) => ({ id: `n${i}`, column: i % cols }))),
          links: fc.array(fc.tuple(fc.nat(cols * perCol - 1), fc.nat(cols * perCol - 1)), { maxLength: 30 }),
          column: fc.nat(cols - 1),
          at: fc.nat(perCol - 2),
        }),
      );
    fc.assert(
      fc.property(graph, ({ nodes, links: pairs, column, at }) => {
        const links = pairs.filter(([s, t]) => nodes[s]!.column < nodes[t]!.column).map(([s, t]) => ({ source: `n${s}`, target: `n${t}` }));
        const columns = columnsOf(nodes);
        // Nodes by index, as orderNodes numbers them: columns in order, then place.
        const all = columns.flat();
        const index = new Map(all.map((n, i) => [n.id, i]));
        const colOf = new Int32Array(all.length);
        const rank = new Int32Array(all.length);
        columns.forEach((c, ci) => c.forEach((n, r) => ((colOf[index.get(n.id)!] = ci), (rank[index.get(n.id)!] = r))));
        const neighbours: number[][] = all.map(() => []);
        for (const l of links) {
          neighbours[index.get(l.source)!]!.push(index.get(l.target)!);
          neighbours[index.get(l.target)!]!.push(index.get(l.source)!);
        }
        const col = columns[column]!;
        const before = countCrossings(columns, links);
        const delta = swapDelta(index.get(col[at]!.id)!, index.get(col[at + 1]!.id)!, neighbours, colOf, rank);
        [col[at], col[at + 1]] = [col[at + 1]!, col[at]!];
        expect(delta).toBe(countCrossings(columns, links) - before);
      }),
      { numRuns: 500 },
    );
  });
});
