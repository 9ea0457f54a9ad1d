import { describe, expect, it } from 'vitest';
import { adjacency, downstream, pathClosure } from '../../../src/lib/model/closure';
import { buildRelationIndex, relatedIds } from '../../../src/lib/model/related';

const edges = [
  { source: 'fee', target: 'asic' },
  { source: 'asic', target: 'alchip' },
  { source: 'chips', target: 'asic' },
  { source: 'chips', target: 'servers' },
  { source: 'servers', target: 'quanta' },
];

describe('pathClosure', () => {
  it('takes the full upstream and downstream chain, not only neighbours', () => {
    expect(pathClosure(adjacency(edges), 'alchip')).toEqual(new Set(['alchip', 'asic', 'fee', 'chips']));
    expect(pathClosure(adjacency(edges), 'asic')).toEqual(new Set(['asic', 'fee', 'chips', 'alchip']));
  });
  it('stops on cycles', () => {
    const cyc = adjacency([...edges, { source: 'alchip', target: 'fee' }]);
    expect(pathClosure(cyc, 'fee').size).toBe(4);
  });
  it('downstream of a policy is what it leads to', () => {
    expect(downstream(adjacency(edges), 'chips')).toEqual(new Set(['chips', 'asic', 'alchip', 'servers', 'quanta']));
  });
});

describe('relatedIds', () => {
  const L = (zh: string) => ({ zh, en: zh });
  const index = buildRelationIndex({
    flows: {
      widthMeaning: L('w'),
      nodes: [],
      links: edges.map((e) => ({ ...e, value: null, unit: null, note: L(''), chapters: ['ch-x'], sources: ['a'] })),
    },
    sites: {
      sites: [{ id: 'quanta-nashville', entity: 'quanta', chapters: ['ch-x'] }] as never,
    },
    power: {
      series: [{ id: 'tsmc-share', entity: 'tsmc', chapters: [] }] as never,
      annotations: [{ id: 'grid-plan', entities: ['quanta'], chapters: [] }] as never,
    },
  });
  it('maps a site to its company, the company’s Sankey path, and what concerns it', () => {
    expect(relatedIds(index, 'quanta-nashville')).toEqual(new Set(['quanta-nashville', 'quanta', 'servers', 'chips', 'grid-plan']));
  });
  it('maps a policy to everything on its paths, including sites', () => {
    const lit = relatedIds(index, 'chips');
    expect(lit.has('quanta-nashville')).toBe(true);
    expect(lit.has('alchip')).toBe(true);
    expect(lit.has('fee')).toBe(false);
  });
  it('maps a power series to its company', () => {
    expect(relatedIds(index, 'tsmc-share')).toEqual(new Set(['tsmc-share', 'tsmc']));
  });
});
