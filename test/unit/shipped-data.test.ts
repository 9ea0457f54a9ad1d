import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../../src/lib/data/keys';
import { validateFile } from '../../src/lib/data/validate';
import { formatIssue } from '../../src/lib/data/issue';
import { crossCheck } from '../../src/lib/data/cross-check';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

describe('the shipped dataset', () => {
  const files: Record<string, unknown> = {};
  for (const key of datasetFiles) {
    it(`${key}.json follows its schema`, () => {
      const result = validateFile(key, read(`${key}.json`));
      expect(result.issues.map(formatIssue)).toEqual([]);
      if (result.ok) files[key] = result.data;
    });
  }
  it('has no dangling references between files', () => {
    expect(Object.keys(files)).toHaveLength(datasetFiles.length);
    expect(crossCheck(files).map(formatIssue)).toEqual([]);
  });
  it('cites every source it lists, and lists only sources it cites', () => {
    const text = datasetFiles.filter((k) => k !== 'sources').map((k) => readFileSync(new URL(`../../data/${k}.json`, import.meta.url), 'utf8')).join('\n');
    const ids: string[] = read('sources.json').sources.map((s: { id: string }) => s.id);
    const unused = ids.filter((id) => !text.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });
  it('names every file in the manifest', () => {
    const manifest = read('manifest.json');
    const present = readdirSync(new URL('../../data/', import.meta.url));
    for (const key of datasetFiles) expect(present).toContain(manifest.files[key]);
  });
});
