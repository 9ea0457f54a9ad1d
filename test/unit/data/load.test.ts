import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchJson, loadDataset, loadManifest, LoadError, type DatasetState } from '../../../src/lib/data/load';
import { validateAll } from '../../../src/lib/data/validator';
import { MAX_ITEMS, MAX_BYTES } from '../../../src/lib/data/limits';
import { datasetFiles } from '../../../src/lib/data/keys';

const text = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const read = (name: string) => JSON.parse(text(name));

type Routes = Record<string, (signal: AbortSignal) => Promise<Response> | Response>;

/** A fetch that answers from a table of path -> response maker; anything else is a 404. */
function fakeFetch(routes: Routes): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname.split('/').pop() ?? '';
    const route = routes[path];
    return route ? route(init!.signal!) : new Response('not found', { status: 404 });
  }) as typeof fetch;
}
const json = (body: string) => () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
const shipped = (): Routes => Object.fromEntries(['manifest', ...datasetFiles].map((k) => [`${k}.json`, json(text(`${k}.json`))]));
/** Never answers until aborted, like a server that hangs. */
const hang = (signal: AbortSignal) => new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    if (e instanceof LoadError) return e.issue;
    throw e;
  }
  throw new Error('expected a LoadError');
}

describe('fetchJson: every way a file can fail to load becomes one issue', () => {
  const url = 'http://localhost/data/sites.json';
  it('HTTP 404 and 500', async () => {
    expect((await failureOf(fetchJson(url, 'sites.json', fakeFetch({})))).received).toBe('HTTP 404');
    const five = fakeFetch({ 'sites.json': () => new Response('oops', { status: 500 }) });
    expect(await failureOf(fetchJson(url, 'sites.json', five))).toMatchObject({ file: 'sites.json', expected: 'an HTTP 200 response', received: 'HTTP 500' });
  });
  it('a page that is not JSON shows how it starts', async () => {
    const html = fakeFetch({ 'sites.json': json('<!doctype html><title>Not here</title>') });
    expect(await failureOf(fetchJson(url, 'sites.json', html))).toMatchObject({ expected: 'valid JSON', received: expect.stringContaining('<!doctype html>') });
  });
  it('a network or CORS failure is explained in plain words', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect((await failureOf(fetchJson(url, 'sites.json', offline))).received).toMatch(/network error.*CORS/);
  });
  it('times out a file that never answers', async () => {
    const started = Date.now();
    const issue = await failureOf(fetchJson(url, 'sites.json', fakeFetch({ 'sites.json': hang }), 50));
    expect(issue.received).toBe('no answer within 0.05 s');
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('refuses a body over 10 MB, announced or not', async () => {
    const announced = fakeFetch({ 'sites.json': () => new Response('{}', { headers: { 'content-length': String(MAX_BYTES + 1) } }) });
    expect((await failureOf(fetchJson(url, 'sites.json', announced))).expected).toBe('at most 10 MB');
    const big = fakeFetch({ 'sites.json': () => new Response(`"${'x'.repeat(MAX_BYTES)}"`) });
    expect((await failureOf(fetchJson(url, 'sites.json', big))).received).toMatch(/MB$/);
  });
});

describe('loadDataset', () => {
  it('loads the shipped dataset with every file ready', async () => {
    const state = await loadDataset('http://localhost/data/manifest.json', () => {}, fakeFetch(shipped()));
    for (const key of datasetFiles) expect(state[key].status).toBe('ready');
  });

  it.each(['404', '500', 'json', 'timeout'] as const)('a %s on one file fails that file alone, marked as worth fetching again', async (kind) => {
    const routes = shipped();
    routes['power.json'] = {
      404: () => new Response('', { status: 404 }),
      500: () => new Response('', { status: 500 }),
      json: json('{"series": ['),
      timeout: (signal: AbortSignal) => hang(signal),
    }[kind];
    const seen: Partial<DatasetState>[] = [];
    // The time-out path uses the real 15 s limit only in the browser; here the hang is aborted by a short fake.
    const fetchImpl = kind === 'timeout' ? shortTimeout(fakeFetch(routes)) : fakeFetch(routes);
    const state = await loadDataset('http://localhost/data/manifest.json', (s) => seen.push(s), fetchImpl);
    expect(state.power).toMatchObject({ status: 'error', loadFailed: true });
    for (const key of datasetFiles.filter((k) => k !== 'power')) expect(state[key].status).toBe('ready');
    // The failure was reported before the others settled.
    expect(seen[0]).toEqual({ power: state.power });
  });

  it('lists every problem of a broken manifest, not just the first', async () => {
    const manifest = read('manifest.json');
    manifest.version = 3;
    manifest.files.sites = 'javascript:alert(1)';
    delete manifest.files.power;
    manifest.extra = true;
    const routes = { 'manifest.json': json(JSON.stringify(manifest)) };
    try {
      await loadManifest('http://localhost/data/manifest.json', fakeFetch(routes));
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(LoadError);
      const paths = (e as LoadError).issues.map((i) => `${i.severity} ${i.path}`);
      expect(paths).toEqual(expect.arrayContaining(['error version', 'error files.sites', 'error files.power', 'warning extra']));
    }
  });
});

/** Wraps a fetch so a hanging request is aborted after 30 ms, the way fetchJson's own timer would. */
function shortTimeout(inner: typeof fetch): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const controller = new AbortController();
    init?.signal?.addEventListener('abort', () => controller.abort());
    setTimeout(() => controller.abort(), 30);
    return inner(input, { ...init, signal: controller.signal });
  }) as typeof fetch;
}

