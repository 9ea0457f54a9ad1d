import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vouchFor } from '../../../scripts/vouch-data-plugin';
import { datasetFiles } from '../../../src/lib/data/keys';
import { digestOf } from '../../../src/lib/data/vouch';

const dataDir = new URL('../../../data/', import.meta.url);
const shipped = (): Record<string, string> => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dataDir), 'utf8')) as { files: Record<string, string> };
  return Object.fromEntries(Object.values(manifest.files).map((path) => [path, readFileSync(new URL(path, dataDir), 'utf8')]));
};
const manifestText = () => readFileSync(new URL('manifest.json', dataDir), 'utf8');
const reader = (texts: Record<string, string>) => (path: string) => texts[path] ?? null;

describe('vouchFor: the build vouches for the shipped data only if the app would take it without a word', () => {
  it('vouches for the shipped dataset: the digest of the manifest and of every file it names', async () => {
    const texts = shipped();
    const { vouch, problems } = await vouchFor(manifestText(), reader(texts));
    expect(problems).toEqual([]);
    expect(vouch?.manifest).toBe(await digestOf(manifestText()));
    expect(Object.keys(vouch?.files ?? {}).sort()).toEqual([...datasetFiles].sort());
    expect(vouch?.files.sites).toBe(await digestOf(texts['sites.json']!));
  });

  it('does not vouch for a file with an error, and says where', async () => {
    const texts = shipped();
    const sites = JSON.parse(texts['sites.json']!);
    sites.sites[2].lat = 'N/A';
    const { vouch, problems } = await vouchFor(manifestText(), reader({ ...texts, 'sites.json': JSON.stringify(sites) }));
    expect(vouch).toBeNull();
    expect(problems).toContainEqual('sites.json: sites[2].lat: expected number, got "N/A"');
  });

  it('nor for one with only a warning (the app would show it), nor a broken reference across files', async () => {
    const texts = shipped();
    const sites = JSON.parse(texts['sites.json']!);
    sites.sites[0].shape = 'round';
    expect((await vouchFor(manifestText(), reader({ ...texts, 'sites.json': JSON.stringify(sites) }))).problems).toContainEqual(
      expect.stringContaining('sites[0].shape'),
    );
    delete sites.sites[0].shape;
    sites.sites[0].entity = 'no-such-company';
    const { vouch, problems } = await vouchFor(manifestText(), reader({ ...texts, 'sites.json': JSON.stringify(sites) }));
    expect(vouch).toBeNull();
    expect(problems).toContainEqual(expect.stringContaining('sites[0].entity'));
  });

  it('nor for a manifest or a file it cannot read, nor a file named by an http(s) URL', async () => {
    const texts = shipped();
    expect((await vouchFor('{', reader(texts))).problems).toEqual(['manifest.json is not JSON']);
    const { 'power.json': _gone, ...rest } = texts;
    expect((await vouchFor(manifestText(), reader(rest))).problems).toEqual(['power.json: power.json is not a file of this build']);
    expect((await vouchFor(manifestText(), reader({ ...texts, 'flows.json': '{"nodes": [' }))).problems).toContainEqual('flows.json: flows.json is not JSON');
    const remote = JSON.parse(manifestText());
    remote.files.story = 'https://example.org/story.json';
    expect((await vouchFor(JSON.stringify(remote), reader(texts))).vouch).toBeNull();
  });
});
