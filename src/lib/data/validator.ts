import { datasetFiles, type DatasetFileKey } from './keys.ts';
import type { DatasetFiles } from './schema.ts';
import type { DataIssue } from './issue.ts';
import type { DatasetState, FileState } from './load.ts';
import { validateFile } from './validate.ts';
import { crossCheck } from './cross-check.ts';
import { limitIssues } from './limits.ts';

export { validateManifest } from './validate.ts';

/*
 * The validator's entry: the schemas (valibot) and the checks across files. The app loads it on
 * demand, for any dataset but the one the build validated (see vouch.ts): another manifest, dropped
 * files, a file fetched again, or shipped files changed after the build.
 */

/**
 * Validates parsed files (as fetched, dropped or generated): size limits, then the schema, then
 * cross-file references. Unknown keys come back as warnings on a ready file.
 */
export function validateAll(raw: Partial<Record<DatasetFileKey, unknown>>): Partial<DatasetState> {
  const state: Record<string, FileState<DatasetFileKey>> = {};
  const valid: Partial<DatasetFiles> = {};
  const warnings: Partial<Record<DatasetFileKey, DataIssue[]>> = {};
  for (const key of datasetFiles) {
    if (!(key in raw)) continue;
    const over = limitIssues(key, raw[key]);
    if (over.length) {
      state[key] = { status: 'error', issues: over };
      continue;
    }
    const result = validateFile(key, raw[key]);
    if (result.ok) {
      (valid as Record<string, unknown>)[key] = result.data;
      warnings[key] = result.issues;
    } else state[key] = { status: 'error', issues: result.issues };
  }
  const cross = crossCheck(valid);
  for (const key of Object.keys(valid) as DatasetFileKey[]) {
    const mine = cross.filter((i) => i.file === `${key}.json`);
    const errors = mine.filter((i) => i.severity === 'error');
    const all = [...(warnings[key] ?? []), ...mine.filter((i) => i.severity === 'warning')];
    state[key] = errors.length ? { status: 'error', issues: [...errors, ...all] } : ({ status: 'ready', data: valid[key], warnings: all } as FileState<DatasetFileKey>);
  }
  return state as Partial<DatasetState>;
}
