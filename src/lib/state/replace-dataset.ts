import { datasetFiles } from '../data/keys';
import type { DatasetState } from '../data/load';
import type { DataIssue } from '../data/issue';
import type { DroppedFile } from '../data/dropped';
import { checkFlows } from '../model/sankey/check';
import { app, hover, update } from './app.svelte';
import { DEFAULT_MANIFEST, dataset, loader, prepareHover, readUrl, startRead, type Attempt } from './dataset.svelte';

/*
 * Replacing the dataset on screen, from the loader panel (another manifest, dropped or picked files,
 * back to the shipped one): the new one is read and checked first and shown only if it has no
 * errors. Apart from dataset.svelte.ts, so its code comes with the panel, not with the first load.
 */

/** What valid files can still not be drawn as: a Sankey needs its links to run left to right, without a cycle. */
function drawingIssues(files: DatasetState): DataIssue[] {
  const { flows, entities } = files;
  if (flows.status !== 'ready' || entities.status !== 'ready') return [];
  return checkFlows(flows.data, new Set(entities.data.entities.map((e) => e.id)));
}

/** Errors block a dataset from replacing the one on screen; warnings do not. */
export function attemptErrors(attempt: Attempt): DataIssue[] {
  const fileIssues = datasetFiles.flatMap((k) => {
    const f = attempt.files[k];
    return f.status === 'error' ? f.issues : [];
  });
  const all = [...attempt.notes, ...fileIssues, ...drawingIssues(attempt.files)];
  // A failed manifest is copied into every file: list it once.
  return all.filter((i, n) => i.severity === 'error' && all.findIndex((j) => j === i || (j.file === i.file && j.path === i.path && j.expected === i.expected)) === n);
}

export function attemptWarnings(attempt: Attempt): DataIssue[] {
  const fileWarnings = datasetFiles.flatMap((k) => {
    const f = attempt.files[k];
    return f.status === 'ready' ? f.warnings : f.status === 'error' ? f.issues.filter((i) => i.severity === 'warning') : [];
  });
  return [...attempt.notes.filter((i) => i.severity === 'warning'), ...fileWarnings];
}

/** The ids a selection may name in a dataset (entities, sites, Sankey nodes, power series and notes). */
function knownIds(files: DatasetState): { ids: Set<string>; chapters: Set<string> } {
  const ids = new Set<string>();
  const chapters = new Set<string>();
  const { entities, sites, flows, power } = files;
  if (entities.status === 'ready') for (const e of entities.data.entities) (ids.add(e.id), e.kind === 'chapter' && chapters.add(e.id));
  if (sites.status === 'ready') for (const s of sites.data.sites) ids.add(s.id);
  if (flows.status === 'ready') for (const n of flows.data.nodes) ids.add(n.id);
  if (power.status === 'ready') for (const s of [...power.data.series, ...power.data.annotations]) ids.add(s.id);
  return { ids, chapters };
}

/** Puts a read dataset on screen, dropping a selection or chapter it does not have. */
function commit(attempt: Attempt): void {
  dataset.files = attempt.files;
  dataset.source = attempt.source;
  dataset.manifestIssue = null;
  loader.attempt = null;
  loader.notes = attempt.notes;
  hover(null);
  prepareHover();
  const { ids, chapters } = knownIds(attempt.files);
  const url = attempt.source.kind === 'url' && attempt.source.url !== DEFAULT_MANIFEST ? attempt.source.url : null;
  update(
    {
      data: url,
      selected: app.selected && ids.has(app.selected) ? app.selected : null,
      chapter: app.chapter && chapters.has(app.chapter) ? app.chapter : null,
    },
    'replace',
  );
}

/** Shows the new dataset if it has no errors; otherwise keeps the current one and holds the new one for the reader to decide. */
function settle(attempt: Attempt): void {
  if (attemptErrors(attempt).length === 0) commit(attempt);
  else loader.attempt = attempt;
}

async function replace(label: string, read: () => Promise<Attempt | null>): Promise<void> {
  const latest = startRead();
  loader.busy = label;
  loader.attempt = null;
  loader.nothingFound = false;
  try {
    const attempt = await read();
    if (!latest()) return;
    if (attempt) settle(attempt);
    else loader.nothingFound = true;
  } finally {
    if (latest()) loader.busy = null;
  }
}

/** Another dataset by the URL of its manifest; the one on screen stays until this one validates. */
export function replaceFrom(manifestUrl: string): Promise<void> {
  return replace(manifestUrl, () => readUrl(manifestUrl));
}

/** Dropped or picked files (single files and/or bundles), checked like fetched ones. */
export function loadFromFiles(files: readonly DroppedFile[]): Promise<void> {
  return replace(files.map((f) => f.name).join(', '), async () => {
    const { droppedNothing, droppedState, readDropped } = await import('../data/dropped');
    const dropped = await readDropped(files);
    if (droppedNothing(dropped)) {
      loader.notes = dropped.notes;
      return null;
    }
    return { source: { kind: 'files', names: files.map((f) => f.name), manifest: dropped.manifest }, files: droppedState(dropped), notes: dropped.notes };
  });
}

export function resetToDefault(): Promise<void> {
  return replaceFrom(DEFAULT_MANIFEST);
}

/** Shows the held-back dataset after all: each view whose files are valid draws it, the others show their errors. */
export function loadAnyway(): void {
  if (loader.attempt) commit(loader.attempt);
}

export function keepCurrent(): void {
  loader.attempt = null;
}
