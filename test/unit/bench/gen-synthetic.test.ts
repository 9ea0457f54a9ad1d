import { describe, expect, it } from 'vitest';
import { generate, expectedCounts, NODES_PER_BLOCK, PER_BLOCK } from '../../../scripts/gen-synthetic.mjs';
import type { DatasetFileKey, DatasetFiles } from '../../../src/lib/data/schema';
import { datasetFiles } from '../../../src/lib/data/keys';
import { validateFile } from '../../../src/lib/data/validate';
import { formatIssue } from '../../../src/lib/data/issue';
import { crossCheck } from '../../../src/lib/data/cross-check';

const scales = [1, 10, 50] as const;
const datasets = new Map(scales.map((k) => [k, generate({ scale: k, seed: 1 })]));
const of = (k: number) => datasets.get(k as (typeof scales)[number])!;

/** Depth-first search for a cycle in the Sankey links. */
function hasCycle(links: readonly { source: string; target: string }[]): boolean {
  const out = new Map<string, string[]>();
  for (const l of links) (out.get(l.source) ?? out.set(l.source, []).get(l.source)!).push(l.target);
  const state = new Map<string, 1 | 2>();
  const visit = (n: string): boolean => {
    if (state.get(n) === 1) return true;
    if (state.get(n) === 2) return false;
    state.set(n, 1);
    if ((out.get(n) ?? []).some(visit)) return true;
    state.set(n, 2);
    return false;
  };
  return [...out.keys()].some(visit);
}

describe('gen-synthetic', () => {
  it('is deterministic: the same seed and scale give identical output', () => {
    expect(JSON.stringify(generate({ scale: 10, seed: 1 }))).toBe(JSON.stringify(of(10)));
    expect(JSON.stringify(generate({ scale: 1, seed: 7 }))).toBe(JSON.stringify(generate({ scale: 1, seed: 7 })));
  });

  it('gives different data for a different seed', () => {
    expect(JSON.stringify(generate({ scale: 1, seed: 2 }))).not.toBe(JSON.stringify(of(1)));
  });

  it('rejects a scale that is not a whole number >= 1', () => {
    expect(() => generate({ scale: 0 })).toThrow();
    expect(() => generate({ scale: 1.5 })).toThrow();
  });

  for (const k of scales) {
    describe(`at x${k}`, () => {
      const data = of(k);
      const files: Partial<DatasetFiles> = {};

      for (const key of datasetFiles) {
        it(`${key}.json follows the app's schema`, () => {
          const result = validateFile(key as DatasetFileKey, data[key]);
          expect(result.issues.map(formatIssue)).toEqual([]);
          if (result.ok) (files as Record<string, unknown>)[key] = result.data;
        });
      }

      it('has no dangling references between files (the app cross-check)', () => {
        expect(Object.keys(files).sort()).toEqual([...datasetFiles].sort());
        expect(crossCheck(files).map(formatIssue)).toEqual([]);
      });

      it('names every file in its manifest', () => {
        for (const key of datasetFiles) expect(data.manifest.files[key]).toBe(`${key}.json`);
      });

      it('scales the counts as promised', () => {
        const want = expectedCounts(k);
        expect(data.flows.nodes).toHaveLength(NODES_PER_BLOCK * k);
        expect(data.flows.links).toHaveLength(PER_BLOCK.links * k);
        expect(data.sites.sites).toHaveLength(PER_BLOCK.sites * k);
        expect(data.power.series).toHaveLength(want.series);
        expect(data.power.annotations).toHaveLength(want.annotations);
      });

      it('has acyclic flows with no duplicate links, running from a lower column to a higher one', () => {
        const column = new Map(data.flows.nodes.map((n) => [n.id, n.column]));
        const keys = data.flows.links.map((l) => `${l.source}>${l.target}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const l of data.flows.links) expect(column.get(l.target)!).toBeGreaterThan(column.get(l.source)!);
        expect(hasCycle(data.flows.links)).toBe(false);
      });

      it('cites every source it lists', () => {
        const { sources, ...rest } = data;
        const text = JSON.stringify(rest);
        const unused = sources.sources.map((s) => s.id).filter((id) => !text.includes(`"${id}"`));
        expect(unused).toEqual([]);
      });

      it('gives every site an arc origin in Taiwan where it has one', () => {
        const entities = new Map(data.entities.entities.map((e) => [e.id, e]));
        const withOrigin = data.sites.sites.filter((s) => s.origin !== null);
        expect(withOrigin.length).toBeGreaterThan(data.sites.sites.length / 2);
        for (const s of withOrigin) expect(entities.get(s.origin!)?.country).toBe('TW');
      });
    });
  }

  it('x50 has 50x the Sankey nodes and links of x1', () => {
    expect(of(50).flows.nodes.length).toBe(50 * of(1).flows.nodes.length);
    expect(of(50).flows.links.length).toBe(50 * of(1).flows.links.length);
    expect(of(50).sites.sites.length).toBe(500);
  });
});
