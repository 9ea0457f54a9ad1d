import { datasetFiles, type DatasetFileKey } from './keys.ts';
import type { Manifest } from './schema.ts';
import { describeValue, type DataIssue } from './issue.ts';
import { validateAll, validateManifest } from './validator.ts';
import { LoadError, complete, parseJson, type DatasetState } from './load.ts';
import { MAX_BYTES } from './limits.ts';

/** What a dropped or picked file offers (a DOM File has all of this). */
export interface DroppedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface DroppedDataset {
  /** Parsed JSON per dataset file, ready for validateAll. */
  raw: Partial<Record<DatasetFileKey, unknown>>;
  /** Files named or bundled but unreadable (too big, not JSON): they fail like a file that did not load. */
  failed: Partial<Record<DatasetFileKey, DataIssue>>;
  manifest: Manifest | null;
  /** Problems with the drop itself: unknown files, parts given twice, an invalid manifest. */
  notes: DataIssue[];
}

const parts = [...datasetFiles, 'manifest'] as const;
type Part = (typeof parts)[number];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const note = (file: string, path: string, expected: string, received: string, severity: DataIssue['severity']): DataIssue => ({ file, path, expected, received, severity });

/** A bundle holds whole files under their names: `{ "manifest": {...}, "sites": { "sites": [...] } }`. */
function isBundle(json: unknown): json is Record<string, unknown> {
  return isRecord(json) && parts.some((p) => isRecord(json[p]));
}

/** Which file this is: by its name ("sites.json", "sites (2).json"), else by the list it holds. */
function partOf(name: string, json: unknown): Part | null {
  const base = name.toLowerCase().replace(/\.json$/, '').replace(/[\s_-]*(\(\d+\)|copy)$/, '').trim();
  const named = parts.find((p) => p === base);
  if (named) return named;
  if (!isRecord(json)) return null;
  const has = (key: string) => Array.isArray(json[key]);
  if (has('nodes') && has('links')) return 'flows';
  if (has('series')) return 'power';
  if (has('scenes')) return 'story';
  if (isRecord(json.files) && 'version' in json) return 'manifest';
  return datasetFiles.find((k) => has(k)) ?? null;
}

/**
 * Reads files dropped on the page (or picked): any mix of single dataset files and bundles.
 * Never throws; every file that cannot be used says why.
 */
export async function readDropped(files: readonly DroppedFile[]): Promise<DroppedDataset> {
  const out: DroppedDataset = { raw: {}, failed: {}, manifest: null, notes: [] };
  const from = new Map<Part, string>();
  let manifestJson: unknown;
  let manifestFile = 'manifest.json';

  const take = (part: Part, json: unknown, file: string) => {
    const earlier = from.get(part);
    if (earlier) out.notes.push(note(file, part === 'manifest' ? '' : part, `${part} given once`, `a second copy (also in ${earlier}); this one is used`, 'warning'));
    from.set(part, file);
    if (part === 'manifest') {
      manifestJson = json;
      manifestFile = file;
    } else {
      out.raw[part] = json;
      delete out.failed[part];
    }
  };

  for (const file of files) {
    const guess = partOf(file.name, undefined);
    const fail = (expected: string, received: string) => {
      const issue = note(file.name, '', expected, received, 'error');
      if (guess && guess !== 'manifest') out.failed[guess] = issue;
      else out.notes.push(issue);
    };
    if (!/\.json$/i.test(file.name)) {
      out.notes.push(note(file.name, '', 'a .json file', 'another kind of file (ignored)', 'warning'));
      continue;
    }
    if (file.size > MAX_BYTES) {
      fail('at most 10 MB', `${(file.size / 1024 / 1024).toFixed(1)} MB`);
      continue;
    }
    let json: unknown;
    try {
      json = parseJson(await file.text(), file.name);
    } catch (e) {
      if (e instanceof LoadError) fail(e.issue.expected, e.issue.received);
      else fail('a readable file', String(e));
      continue;
    }
    if (isBundle(json)) {
      for (const [key, value] of Object.entries(json)) {
        if ((parts as readonly string[]).includes(key)) take(key as Part, value, `${file.name} › ${key}`);
        else out.notes.push(note(file.name, key, 'one of the keys manifest, entities, sources, sites, flows, power, story', `a key ${describeValue(key)} (ignored)`, 'warning'));
      }
      continue;
    }
    const part = partOf(file.name, json);
    if (part) take(part, json, file.name);
    else out.notes.push(note(file.name, '', 'a dataset file (entities, sources, sites, flows, power, story or manifest) or a bundle of them', describeValue(json), 'error'));
  }

  if (manifestJson !== undefined) {
    const result = validateManifest(manifestJson, manifestFile);
    out.notes.push(...result.issues);
    if (result.ok) out.manifest = result.data;
  }
  return out;
}

/** The dropped dataset's state per file: validated, unreadable, or missing from the drop. */
export function droppedState(dropped: DroppedDataset): DatasetState {
  const state: Partial<DatasetState> = validateAll(dropped.raw);
  for (const [key, issue] of Object.entries(dropped.failed) as [DatasetFileKey, DataIssue][]) {
    (state as Record<string, unknown>)[key] = { status: 'error', issues: [issue] };
  }
  return complete(state);
}

/** True when the drop held no dataset file at all (then nothing on screen should change). */
export function droppedNothing(dropped: DroppedDataset): boolean {
  return Object.keys(dropped.raw).length === 0 && Object.keys(dropped.failed).length === 0;
}
