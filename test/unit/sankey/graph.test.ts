import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../../../src/lib/model/sankey/graph';
import { linkWeight, widthScale } from '../../../src/lib/model/sankey/width';
import { entityMap, flows } from './fixture';

describe('widthScale', () => {
  const m = (value: number | null, unit: string | null) => ({ value, unit });
  it.each([
    ['no links', [], { mode: 'count', units: [] }],
    ['no values', [m(null, null), m(null, null)], { mode: 'count', units: [] }],
    ['one unit throughout', [m(3, 'USD bn'), m(5, 'USD bn')], { mode: 'measured', unit: 'USD bn' }],
    ['a value beside an unmeasured link', [m(3, 'USD bn'), m(null, null)], { mode: 'count', units: ['USD bn'] }],
    ['two units', [m(3, 'USD bn'), m(5, 'TWh')], { mode: 'count', units: ['USD bn', 'TWh'] }],
  ])('%s', (_, links, expected) => {
    expect(widthScale(links)).toEqual(expected);
  });

  it('never invents a magnitude: count mode weighs every link 1', () => {
    expect(linkWeight({ mode: 'count', units: ['USD bn'] }, { value: 40 })).toBe(1);
    expect(linkWeight({ mode: 'measured', unit: 'USD bn' }, { value: 40 })).toBe(40);
  });
});

describe('buildFlowGraph', () => {
  it('keeps every node and link without a chapter', () => {
    const g = buildFlowGraph(flows, entityMap, null);
    expect(g.nodes.map((n) => n.id)).toEqual(flows.nodes.map((n) => n.id));
    expect(g.links).toHaveLength(flows.links.length);
    expect(g.links[0]!.key).toBe('export-fee->gpu');
    expect(g.scale).toEqual({ mode: 'count', units: [] });
  });

  it('keeps only a chapter’s links and the nodes they touch', () => {
    const g = buildFlowGraph(flows, entityMap, 'ch-move');
    expect(g.links.map((l) => l.key)).toEqual(['chips-act->servers', 'servers->quanta']);
    expect(g.nodes.map((n) => n.id)).toEqual(['chips-act', 'servers', 'quanta']);
  });

  it('decides the width scale on the whole file, not the filtered part', () => {
    const mixed = { ...flows, links: flows.links.map((l, i) => (i < 3 ? { ...l, value: 2, unit: 'USD bn' } : l)) };
    expect(buildFlowGraph(mixed, entityMap, 'ch-move').scale).toEqual({ mode: 'count', units: ['USD bn'] });
  });

  it('does not touch its input', () => {
    const before = JSON.stringify(flows);
    buildFlowGraph(flows, entityMap, 'ch-geo');
    expect(JSON.stringify(flows)).toBe(before);
  });
});
