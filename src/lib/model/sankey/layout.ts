import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { EntityKind } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import type { FlowGraph, GraphNode } from './graph';
import { dodge } from './dodge';
import { linkPath } from './link-path';
import { isUnverifiedName, labelWidth, nodeName, nodeTicker, wrapLabel, type LabelLine } from './labels';

export interface LaidNode {
  id: string;
  /** The data's column, and its index among the columns drawn (a filter may leave gaps). */
  column: number;
  rank: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Flows in and out, in the width scale's terms. */
  value: number;
  label: { lines: LabelLine[]; x: number; y: number; anchor: 'start' | 'end' };
}

export interface LaidLink {
  key: string;
  source: string;
  target: string;
  width: number;
  /** SVG path of the link's centre line (drawn with stroke-width = width). */
  d: string;
  /** The rows the drawn link spans: its curve runs between its two ends' heights. */
  top: number;
  bottom: number;
  /** The first chapter the link belongs to: its colour. */
  chapter: string;
  claims: boolean;
}

export interface ColumnHead {
  rank: number;
  /** The kind most nodes of the column have, to name it. */
  kind: EntityKind | null;
  x: number;
  anchor: 'start' | 'end';
}

export interface SankeyLayout {
  width: number;
  height: number;
  /** Narrow screens: every label beside its node, on the right; short names first. */
  compact: boolean;
  fontPx: number;
  lineHeight: number;
  /** Where the column heads' baseline sits. */
  headY: number;
  nodes: LaidNode[];
  links: LaidLink[];
  heads: ColumnHead[];
}

export const COMPACT_BELOW = 640;
const HEAD_HEIGHT = 22;
const LABEL_PAD = 6;
const LABEL_GAP = 1;

type N = { id: string; rank: number; order: number };
type L = { key: string };

function dominantKind(nodes: readonly GraphNode[]): EntityKind | null {
  const counts = new Map<EntityKind, number>();
  for (const n of nodes) counts.set(n.entity.kind, (counts.get(n.entity.kind) ?? 0) + 1);
  let best: EntityKind | null = null;
  for (const [kind, count] of counts) if (best === null || count > counts.get(best)!) best = kind;
  return best;
}

/**
 * How many relaxation passes d3-sankey makes, each costing time in proportion to the links: 32
 * settle a small graph's bands into straight runs (the shipped graph, 65 links, and any up to ~190),
 * then fewer, down to d3-sankey's own default of 6 from ~1,000 links, where 32 took ~150 ms of a
 * load (x50 synthetic data, 3,000 links) and the bands are too many to follow one by eye.
 */
export function relaxPasses(links: number): number {
  return Math.max(6, Math.min(32, Math.round(6000 / links)));
}

/**
 * Positions for one graph at one width: d3-sankey places the nodes vertically (on copies: it
 * mutates its input) in the given within-column order. No two labels can overlap: a column's
 * labels sit in the lane beside it, wrapped to the lane's width, so columns never meet; within a
 * column they dodge each other vertically, and the height leaves room for all of them stacked.
 * Run once per data, filter, language or width change, never on hover.
 */
