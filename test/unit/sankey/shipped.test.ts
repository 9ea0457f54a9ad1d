import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../../src/lib/data/validate';
import { formatIssue } from '../../../src/lib/data/issue';
import type { Entity, FlowsFile } from '../../../src/lib/data/schema';
import { checkFlows } from '../../../src/lib/model/sankey/check';
import { buildFlowGraph } from '../../../src/lib/model/sankey/graph';
import { columnsOf, countCrossings, orderNodes } from '../../../src/lib/model/sankey/order';
import { layoutSankey } from '../../../src/lib/model/sankey/layout';
import { collisions, labelBoxes } from './label-boxes';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'));
const flowsResult = validateFile('flows', read('flows.json'));
const entitiesResult = validateFile('entities', read('entities.json'));
const flows = (flowsResult.ok ? flowsResult.data : null) as FlowsFile;
const entities = new Map<string, Entity>(entitiesResult.ok ? entitiesResult.data.entities.map((e) => [e.id, e]) : []);
const chapters = [null, ...[...entities.values()].filter((e) => e.kind === 'chapter').map((e) => e.id)];

describe('the shipped flows.json as a Sankey', () => {
  it('is a drawable graph', () => {
    expect(flowsResult.ok && entitiesResult.ok).toBe(true);
    expect(checkFlows(flows, new Set(entities.keys())).map(formatIssue)).toEqual([]);
  });

  it('is ordered with fewer crossings than the file’s own order', () => {
    const graph = buildFlowGraph(flows, entities, null);
    const before = countCrossings(columnsOf(graph.nodes), graph.links);
    expect(countCrossings(orderNodes(graph.nodes, graph.links), graph.links)).toBeLessThan(Math.max(1, before));
  });

  it.each(chapters.flatMap((ch) => [320, 390, 700, 1280, 1920].flatMap((w) => (['zh', 'en'] as const).map((lang) => [ch, w, lang] as const))))(
    'chapter %s at %i px (%s): no estimated label overlaps',
    (chapter, width, lang) => {
      const graph = buildFlowGraph(flows, entities, chapter);
      const layout = layoutSankey(graph, orderNodes(graph.nodes, graph.links), width, lang);
      const boxes = labelBoxes(layout);
      expect(collisions(boxes)).toEqual([]);
      for (const b of boxes) expect(b.x1, b.id).toBeLessThanOrEqual(width + 0.5);
    },
  );
});
