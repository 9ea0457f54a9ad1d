import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, loadManifest } from '../../../src/lib/data/load';
import { datasetFiles } from '../../../src/lib/data/keys';
import { digestOf, matchesVouch, readVouch, VOUCH_META, type Vouch } from '../../../src/lib/data/vouch';

const text = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const shippedTexts = (): Record<string, string> => Object.fromEntries(['manifest', ...datasetFiles].map((k) => [`${k}.json`, text(`${k}.json`)]));

/** A fetch answering each file name from a table of texts; anything else is a 404. */
function fetchFrom(texts: Record<string, string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const name = new URL(String(input)).pathname.split('/').pop() ?? '';
    return name in texts ? new Response(texts[name]) : new Response('not found', { status: 404 });
  }) as typeof fetch;
}

/** A vouch for exactly these texts, as the build writes one. */
async function vouchOf(texts: Record<string, string>): Promise<Vouch> {
  const files: Vouch['files'] = {};
  for (const key of datasetFiles) files[key] = (await digestOf(texts[`${key}.json`]!))!;
  return { manifest: (await digestOf(texts['manifest.json']!))!, files };
}

const url = 'http://localhost/data/manifest.json';

/** The shipped texts with a key the contract does not know in sites[0] (a warning when validated). */
function withUnknownKey(): { texts: Record<string, string>; sites: { sites: [Record<string, unknown>, ...Record<string, unknown>[]] } } {
  const texts = shippedTexts();
  const sites = JSON.parse(texts['sites.json']!);
  sites.sites[0].shape = 'round';
  texts['sites.json'] = JSON.stringify(sites);
  return { texts, sites };
}
const hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('digestOf', () => {
  it('is the SHA-256 of the UTF-8 bytes, in hex', async () => {
    expect(await digestOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const s of ['é', '台積電 6%', '{"a":1}\n']) expect(await digestOf(s)).toBe(hex(s));
  });
});

describe('readVouch', () => {
  const page = (content: string | null) => ({
    querySelector: (selector: string) =>
      selector === `meta[name="${VOUCH_META}"]` && content !== null ? ({ getAttribute: (name: string) => (name === 'content' ? content : null) } as Element) : null,
  });
  const good = { manifest: hex('m'), files: { sites: hex('s') } };
  it("reads the page's vouch", () => {
    expect(readVouch(page(JSON.stringify(good)))).toEqual(good);
  });
  it('takes nothing it cannot trust: no meta, not JSON, a digest that is not one', () => {
    expect(readVouch(page(null))).toBeNull();
    expect(readVouch(undefined)).toBeNull();
    expect(readVouch(page('{'))).toBeNull();
    expect(readVouch(page('null'))).toBeNull();
    expect(readVouch(page(JSON.stringify({ ...good, manifest: 'abc' })))).toBeNull();
    expect(readVouch(page(JSON.stringify({ ...good, files: { sites: hex('s').toUpperCase() } })))).toBeNull();
    expect(readVouch(page(JSON.stringify({ manifest: good.manifest })))).toBeNull();
  });
});

describe('matchesVouch', () => {
  const files = { entities: hex('e'), sites: hex('s') };
  it('holds only for the same files with the same digests', () => {
    expect(matchesVouch(files, { entities: hex('e'), sites: hex('s') })).toBe(true);
    expect(matchesVouch(files, { entities: hex('e'), sites: hex('s!') })).toBe(false);
    expect(matchesVouch(files, { entities: hex('e') })).toBe(false);
    expect(matchesVouch(files, { entities: hex('e'), sites: hex('s'), flows: hex('f') })).toBe(false);
    expect(matchesVouch(files, { entities: hex('e'), sites: null })).toBe(false);
  });
});

describe('loading the dataset the build vouched for', () => {
  it('takes the manifest as it is, and hands on the digests its files must match', async () => {
    const texts = shippedTexts();
    const vouch = await vouchOf(texts);
    const loaded = await loadManifest(url, fetchFrom(texts), vouch);
    expect(loaded.vouched).toBe(vouch.files);
    expect(loaded.manifest).toEqual(JSON.parse(texts['manifest.json']!));
    const other = await loadManifest(url, fetchFrom({ ...texts, 'manifest.json': texts['manifest.json']! + ' ' }), vouch);
    expect(other.vouched).toBeNull();
  });

  it('skips validation for exactly the vouched texts, and validates everything once one byte differs', async () => {
    // A vouch is taken on trust: a key the contract does not know (a warning when validated) passes
    // unremarked when its file is the one vouched for, which shows that nothing was validated.
    const { texts, sites } = withUnknownKey();
    const vouch = await vouchOf(texts);
    const trusted = await loadDataset(url, () => {}, fetchFrom(texts), vouch);
    for (const key of datasetFiles) expect(trusted[key]).toMatchObject({ status: 'ready', warnings: [] });
    expect(trusted.sites.status === 'ready' && trusted.sites.data).toEqual(sites);

    const checked = await loadDataset(url, () => {}, fetchFrom(texts), null);
    expect(checked.sites.status === 'ready' && checked.sites.warnings.map((w) => w.path)).toEqual(['sites[0].shape']);

    sites.sites[0].lat = 'N/A';
    const changed = await loadDataset(url, () => {}, fetchFrom({ ...texts, 'sites.json': JSON.stringify(sites) }), vouch);
    expect(changed.sites.status === 'error' && changed.sites.issues.map((i) => `${i.severity} ${i.path}`)).toContain('error sites[0].lat');
    expect(changed.entities.status).toBe('ready');
  });

  it('validates a dataset with a file that failed to arrive, the vouched ones included', async () => {
    const { texts, sites } = withUnknownKey();
    const vouch = await vouchOf(texts);
    const { 'power.json': _gone, ...rest } = texts;
    const partial = await loadDataset(url, () => {}, fetchFrom(rest), vouch);
    expect(partial.power).toMatchObject({ status: 'error', loadFailed: true });
    expect(partial.sites.status === 'ready' && partial.sites.warnings.map((w) => w.path)).toEqual(['sites[0].shape']);
  });
});
