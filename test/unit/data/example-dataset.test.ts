import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../../../src/lib/data/keys';
import { validateManifest } from '../../../src/lib/data/validate';
import { formatIssue } from '../../../src/lib/data/issue';
import { validateAll } from '../../../src/lib/data/validator';

const dir = new URL('../../../data/examples/', import.meta.url);
const examples = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe.each(examples)('the example dataset %s', (name) => {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`${name}/${file}`, dir), 'utf8'));
  const manifest = read('manifest.json');

  it('follows the contract with no error and no warning', () => {
    expect(validateManifest(manifest).issues.map(formatIssue)).toEqual([]);
    const state = validateAll(Object.fromEntries(datasetFiles.map((k) => [k, read(manifest.files[k])])));
    for (const key of datasetFiles) {
      const f = state[key]!;
      expect(f.status === 'error' ? f.issues.map(formatIssue) : f.status === 'ready' ? f.warnings : []).toEqual([]);
    }
  });

  it('says it is a demo in its name, in both languages', () => {
    expect(manifest.name.en).toMatch(/DEMO/);
    expect(manifest.name.zh).toMatch(/示範/);
  });

  it('cites only sources it lists, lists only sources it cites, each a real https page', () => {
    const text = datasetFiles.filter((k) => k !== 'sources').map((k) => readFileSync(new URL(`${name}/${manifest.files[k]}`, dir), 'utf8')).join('\n');
    const sources: { id: string; url: string | null }[] = read('sources.json').sources;
    expect(sources.filter((s) => !text.includes(`"${s.id}"`)).map((s) => s.id)).toEqual([]);
    for (const s of sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.url).not.toMatch(/example\.(org|com|net)/);
    }
  });
});
