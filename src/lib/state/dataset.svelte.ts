import { complete, fetchJson, loadValidator, loadFailure, loadFiles, loadManifest, LoadError, type DatasetState } from '../data/load';
import { readVouch } from '../data/vouch';
import type { DatasetFileKey, Manifest, ViewId } from '../data/schema';
import { datasetFiles } from '../data/keys';
import { buildRelationIndex, relatedIds, type RelationIndex } from '../model/related';
import { citationIndex } from '../model/citations';
import type { DataIssue } from '../data/issue';

/** The story the explorer ships with. */
export const DEFAULT_MANIFEST = './data/manifest.json';

/** Where the data on screen came from: a manifest URL (its files can be fetched again) or dropped files. */
export type DataSource = { kind: 'url'; url: string; manifest: Manifest | null; base: string | null } | { kind: 'files'; names: string[]; manifest: Manifest | null };

const loadingState = (): DatasetState => Object.fromEntries(datasetFiles.map((k) => [k, { status: 'loading' }])) as DatasetState;

/**
 * Each file's state, replaced whole as files settle so views re-derive from it. Raw, not deep state:
 * a deep proxy over every record made each read of the data a proxy trap and a signal (at 50x data,
 * more time per hover than drawing the highlight) and nothing ever mutates a record in place.
 */
class Dataset {
  files = $state.raw<DatasetState>(loadingState());
  manifestIssue = $state.raw<DataIssue | null>(null);
  source = $state.raw<DataSource | null>(null);
}
export const dataset = new Dataset();

/** A dataset read but kept off screen because it has errors: the loader lists them and asks. */
export interface Attempt {
  source: DataSource;
  files: DatasetState;
  /** Problems with the drop or the manifest rather than with one data file. */
  notes: DataIssue[];
}

/** The loader's state: what it is reading, what it held back, and the notes on what is on screen (raw, as above). */
class Loader {
  busy = $state.raw<string | null>(null);
  attempt = $state.raw<Attempt | null>(null);
  notes = $state.raw<DataIssue[]>([]);
  nothingFound = $state.raw(false);
}
export const loader = new Loader();

export function readyData() {
  const out: Record<string, unknown> = {};
  for (const key of datasetFiles) {
    const f = dataset.files[key];
    if (f.status === 'ready') out[key] = f.data;
  }
  return out as Parameters<typeof buildRelationIndex>[0];
}

/** A value built once per dataset on screen (the files object is replaced whole when it changes). */
function perDataset<T>(build: (files: ReturnType<typeof readyData>) => T): () => T {
  let cache: { files: DatasetState; value: T } | null = null;
  return () => {
    if (cache?.files !== dataset.files) cache = { files: dataset.files, value: build(readyData()) };
    return cache.value;
  };
}

/** Built once per dataset, not per hover. */
export const relationIndex: () => RelationIndex = perDataset(buildRelationIndex);
/** Which records cite each source: every view's source line and the sources panel share one. */
export const citations = perDataset(citationIndex);

let relatedCache: { index: RelationIndex; id: string; ids: Set<string> } | null = null;
/** What an id relates to, computed once per hover for every view that asks (not once per view). */
export function relatedTo(id: string): ReadonlySet<string> {
  const index = relationIndex();
  if (relatedCache?.index !== index || relatedCache.id !== id) relatedCache = { index, id, ids: relatedIds(index, id) };
  return relatedCache.ids;
}

/** Each read gets a number; an older read that settles late never overwrites a newer one. */
let generation = 0;

/** Starts a read of a dataset; the check says whether it is still the latest one. */
export function startRead(): () => boolean {
  const mine = ++generation;
  return () => mine === generation;
}

