import { datasetFiles, type DatasetFileKey } from './keys.ts';
import type { DatasetFiles, Manifest } from './schema.ts';
import { describeValue, type DataIssue } from './issue.ts';
import { MAX_BYTES } from './limits.ts';
import { digestOf, matchesVouch, type Vouch } from './vouch.ts';

/** The validator, fetched when data needs it: the dataset the build validated does not (vouch.ts). */
export const loadValidator = () => import('./validator.ts');

export type FileState<K extends DatasetFileKey> =
  | { status: 'loading' }
  | { status: 'ready'; data: DatasetFiles[K]; warnings: DataIssue[] }
  /** `loadFailed`: the file never arrived (network, HTTP, time-out, not JSON), so fetching it again may help. */
  | { status: 'error'; issues: DataIssue[]; loadFailed?: true };

export type DatasetState = { [K in DatasetFileKey]: FileState<K> };

/** How long one file may take before it counts as failed (ms). */
export const TIMEOUT_MS = 15_000;

export class LoadError extends Error {
  constructor(
    readonly issue: DataIssue,
    /** Every problem found (a manifest can have several); `issue` is the first. */
    readonly issues: DataIssue[] = [issue],
  ) {
    super(`${issue.file}: expected ${issue.expected}, got ${issue.received}`);
  }
}

function failure(file: string, expected: string, received: string): DataIssue {
  return { file, path: '', expected, received, severity: 'error' };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Fetches one text file with a time-out and a size limit; every failure becomes a DataIssue. */
export async function fetchText(url: string, file: string, fetchImpl: typeof fetch = fetch, timeoutMs = TIMEOUT_MS): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: controller.signal });
    } catch {
      throw new LoadError(
        failure(
          file,
          'a file the browser can fetch',
          controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : 'a network error (offline, a wrong address, or a server that does not allow cross-origin requests: CORS)',
        ),
      );
    }
    if (!response.ok) throw new LoadError(failure(file, 'an HTTP 200 response', `HTTP ${response.status}`));
    // Refuse an announced oversize body before downloading it; count what arrives in any case.
    const announced = Number(response.headers.get('content-length'));
    if (announced > MAX_BYTES) throw new LoadError(failure(file, 'at most 10 MB', megabytes(announced)));
    let body: string;
    try {
      body = await response.text();
    } catch {
      throw new LoadError(failure(file, 'a complete file', controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : 'a broken download'));
    }
    if (body.length > MAX_BYTES) throw new LoadError(failure(file, 'at most 10 MB', megabytes(body.length)));
    return body;
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches and parses one JSON file; every failure becomes a DataIssue. */
export async function fetchJson(url: string, file: string, fetchImpl?: typeof fetch, timeoutMs?: number): Promise<unknown> {
  return parseJson(await fetchText(url, file, fetchImpl, timeoutMs), file);
}

/** JSON.parse with the failure as a DataIssue showing how the text starts (an HTML page, often). */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError(failure(file, 'valid JSON', describeValue(text.slice(0, 40))));
  }
}

/**
 * Fetches and validates a manifest. The one the build validated (`vouch`) is taken as it is, and
 * `vouched` then holds the digests its files must match to be taken as they are too.
 */
export async function loadManifest(
  url: string,
  fetchImpl?: typeof fetch,
  vouch: Vouch | null = null,
): Promise<{ manifest: Manifest; base: string; warnings: DataIssue[]; vouched: Vouch['files'] | null }> {
  const text = await fetchText(url, 'manifest.json', fetchImpl);
  const json = parseJson(text, 'manifest.json');
  const base = new URL('.', new URL(url, globalThis.location?.href ?? 'http://localhost/')).href;
  if (vouch && (await digestOf(text)) === vouch.manifest) return { manifest: json as Manifest, base, warnings: [], vouched: vouch.files };
  const parsed = (await loadValidator()).validateManifest(json);
  if (!parsed.ok) {
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    throw new LoadError(errors[0] ?? failure('manifest.json', 'a manifest', describeValue(json)), parsed.issues);
  }
  return { manifest: parsed.data, base, warnings: parsed.issues, vouched: null };
}

/** The error state of a file that never arrived. */
export function loadFailure(key: DatasetFileKey, e: unknown): FileState<DatasetFileKey> {
  return { status: 'error', issues: [e instanceof LoadError ? e.issue : failure(`${key}.json`, 'a readable file', String(e))], loadFailed: true };
}

/** The state of a file a dataset does not have: only the story may be left out (a warning then). */
export function absentFile(key: DatasetFileKey): FileState<DatasetFileKey> {
  const optional = key === 'story';
  return {
    status: 'error',
    issues: [failure(`${key}.json`, optional ? 'presenter scenes (optional; this dataset has none)' : 'this file (every dataset has it)', 'nothing')].map((i) =>
      optional ? { ...i, severity: 'warning' as const } : i,
    ),
  };
}

/** Every file's state, the absent ones included. */
export function complete(state: Partial<DatasetState>): DatasetState {
  return Object.fromEntries(datasetFiles.map((k) => [k, state[k] ?? absentFile(k)])) as DatasetState;
}

/** Files the build validated, as they are: ready, without a warning. */
function vouchedState(raw: Partial<Record<DatasetFileKey, unknown>>): Partial<DatasetState> {
  return Object.fromEntries(Object.entries(raw).map(([key, data]) => [key, { status: 'ready', data, warnings: [] }]));
}

/**
 * Fetches every file a manifest names, in parallel, then validates them together, unless they are
 * exactly the files `vouched` names (see loadManifest). A file that fails to load is reported at
 * once through `onFile`; the rest are reported once all have settled.
 */
export async function loadFiles(
  manifest: Manifest,
  base: string,
  onFile: (state: Partial<DatasetState>) => void,
  fetchImpl?: typeof fetch,
  vouched: Vouch['files'] | null = null,
): Promise<Partial<DatasetState>> {
  const raw: Partial<Record<DatasetFileKey, unknown>> = {};
  const digests: Partial<Record<DatasetFileKey, string | null>> = {};
  const state: Partial<DatasetState> = {};
  await Promise.all(
    datasetFiles.map(async (key) => {
      const path = manifest.files[key];
      if (path === undefined) return;
      try {
        const text = await fetchText(new URL(path, base).href, `${key}.json`, fetchImpl);
        raw[key] = parseJson(text, `${key}.json`);
        if (vouched) digests[key] = await digestOf(text);
      } catch (e) {
        state[key] = loadFailure(key, e) as never;
        onFile({ [key]: state[key] });
      }
    }),
  );
  Object.assign(state, vouched && matchesVouch(vouched, digests) ? vouchedState(raw) : (await loadValidator()).validateAll(raw));
  onFile(state);
  return state;
}

/**
 * Loads every file of a dataset in parallel and reports each as it settles, so a view can draw
 * as soon as its own files are in; a file that fails to load or validate fails alone.
 */
export async function loadDataset(
  manifestUrl: string,
  onFile: (state: Partial<DatasetState>) => void,
  fetchImpl?: typeof fetch,
  vouch: Vouch | null = null,
): Promise<DatasetState> {
  const { manifest, base, vouched } = await loadManifest(manifestUrl, fetchImpl, vouch);
  return (await loadFiles(manifest, base, onFile, fetchImpl, vouched)) as DatasetState;
}
