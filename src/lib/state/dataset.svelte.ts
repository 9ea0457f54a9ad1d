import { loadDataset, LoadError, type DatasetState } from '../data/load';
import { datasetFiles } from '../data/schema';
import { buildRelationIndex, type RelationIndex } from '../model/related';
import type { DataIssue } from '../data/validate';

const loadingState = (): DatasetState =>
  Object.fromEntries(datasetFiles.map((k) => [k, { status: 'loading' }])) as DatasetState;

/** Each file's state, replaced whole as files settle so views re-derive from it. */
export const dataset = $state<{ files: DatasetState; manifestIssue: DataIssue | null }>({
  files: loadingState(),
  manifestIssue: null,
});

export function readyData() {
  const out: Record<string, unknown> = {};
  for (const key of datasetFiles) {
    const f = dataset.files[key];
    if (f.status === 'ready') out[key] = f.data;
  }
  return out as Parameters<typeof buildRelationIndex>[0];
}

let relationCache: { files: DatasetState; index: RelationIndex } | null = null;
/** Built once per dataset, not per hover. */
export function relationIndex(): RelationIndex {
  if (relationCache?.files !== dataset.files) relationCache = { files: dataset.files, index: buildRelationIndex(readyData()) };
  return relationCache.index;
}

export async function loadFrom(manifestUrl: string): Promise<void> {
  dataset.files = loadingState();
  dataset.manifestIssue = null;
  try {
    await loadDataset(manifestUrl, (partial) => {
      dataset.files = { ...dataset.files, ...partial };
    });
  } catch (e) {
    const issue: DataIssue =
      e instanceof LoadError ? e.issue : { file: 'manifest.json', path: '', expected: 'a dataset', received: String(e), severity: 'error' };
    dataset.manifestIssue = issue;
    dataset.files = Object.fromEntries(datasetFiles.map((k) => [k, { status: 'error', issues: [issue] }])) as DatasetState;
  }
}

/** The files each view draws from: a broken file fails only the views that need it. */
export const viewFiles = {
  map: ['entities', 'sources', 'sites'],
  sankey: ['entities', 'sources', 'flows'],
  power: ['entities', 'sources', 'power'],
} as const satisfies Record<string, readonly (typeof datasetFiles)[number][]>;

export function filesStatus(keys: readonly (typeof datasetFiles)[number][]): {
  status: 'loading' | 'ready' | 'error';
  issues: DataIssue[];
} {
  const states = keys.map((k) => dataset.files[k]);
  const issues = states.flatMap((s) => (s.status === 'error' ? s.issues : []));
  if (issues.length) return { status: 'error', issues };
  return { status: states.every((s) => s.status === 'ready') ? 'ready' : 'loading', issues: [] };
}