/** Fetches a manifest and its files; a manifest that fails fails every file (with a retry). */
export async function readUrl(url: string, onFile: (state: Partial<DatasetState>) => void = () => {}): Promise<Attempt> {
  // Any dataset but the shipped one needs the validator: its code comes beside the manifest, not
  // after it (a failure shows where the validator is used).
  if (url !== DEFAULT_MANIFEST) loadValidator().catch(() => {});
  try {
    const { manifest, base, warnings, vouched } = await loadManifest(url, undefined, readVouch());
    const files = complete(await loadFiles(manifest, base, onFile, undefined, vouched));
    return { source: { kind: 'url', url, manifest, base }, files, notes: warnings };
  } catch (e) {
    const issues = e instanceof LoadError ? e.issues : [{ file: 'manifest.json', path: '', expected: 'a dataset', received: String(e), severity: 'error' as const }];
    const failed = { status: 'error', issues: issues.filter((i) => i.severity === 'error'), loadFailed: true } as const;
    return { source: { kind: 'url', url, manifest: null, base: null }, files: Object.fromEntries(datasetFiles.map((k) => [k, failed])) as DatasetState, notes: issues };
  }
}

/** First load (from the page URL): files appear one by one as they settle; there is nothing to keep. */
export async function loadFrom(manifestUrl: string): Promise<void> {
  const latest = startRead();
  dataset.files = loadingState();
  dataset.manifestIssue = null;
  dataset.source = { kind: 'url', url: manifestUrl, manifest: null, base: null };
  const attempt = await readUrl(manifestUrl, (partial) => {
    if (latest()) dataset.files = { ...dataset.files, ...partial };
  });
  if (!latest()) return;
  dataset.files = attempt.files;
  dataset.source = attempt.source;
  dataset.manifestIssue = attempt.source.manifest ? null : (attempt.notes.find((i) => i.severity === 'error') ?? null);
  loader.notes = attempt.notes;
  prepareHover();
}

/** The first hover would otherwise pay for the relation index (~50 ms at 50x data): build it while idle. */
export function prepareHover(): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => relationIndex(), { timeout: 1000 });
}

/** The files each view draws from: a broken file fails only the views that need it. */
export const viewFiles = {
  map: ['entities', 'sources', 'sites'],
  sankey: ['entities', 'sources', 'flows'],
  power: ['entities', 'sources', 'power'],
} as const satisfies Record<ViewKey, readonly (typeof datasetFiles)[number][]>;
type ViewKey = ViewId;

/** Fetches one file that failed to arrive again, then re-checks it with the files on screen. */
export async function retryFile(key: DatasetFileKey): Promise<void> {
  const source = dataset.source;
  if (source?.kind !== 'url') return;
  // Without a manifest nothing arrived: read the whole dataset again.
  if (!source.manifest || !source.base) return loadFrom(source.url);
  const path = source.manifest.files[key];
  if (path === undefined) return;
  const mine = generation;
  dataset.files = { ...dataset.files, [key]: { status: 'loading' } };
  let state: Partial<DatasetState>;
  try {
    const json = await fetchJson(new URL(path, source.base).href, `${key}.json`);
    // The other valid files go through the checks again too: the new file may complete or break their references.
    state = (await loadValidator()).validateAll({ ...readyData(), [key]: json });
  } catch (e) {
    state = { [key]: loadFailure(key, e) };
  }
  if (mine === generation) dataset.files = { ...dataset.files, ...state };
}

/** The files of a view that can be fetched again (they failed to arrive, not to validate). */
export function retryable(view: ViewKey): DatasetFileKey[] {
  if (dataset.source?.kind !== 'url') return [];
  return viewFiles[view].filter((k) => {
    const f = dataset.files[k];
    return f.status === 'error' && f.loadFailed === true;
  });
}

export async function retryView(view: ViewKey): Promise<void> {
  const keys = retryable(view);
  if (dataset.source?.kind === 'url' && !dataset.source.manifest) return loadFrom(dataset.source.url);
  await Promise.all(keys.map(retryFile));
}

export function filesStatus(keys: readonly (typeof datasetFiles)[number][]): {
  status: 'loading' | 'ready' | 'error';
  issues: DataIssue[];
} {
  const states = keys.map((k) => dataset.files[k]);
  const issues = states.flatMap((s) => (s.status === 'error' ? s.issues : []));
  if (issues.length) return { status: 'error', issues };
  return { status: states.every((s) => s.status === 'ready') ? 'ready' : 'loading', issues: [] };
}


