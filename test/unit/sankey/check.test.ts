import { describe, expect, it } from 'vitest';
import { checkFlows, findCycle } from '../../../src/lib/model/sankey/check';
import { formatIssue } from '../../../src/lib/data/issue';
import { entityIds, flows } from './fixture';

const edges = (...pairs: string[]) => pairs.map((p) => ({ source: p.split('>')[0]!, target: p.split('>')[1]! }));

describe('findCycle', () => {
  it.each([
    [[], null],
    [edges('a>b', 'b>c', 'a>c'), null],
    [edges('a>b', 'b>a'), ['a', 'b', 'a']],
    [edges('x>a', 'a>b', 'b>c', 'c>a'), ['a', 'b', 'c', 'a']],
    [edges('a>a'), ['a', 'a']],
  ])('%j -> %j', (links, expected) => {
    expect(findCycle(links)).toEqual(expected);
  });

  it('survives a long chain without recursion', () => {
    const links = Array.from({ length: 20_000 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` }));
    expect(findCycle(links)).toBeNull();
    expect(findCycle([...links, { source: 'n20000', target: 'n0' }])).toHaveLength(20_002);
  });
});

describe('checkFlows', () => {
  it('accepts the fixture', () => {
    expect(checkFlows(flows, entityIds)).toEqual([]);
  });

  it('names a cycle instead of d3-sankey’s bare "circular link"', () => {
    const cyclic = { ...flows, links: [...flows.links, { ...flows.links[0]!, source: 'nvidia', target: 'export-fee' }] };
    const messages = checkFlows(cyclic, entityIds).map(formatIssue);
    expect(messages[0]).toBe('flows.json: links: expected links without a cycle, got a cycle export-fee → gpu → nvidia → export-fee');
    expect(messages[1]).toMatch(/^flows\.json: links\[8\]\.target: expected a node in a later column than the source \(column 2\)/);
  });

  it('reports dangling ids, self-links, bad values and nodes that are not entities, with paths', () => {
    const broken = {
      ...flows,
      nodes: [...flows.nodes, { id: 'ghost', column: 1 }],
      links: [
        { ...flows.links[0]!, target: 'nowhere' },
        { ...flows.links[1]!, target: flows.links[1]!.source },
        { ...flows.links[2]!, value: 0, unit: 'USD' },
        { ...flows.links[3]!, value: -5, unit: 'USD' },
      ],
    };
    const messages = checkFlows(broken, entityIds).map(formatIssue);
    expect(messages).toEqual([
      'flows.json: nodes[11].id: expected the id of an entity in entities.json, got "ghost"',
      'flows.json: links[0].target: expected the id of a node in nodes, got "nowhere"',
      'flows.json: links[1].target: expected a node other than the source, got "china-counter"',
      'flows.json: links[1].target: expected a node in a later column than the source (column 0), got "china-counter" in column 0',
      'flows.json: links[2].value: expected a number above 0, or null, got 0',
      'flows.json: links[3].value: expected a number above 0, or null, got -5',
    ]);
  });

  it('reports a duplicated node id', () => {
    const twice = { ...flows, nodes: [...flows.nodes, { id: 'amd', column: 2 }] };
    expect(checkFlows(twice, entityIds).map(formatIssue)).toEqual(['flows.json: nodes[11].id: expected an id not used before in nodes, got "amd"']);
  });
});