describe('validateAll: limits and warnings', () => {
  it('refuses a list over its limit before validating it, naming the limit', () => {
    const sites = { sites: Array.from({ length: MAX_ITEMS.sites.sites + 1 }, () => ({})) };
    const state = validateAll({ sites });
    expect(state.sites).toEqual({
      status: 'error',
      issues: [{ file: 'sites.json', path: 'sites', expected: `at most ${MAX_ITEMS.sites.sites} items`, received: `${MAX_ITEMS.sites.sites + 1} items`, severity: 'error' }],
    });
  });

  it('checks Sankey nodes and links and power series against their own limits', () => {
    const flows = { nodes: Array(MAX_ITEMS.flows.nodes + 1).fill({}), links: Array(MAX_ITEMS.flows.links + 1).fill({}) };
    const power = { series: Array(MAX_ITEMS.power.series + 1).fill({}), annotations: [] };
    const state = validateAll({ flows, power });
    expect(state.flows?.status === 'error' && state.flows.issues.map((i) => i.path)).toEqual(['nodes', 'links']);
    expect(state.power?.status === 'error' && state.power.issues.map((i) => i.path)).toEqual(['series']);
  });

  it('reads a file with an unknown key, dropping the key, and warns about it', () => {
    const flows = read('flows.json');
    flows.links[0].weight = 3;
    flows.colour = 'red';
    const state = validateAll({ flows });
    expect(state.flows?.status).toBe('ready');
    if (state.flows?.status !== 'ready') return;
    expect(state.flows.warnings.map((w) => `${w.severity} ${w.path}`).sort()).toEqual(['warning colour', 'warning links[0].weight']);
    expect(state.flows.data.links[0]).not.toHaveProperty('weight');
    expect(state.flows.data).not.toHaveProperty('colour');
  });

  it('an unknown key next to a real error: the file fails, the key is still only a warning', () => {
    const sites = read('sites.json');
    sites.sites[0].lat = 'north';
    sites.sites[0].shape = 'round';
    const state = validateAll({ sites });
    expect(state.sites?.status === 'error' && state.sites.issues.map((i) => `${i.severity} ${i.path}`).sort()).toEqual(['error sites[0].lat', 'warning sites[0].shape']);
  });

  it('a view listed twice in a scene: the story is read, with a warning at the repeat; a dangling id beside it is still an error', () => {
    const story = read('story.json');
    const views = story.scenes[1].views;
    story.scenes[1].views = [...views, views[0]];
    const files = { entities: read('entities.json'), story };
    const state = validateAll(files);
    expect(state.story?.status).toBe('ready');
    expect(state.story?.status === 'ready' && state.story.warnings.map((w) => `${w.severity} ${w.path} ${w.received}`)).toEqual([
      `warning scenes[1].views[${views.length}] ${JSON.stringify(views[0])}`,
    ]);
    story.scenes[1].selection = 'no-such-entity';
    const broken = validateAll(files);
    expect(broken.story?.status === 'error' && broken.story.issues.map((i) => `${i.severity} ${i.path}`)).toEqual(['error scenes[1].selection', `warning scenes[1].views[${views.length}]`]);
  });

  it('an "__proto__" key is dropped as unknown and pollutes nothing', () => {
    const entities = JSON.parse(text('entities.json').replace('"entities": [', '"__proto__": {"polluted": true}, "entities": ['));
    const state = validateAll({ entities });
    expect(state.entities?.status).toBe('ready');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