export function layoutSankey(graph: FlowGraph, order: readonly (readonly GraphNode[])[], width: number, lang: Lang): SankeyLayout {
  const compact = width < COMPACT_BELOW;
  const fontPx = compact ? 12 : 12.5;
  const lineHeight = Math.round(fontPx * 1.3);
  const nodeWidth = compact ? 8 : 10;
  const k = order.length;

  const claimed = new Set(graph.links.filter((l) => l.link.claims?.length).flatMap((l) => [l.source, l.target]));
  const nameOf = (n: GraphNode, short: boolean) => nodeName(n.entity, lang, short) + (isUnverifiedName(n.entity, lang) ? '*' : '');
  const natural = (n: GraphNode, short: boolean) => labelWidth(wrapLabel(nameOf(n, short), nodeTicker(n.entity), claimed.has(n.id), Infinity, fontPx), fontPx);

  // Margins hold the outer columns' labels (capped); the lanes between columns get the rest.
  const first = order[0] ?? [];
  const last = order[k - 1] ?? [];
  const labelsLeft = !compact && k > 1;
  const leftCap = width * 0.2;
  const rightCap = width * (compact ? 0.36 : 0.26);
  const left = labelsLeft ? Math.min(leftCap, Math.max(0, ...first.map((n) => natural(n, false))) + LABEL_PAD) : 0;
  const right = Math.min(rightCap, Math.max(0, ...last.map((n) => natural(n, compact))) + LABEL_PAD);
  const gap = k > 1 ? (width - left - right - k * nodeWidth) / (k - 1) : 0;
  const laneOf = (rank: number) => {
    if (rank === 0 && labelsLeft) return left - LABEL_PAD;
    if (rank === k - 1) return right - LABEL_PAD;
    return gap - 2 * LABEL_PAD;
  };
  const xOf = (rank: number) => (k > 1 ? left + rank * (nodeWidth + gap) : left);

  // A name that needs more than one line gives way to its short form, if that needs fewer.
  const labels = new Map<string, LabelLine[]>();
  for (const [rank, col] of order.entries()) {
    const lane = Math.max(24, laneOf(rank));
    for (const n of col) {
      const wrap = (short: boolean) => wrapLabel(nameOf(n, short), nodeTicker(n.entity), claimed.has(n.id), lane, fontPx);
      let lines = wrap(compact);
      if (lines.length > 1 && n.entity.short) {
        const short = wrap(true);
        if (short.length < lines.length) lines = short;
      }
      labels.set(n.id, lines);
    }
  }
  const labelHeight = (id: string) => labels.get(id)!.length * lineHeight;

  // Height from the data: a unit of width gets at least `unit` px in the fullest column, and every
  // column has room for all its labels stacked (they dodge each other where nodes are close).
  const value = new Map<string, number>();
  const into = new Map<string, number>();
  const outOf = new Map<string, number>();
  for (const l of graph.links) {
    outOf.set(l.source, (outOf.get(l.source) ?? 0) + l.weight);
    into.set(l.target, (into.get(l.target) ?? 0) + l.weight);
  }
  for (const n of graph.nodes) value.set(n.id, Math.max(into.get(n.id) ?? 0, outOf.get(n.id) ?? 0));
  const unit = graph.scale.mode === 'count' ? (compact ? 5 : 6) : 0;
  const padding = Math.max(6, lineHeight - (unit || 6));
  const body = Math.max(
    compact ? 200 : 260,
    ...order.map((col) => (col.length - 1) * padding + (unit ? col.reduce((s, n) => s + value.get(n.id)!, 0) * unit : col.length * 8)),
    ...order.map((col) => col.reduce((s, n) => s + labelHeight(n.id) + LABEL_GAP, 0)),
  );
  const firstLines = Math.max(1, ...order.map((col) => labels.get(col[0]?.id ?? '')?.length ?? 1));
  const top = HEAD_HEIGHT + (firstLines * lineHeight) / 2;
  const height = Math.ceil(top + body + lineHeight);

  const nodes: N[] = order.flatMap((col, rank) => col.map((n, i) => ({ id: n.id, rank, order: i })));
  const links = graph.links.map((l) => ({ source: l.source, target: l.target, value: l.weight, key: l.key }));
  const laid = sankey<N, L>()
    .nodeId((d) => d.id)
    .nodeWidth(nodeWidth)
    .nodePadding(padding)
    .nodeAlign((d) => d.rank)
    .nodeSort((a, b) => a.order - b.order)
    .iterations(relaxPasses(links.length))
    .extent([
      [left, top],
      [width - right, top + body],
    ])({ nodes, links });

  // d3-sankey clamps a column to the graph's depth; put every node back in its own column.
  for (const n of laid.nodes) {
    n.x0 = xOf(n.rank);
    n.x1 = n.x0 + nodeWidth;
  }
  // Labels sit level with their node unless neighbours crowd them; then they dodge.
  const labelY = new Map<string, number>();
  for (const rank of order.keys()) {
    const col = laid.nodes.filter((n) => n.rank === rank).sort((a, b) => a.y0! - b.y0!);
    const ys = dodge(
      col.map((n) => ({ y: (n.y0! + n.y1!) / 2, h: labelHeight(n.id) })),
      HEAD_HEIGHT,
      height,
      LABEL_GAP,
    );
    col.forEach((n, i) => labelY.set(n.id, ys[i]!));
  }
  const byKey = new Map(graph.links.map((l) => [l.key, l]));
  const dataOf = new Map(graph.nodes.map((n) => [n.id, n]));

  return {
    width,
    height,
    compact,
    fontPx,
    lineHeight,
    headY: HEAD_HEIGHT - 8,
    nodes: laid.nodes.map((n: SankeyNode<N, L>) => {
      const onLeft = n.rank === 0 && labelsLeft;
      const y0 = n.y0!;
      const y1 = n.y1!;
      return {
        id: n.id,
        column: dataOf.get(n.id)!.column,
        rank: n.rank,
        x0: n.x0!,
        x1: n.x1!,
        y0,
        y1,
        value: n.value ?? 0,
        label: { lines: labels.get(n.id)!, x: onLeft ? n.x0! - LABEL_PAD : n.x1! + LABEL_PAD, y: labelY.get(n.id)!, anchor: onLeft ? 'end' : 'start' },
      };
    }),
    links: laid.links.map((l: SankeyLink<N, L>) => {
      const data = byKey.get(l.key)!;
      const width = Math.max(1, l.width ?? 1);
      return {
        key: l.key,
        source: data.source,
        target: data.target,
        width,
        d: linkPath((l.source as SankeyNode<N, L>).x1!, l.y0!, (l.target as SankeyNode<N, L>).x0!, l.y1!),
        top: Math.min(l.y0!, l.y1!) - width / 2,
        bottom: Math.max(l.y0!, l.y1!) + width / 2,
        chapter: data.link.chapters[0]!,
        claims: Boolean(data.link.claims?.length),
      };
    }),
    heads: order.map((col, rank) => ({
      rank,
      kind: dominantKind(col),
      x: rank === 0 && labelsLeft ? xOf(0) + nodeWidth : xOf(rank),
      anchor: rank === 0 && labelsLeft ? 'end' : 'start',
    })),
  };
}

