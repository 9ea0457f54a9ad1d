import * as v from 'valibot';
import { Manifest, datasetFiles, type DatasetFileKey, type DatasetFiles } from './schema';
import { validateFile, describeValue, type DataIssue } from './validate';
import { crossCheck } from './cross-check';

export type FileState<K extends DatasetFileKey> =
  | { status: 'loading' }
  | { status: 'ready'; data: DatasetFiles[K]; warnings: DataIssue[] }
  | { status: 'error'; issues: DataIssue[] };

export type DatasetState = { [K in DatasetFileKey]: FileState<K> };

/** Files a dataset must have; a manifest may leave out only the story. */
const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

export class LoadError extends Error {
  constructor(readonly issue: DataIssue) {
    super(`${issue.file}: expected ${issue.expected}, got ${issue.received}`);
  }
}

function failure(file: string, expected: string, received: string): DataIssue {
  return { file, path: '', expected, received, severity: 'error' };
}

/** Fetches one JSON file with a time-out and a size limit; every failure becomes a DataIssue. */
export async function fetchJson(url: string, file: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: controller.signal });
  } catch (e) {
    clearTimeout(timer);
    const reason = controller.signal.aborted ? `no answer within ${TIMEOUT_MS / 1000} s` : 'a network error (offline, or the server does not allow cross-origin requests)';
    throw new LoadError(failure(file, 'a file the browser can fetch', reason));
  }
  try {
    if (!response.ok) throw new LoadError(failure(file, 'an HTTP 200 response', `HTTP ${response.status}`));
    const body = await response.text();
    if (body.length > MAX_BYTES) throw new LoadError(failure(file, 'at most 10 MB', `${(body.length / 1e6).toFixed(1)} MB`));
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new LoadError(failure(file, 'valid JSON', describeValue(body.slice(0, 40))));
    }
  } finally {
    clearTimeout(timer);
  }
}

export async function loadManifest(url: string, fetchImpl?: typeof fetch): Promise<{ manifest: Manifest; base: string }> {
  const json = await fetchJson(url, 'manifest.json', fetchImpl);
  const parsed = v.safeParse(Manifest, json, { abortEarly: true });
  if (!parsed.success) {
    const first = parsed.issues[0];
    throw new LoadError(failure('manifest.json', first?.expected ?? 'a manifest', describeValue(first?.input)));
  }
  return { manifest: parsed.output, base: new URL('.', new URL(url, globalThis.location?.href ?? 'http://localhost/')).href };
}

/**
 * Loads every file of a dataset in parallel and reports each as it settles, so a view can draw
 * as soon as its own files are in; a file that fails to load or validate fails alone.
 */
export async function loadDataset(
  manifestUrl: string,
  onFile: (state: Partial<DatasetState>) => void,
  fetchImpl?: typeof fetch,
): Promise<DatasetState> {
  const { manifest, base } = await loadManifest(manifestUrl, fetchImpl);
  const raw: Partial<Record<DatasetFileKey, unknown>> = {};
  const state: Partial<DatasetState> = {};
  await Promise.all(
    datasetFiles.map(async (key) => {
      const path = manifest.files[key];
      if (path === undefined) return;
      try {
        raw[key] = await fetchJson(new URL(path, base).href, `${key}.json`, fetchImpl);
      } catch (e) {
        state[key] = { status: 'error', issues: [e instanceof LoadError ? e.issue : failure(`${key}.json`, 'a readable file', String(e))] } as never;
        onFile({ [key]: state[key] });
      }
    }),
  );
  Object.assign(state, validateAll(raw));
  onFile(state);
  return state as DatasetState;
}

/** Validates parsed files (as fetched, dropped or generated): schema first, then cross-file references. */
export function validateAll(raw: Partial<Record<DatasetFileKey, unknown>>): Partial<DatasetState> {
  const state: Record<string, FileState<DatasetFileKey>> = {};
  const valid: Partial<DatasetFiles> = {};
  for (const key of datasetFiles) {
    if (!(key in raw)) continue;
    const result = validateFile(key, raw[key]);
    if (result.ok) (valid as Record<string, unknown>)[key] = result.data;
    else state[key] = { status: 'error', issues: result.issues };
  }
  const cross = crossCheck(valid);
  for (const key of Object.keys(valid) as DatasetFileKey[]) {
    const issues = cross.filter((i) => i.file === `${key}.json`);
    state[key] = issues.length
      ? { status: 'error', issues }
      : ({ status: 'ready', data: valid[key], warnings: [] } as FileState<DatasetFileKey>);
  }
  return state as Partial<DatasetState>;
}
