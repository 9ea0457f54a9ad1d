import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { droppedNothing, droppedState, readDropped, type DroppedFile } from '../../../src/lib/data/dropped';
import { datasetFiles } from '../../../src/lib/data/keys';
import { MAX_BYTES } from '../../../src/lib/data/limits';

const text = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const file = (name: string, body: string, size = body.length): DroppedFile => ({ name, size, text: async () => body });
const singles = () => ['manifest', ...datasetFiles].map((k) => file(`${k}.json`, text(`${k}.json`)));
const bundle = () => Object.fromEntries(['manifest', ...datasetFiles].map((k) => [k, JSON.parse(text(`${k}.json`))]));

describe('readDropped', () => {
  it('reads the dataset dropped as single files, every file ready', async () => {
    const dropped = await readDropped(singles());
    expect(dropped.notes).toEqual([]);
    expect(dropped.manifest?.version).toBe(JSON.parse(text('manifest.json')).version);
    const state = droppedState(dropped);
    for (const key of datasetFiles) expect(state[key].status).toBe('ready');
  });

  it('reads one combined bundle the same way', async () => {
    const state = droppedState(await readDropped([file('my-story.json', JSON.stringify(bundle()))]));
    for (const key of datasetFiles) expect(state[key].status).toBe('ready');
  });

  it('recognises renamed files by what they hold', async () => {
    const renamed = datasetFiles.map((k, i) => file(`download (${i}).json`, text(`${k}.json`)));
    const state = droppedState(await readDropped(renamed));
    for (const key of datasetFiles) expect(state[key].status).toBe('ready');
  });

  it('a missing required file is an error for that file; a missing story only a warning', async () => {
    const some = singles().filter((f) => !['sites.json', 'story.json'].includes(f.name));
    const state = droppedState(await readDropped(some));
    expect(state.sites).toMatchObject({ status: 'error', issues: [{ file: 'sites.json', received: 'nothing', severity: 'error' }] });
    expect(state.story).toMatchObject({ status: 'error', issues: [{ severity: 'warning' }] });
    expect(state.flows.status).toBe('ready');
  });

  it('an unreadable or oversized file fails as the file its name says; other kinds are ignored with a warning', async () => {
    const files = [
      ...singles().filter((f) => !['sites.json', 'power.json'].includes(f.name)),
      file('sites.json', '{"sites": [', 20),
      file('power.json', '{}', MAX_BYTES + 1),
      file('photo.png', 'PNG'),
    ];
    const dropped = await readDropped(files);
    const state = droppedState(dropped);
    expect(state.sites).toMatchObject({ status: 'error', issues: [{ file: 'sites.json', expected: 'valid JSON' }] });
    expect(state.power).toMatchObject({ status: 'error', issues: [{ file: 'power.json', expected: 'at most 10 MB' }] });
    expect(dropped.notes).toEqual([expect.objectContaining({ file: 'photo.png', severity: 'warning' })]);
  });

  it('warns about a file given twice and about unknown bundle keys', async () => {
    const b = { ...bundle(), extras: { x: 1 } };
    const dropped = await readDropped([file('bundle.json', JSON.stringify(b)), file('sites.json', text('sites.json'))]);
    expect(dropped.notes.map((n) => `${n.severity} ${n.file} ${n.path}`)).toEqual(['warning bundle.json extras', 'warning sites.json sites']);
  });

  it('a JSON file that is no dataset file says so; a drop with no dataset file changes nothing', async () => {
    const dropped = await readDropped([file('notes.json', '{"hello": "world"}'), file('readme.txt', 'hi')]);
    expect(droppedNothing(dropped)).toBe(true);
    expect(dropped.notes.map((n) => n.severity)).toEqual(['error', 'warning']);
  });

  it('an invalid manifest in a drop is listed, with every problem', async () => {
    const dropped = await readDropped([...singles().filter((f) => f.name !== 'manifest.json'), file('manifest.json', '{"name": 1, "files": {"sites": "data:text/plain,x"}}')]);
    expect(dropped.manifest).toBeNull();
    expect(dropped.notes.map((n) => n.path)).toEqual(expect.arrayContaining(['files.sites', 'name', 'version']));
  });
});
