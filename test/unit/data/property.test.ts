import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetFileKey } from '../../../src/lib/data/schema';
import { datasetFiles } from '../../../src/lib/data/keys';
import { validateFile, validateManifest } from '../../../src/lib/data/validate';
import { formatIssue } from '../../../src/lib/data/issue';
import { crossCheck } from '../../../src/lib/data/cross-check';
import { validateAll } from '../../../src/lib/data/validator';
import { translated } from '../../../src/lib/i18n/issues';
import { validDataset } from './arbitrary';
import { loadStrings } from '../../../src/lib/i18n/strings';

// The Chinese rewording rules are part of the zh strings, which the app fetches for a Chinese reader.
beforeAll(() => loadStrings('zh'));

const files = (d: object) => Object.fromEntries(datasetFiles.map((k) => [k, (d as Record<string, unknown>)[k]])) as Record<DatasetFileKey, unknown>;

/** Replaces the value at a random path of `json` with `junk` (or deletes the key when junk is undefined). */
function mutate(json: unknown, pick: number, junk: unknown): unknown {
  const copy = structuredClone(json);
  const slots: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => (slots.push([node as never, i]), walk(v)));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) (slots.push([node as never, k]), walk(v));
  };
  walk(copy);
  if (!slots.length) return junk;
  const [parent, key] = slots[pick % slots.length]!;
  if (junk === undefined && !Array.isArray(parent)) delete parent[key];
  else parent[key] = junk;
  return copy;
}

describe('the validator against arbitrary input', { timeout: 60_000 }, () => {
  it('never throws on arbitrary JSON, for every file, the manifest and validateAll', () => {
    fc.assert(
      fc.property(fc.constantFrom(...datasetFiles), fc.jsonValue(), (key, json) => {
        const result = validateFile(key, json);
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
        expect(validateManifest(json).ok).toBe(false);
        expect(() => validateAll({ [key]: json })).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on objects shaped almost like a file (right keys, arbitrary values)', () => {
    const nearly = fc.record({
      entities: fc.array(fc.dictionary(fc.constantFrom('id', 'kind', 'name', 'chapters', 'sources', 'hq', '__proto__', 'constructor'), fc.jsonValue())),
      sites: fc.array(fc.jsonValue()),
      nodes: fc.array(fc.jsonValue()),
      links: fc.array(fc.jsonValue()),
      series: fc.array(fc.jsonValue()),
    });
    fc.assert(
      fc.property(nearly, (json) => {
        for (const key of datasetFiles) expect(() => validateAll({ [key]: json })).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });

  it('every valid generated dataset passes with no issue at all', () => {
    fc.assert(
      fc.property(validDataset(), (d) => {
        for (const key of datasetFiles) expect(validateFile(key, d[key]).issues.map(formatIssue)).toEqual([]);
        expect(validateManifest(d.manifest).issues).toEqual([]);
        expect(crossCheck(d).map(formatIssue)).toEqual([]);
        const state = validateAll(files(d));
        for (const key of datasetFiles) expect(state[key]?.status).toBe('ready');
      }),
      { numRuns: 40 },
    );
  });

  it('a valid dataset with one value replaced by junk: no throw, issues name real paths, all worded in Chinese too', () => {
    const junk = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constantFrom('<script>x</script>', 'javascript:1', 'Bad Id', -1e9, 1e9));
    fc.assert(
      fc.property(validDataset(), fc.constantFrom(...datasetFiles), fc.nat(), junk, (d, key, pick, value) => {
        const raw = { ...files(d), [key]: mutate(d[key], pick, value) };
        const state = validateAll(raw);
        for (const k of datasetFiles) {
          const f = state[k]!;
          const issues = f.status === 'error' ? f.issues : f.status === 'ready' ? f.warnings : [];
          for (const issue of issues) {
            expect(issue.file).toMatch(/^[a-z]+\.json$/);
            expect(translated(issue.expected, 'expected'), issue.expected).not.toBeNull();
            expect(translated(issue.received, 'received'), issue.received).not.toBeNull();
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('cross-checks never throw on valid files with dangling ids', () => {
    fc.assert(
      fc.property(validDataset(), fc.string(), (d, id) => {
        const broken = structuredClone(d);
        broken.sites.sites.forEach((s) => (s.entity = id || 'x'));
        broken.flows.links.forEach((l) => (l.target = id || 'x'));
        broken.power.annotations.forEach((a) => (a.entities = [id]));
        expect(() => crossCheck(broken)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
