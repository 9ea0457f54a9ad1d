import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../../../src/lib/model/sankey/graph';
import { orderNodes } from '../../../src/lib/model/sankey/order';
import { layoutSankey, relaxPasses, type SankeyLayout } from '../../../src/lib/model/sankey/layout';
import shippedFlows from '../../../data/flows.json';
import { collisions, labelBoxes } from './label-boxes';
import type { Lang } from '../../../src/lib/i18n/lang';
import { entityMap, flows } from './fixture';

function layout(width: number, lang: Lang = 'en', chapter: string | null = null): SankeyLayout {
  const graph = buildFlowGraph(flows, entityMap, chapter);
  return layoutSankey(graph, orderNodes(graph.nodes, graph.links), width, lang);
}

const widths = [320, 390, 639, 640, 800, 1280, 1920];

describe('layoutSankey', () => {
  it.each(widths.flatMap((w) => (['en', 'zh'] as const).map((lang) => [w, lang] as const)))('at %i px (%s): labels neither overlap nor leave the frame', (width, lang) => {
    const l = layout(width, lang);
    const boxes = labelBoxes(l);
    for (const a of boxes) {
      expect(a.x0, a.id).toBeGreaterThanOrEqual(-0.5);
      expect(a.x1, a.id).toBeLessThanOrEqual(width + 0.5);
      expect(a.y0, a.id).toBeGreaterThanOrEqual(l.headY);
      expect(a.y1, a.id).toBeLessThanOrEqual(l.height);
    }
    expect(collisions(boxes)).toEqual([]);
  });

  it('puts every node in its own column, left to right, and inside the frame', () => {
    const l = layout(1280);
    const byId = new Map(l.nodes.map((n) => [n.id, n]));
    for (const n of flows.nodes) expect(byId.get(n.id)!.rank).toBe(n.column);
    for (const link of flows.links) expect(byId.get(link.target)!.x0).toBeGreaterThan(byId.get(link.source)!.x1);
    for (const n of l.nodes) {
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(l.height);
      expect(n.x1 - n.x0).toBeGreaterThan(0);
    }
  });

  it('keeps a filtered chapter’s columns apart even when the path skips one', () => {
    const skip = { ...flows, links: [{ ...flows.links[0]!, source: 'chips-act', target: 'quanta', chapters: ['ch-move'] }] };
    const graph = buildFlowGraph(skip, entityMap, 'ch-move');
    const l = layoutSankey(graph, orderNodes(graph.nodes, graph.links), 800, 'en');
    const [a, b] = l.nodes;
    expect(b!.x0 - a!.x1).toBeGreaterThan(100);
    expect(l.links[0]!.d).toMatch(/^M/);
  });

  it('goes compact (labels beside, on the right) below 640 px', () => {
    expect(layout(639).compact).toBe(true);
    expect(layout(640).compact).toBe(false);
    expect(layout(390).nodes.every((n) => n.label.anchor === 'start')).toBe(true);
    expect(layout(1280).nodes.filter((n) => n.rank === 0).every((n) => n.label.anchor === 'end')).toBe(true);
  });

  it('puts tickers on companies only and a fact-check mark on nodes whose links carry a claim', () => {
    const l = layout(1280);
    const last = (id: string) => l.nodes.find((n) => n.id === id)!.label.lines.at(-1)!;
    expect(last('nvidia')).toMatchObject({ ticker: 'NVDA', mark: true });
    expect(last('quanta')).toMatchObject({ ticker: '2382.TW', mark: false });
    expect(last('servers')).toMatchObject({ ticker: null });
    // An unverified English name is flagged in English only.
    expect(l.nodes.find((n) => n.id === 'faraday')!.label.lines[0]!.text).toBe('Faraday*');
    expect(layout(1280, 'zh').nodes.find((n) => n.id === 'faraday')!.label.lines[0]!.text).toBe('巨有科技');
  });

  it('draws count widths the same for every link, and never mutates the graph it is given', () => {
    const graph = buildFlowGraph(flows, entityMap, null);
    const before = JSON.stringify(graph);
    const l = layoutSankey(graph, orderNodes(graph.nodes, graph.links), 900, 'en');
    expect(JSON.stringify(graph)).toBe(before);
    expect(new Set(l.links.map((x) => x.width.toFixed(3))).size).toBe(1);
  });

  it('draws measured widths in proportion to the values', () => {
    const measured = { ...flows, links: flows.links.map((x, i) => ({ ...x, value: i + 1, unit: 'USD bn' })) };
    const graph = buildFlowGraph(measured, entityMap, null);
    const l = layoutSankey(graph, orderNodes(graph.nodes, graph.links), 900, 'en');
    const w = new Map(l.links.map((x) => [x.key, x.width]));
    expect(w.get('servers->quanta')! / w.get('export-fee->gpu')!).toBeCloseTo(8, 5);
  });

  it('relaxes a graph the size of the shipped one fully, and a synthetic 50x one with d3-sankey’s default passes', () => {
    expect(shippedFlows.links.length).toBeLessThan(190);
    expect(relaxPasses(shippedFlows.links.length)).toBe(32);
    expect(relaxPasses(3000)).toBe(6);
    const sizes = [1, 100, 190, 250, 500, 1000, 3000, 100000];
    const passes = sizes.map(relaxPasses);
    passes.slice(1).forEach((p, i) => expect(p, `${sizes[i + 1]} links`).toBeLessThanOrEqual(passes[i]!));
  });
});
