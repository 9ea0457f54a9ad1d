import type { Entity, FlowLink, FlowsFile } from '../../data/schema';
import { linkKey } from '../related';
import { linkWeight, widthScale, type WidthScale } from './width';

export interface GraphNode {
  id: string;
  column: number;
  entity: Entity;
}

export interface GraphLink {
  /** `source->target`, the same key the relation index uses. */
  key: string;
  source: string;
  target: string;
  link: FlowLink;
  /** The width in the scale's terms: the measured value, or 1. */
  weight: number;
}

export interface FlowGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  scale: WidthScale;
}

/**
 * The drawable graph for one chapter (null: all of them): the links that name the chapter and the
 * nodes they touch. The width scale is decided on the whole file, so a filter never changes what a
 * width means. Expects flows that passed checkFlows.
 */
export function buildFlowGraph(flows: FlowsFile, entities: ReadonlyMap<string, Entity>, chapter: string | null): FlowGraph {
  const scale = widthScale(flows.links);
  const kept = chapter === null ? flows.links : flows.links.filter((l) => l.chapters.includes(chapter));
  const touched = new Set(kept.flatMap((l) => [l.source, l.target]));
  const nodes = flows.nodes
    .filter((n) => chapter === null || touched.has(n.id))
    .map((n) => ({ id: n.id, column: n.column, entity: entities.get(n.id)! }));
  const links = kept.map((l) => ({ key: linkKey(l), source: l.source, target: l.target, link: l, weight: linkWeight(scale, l) }));
  return { nodes, links, scale };
}
