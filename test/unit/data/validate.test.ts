import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../../src/lib/data/validate';
import { formatIssue } from '../../../src/lib/data/issue';
import { crossCheck } from '../../../src/lib/data/cross-check';
import { validateAll } from '../../../src/lib/data/validator';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'));
const clone = <T>(x: T): T => structuredClone(x);

describe('validateFile', () => {
  it('names file, path, expectation and value for a bad latitude', () => {
    const sites = clone(read('sites.json'));
    sites.sites[4].lat = 'N/A';
    const result = validateFile('sites', sites);
    expect(result.ok).toBe(false);
    expect(result.issues.map(formatIssue)).toContain('sites.json: sites[4].lat: expected number, got "N/A"');
  });

  it('reports an out-of-range number with its range', () => {
    const sites = clone(read('sites.json'));
    sites.sites[0].lon = 200;
    expect(validateFile('sites', sites).issues.map(formatIssue)).toEqual([
      'sites.json: sites[0].lon: expected a number between -180 and 180, got 200',
    ]);
  });

  it('reports a missing language in a text', () => {
    const entities = clone(read('entities.json'));
    delete entities.entities[2].name.en;
    const [issue] = validateFile('entities', entities).issues;
    expect(issue?.path).toBe('entities[2].name.en');
    expect(issue?.received).toBe('nothing');
  });

  it('rejects keys the contract does not know', () => {
    const flows = clone(read('flows.json'));
    flows.links[0].weight = 3;
    const [issue] = validateFile('flows', flows).issues;
    expect(issue?.path).toBe('links[0].weight');
    expect(issue?.expected).toContain('no such key');
  });

  it('rejects a non-http source URL (no javascript: links)', () => {
    const sources = clone(read('sources.json'));
    sources.sources[0].url = 'javascript:alert(1)';
    const issues = validateFile('sources', sources).issues;
    expect(issues.some((i) => i.path === 'sources[0].url')).toBe(true);
  });

  it('collects every problem, not just the first', () => {
    const sites = clone(read('sites.json'));
    sites.sites[0].lat = null;
    sites.sites[1].role = 'spaceport';
    sites.sites[2].announced = '2025-13';
    sites.sites[3].sources = [];
    const paths = validateFile('sites', sites).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['sites[0].lat', 'sites[1].role', 'sites[2].announced', 'sites[3].sources']));
  });

  it('never throws on arbitrary input', () => {
    for (const junk of [null, 0, 'x', [], {}, { sites: 'no' }, { sites: [null] }]) {
      expect(() => validateFile('sites', junk)).not.toThrow();
      expect(validateFile('sites', junk).ok).toBe(false);
    }
  });
});

describe('crossCheck', () => {
  const files = () => ({
    entities: read('entities.json'),
    sources: read('sources.json'),
    sites: read('sites.json'),
    flows: read('flows.json'),
    power: read('power.json'),
    story: read('story.json'),
  });

  it('finds a site of an unknown company', () => {
    const f = files();
    f.sites.sites[0].entity = 'no-such-company';
    expect(crossCheck(f).map(formatIssue)).toEqual([
      'sites.json: sites[0].entity: expected the id of an entity in entities.json, got "no-such-company"',
    ]);
  });

  it('finds a dangling Sankey link and an unknown source id', () => {
    const f = files();
    f.flows.links[0].target = 'nowhere';
    f.power.series[0].sources = ['made-up'];
    const found = crossCheck(f).map((i) => `${i.file} ${i.path}`);
    expect(found).toContain('flows.json links[0].target');
    expect(found).toContain('power.json series[0].sources[0]');
  });

  it('keeps a broken file from failing the others', () => {
    const f = files();
    const sites = f.sites;
    sites.sites[1].lat = 'N/A';
    const state = validateAll({ ...f, sites });
    expect(state.sites?.status).toBe('error');
    expect(state.flows?.status).toBe('ready');
    expect(state.power?.status).toBe('ready');
  });
});

describe('the manifest contract', () => {
  it('takes relative paths and http(s) URLs, never another scheme', async () => {
    const v = await import('valibot');
    const { Manifest } = await import('../../../src/lib/data/schema');
    const manifest = (entities: string) => ({
      name: { zh: 'x', en: 'x' },
      version: '1',
      files: { entities, sources: 's.json', sites: './a/sites.json', flows: '../flows.json', power: 'https://example.org/p.json' },
    });
    expect(v.safeParse(Manifest, manifest('entities.json')).success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', '//evil.example/e.json']) {
      expect(v.safeParse(Manifest, manifest(bad)).success, bad).toBe(false);
    }
  });
});
