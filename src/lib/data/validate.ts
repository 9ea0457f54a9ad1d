import * as v from 'valibot';
import { fileSchemas, Manifest as ManifestSchema, type DatasetFileKey, type DatasetFiles, type Manifest } from './schema.ts';
import { describeValue, type DataIssue } from './issue.ts';

type PathItem = { key: unknown };

export function jsonPath(path: readonly PathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** valibot words its expectations for programmers ("number", "\"a\" | \"b\""); pipe messages are ours. */
function expectation(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'no such key (not in the contract)';
  if (issue.type === 'strict_object' && issue.input === undefined) return 'this key (it is required)';
  if (issue.kind === 'validation' && issue.message && !issue.message.startsWith('Invalid')) return issue.message;
  const expected = issue.expected ?? issue.type;
  if (issue.type === 'url') return 'a full URL';
  if (issue.type === 'max_length') return `at most ${expected.replace('<=', '')} characters`;
  if (expected === 'Array') return 'a list';
  if (expected === 'Object') return 'an object';
  if (issue.type === 'min_length') return `at least ${expected.replace('>=', '')} item(s)`;
  if (issue.type === 'integer') return 'a whole number';
  if (issue.type === 'min_value' || issue.type === 'max_value') return `a number ${expected}`;
  return expected.replace(/\|/g, 'or');
}

export function fileName(key: DatasetFileKey): string {
  return `${key}.json`;
}

export type FileResult<K extends DatasetFileKey> =
  | { ok: true; data: DatasetFiles[K]; issues: DataIssue[] }
  | { ok: false; issues: DataIssue[] };

/**
 * A key the contract does not know is a warning, not an error: the key is dropped (it never
 * reaches a view) and the rest is read, so a dataset written for a later contract still loads and
 * a misspelt optional key is still pointed out. Everything else that breaks the schema is an error.
 * (The published JSON Schema stays strict, so an editor flags such keys while the file is written.)
 */
function isUnknownKey(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never';
}

function toIssue(issue: v.BaseIssue<unknown>, file: string): DataIssue {
  const unknown = isUnknownKey(issue);
  return {
    file,
    path: jsonPath(issue.path as PathItem[] | undefined),
    expected: expectation(issue),
    received: unknown ? `a key ${describeValue(issue.path?.at(-1)?.key)}` : describeValue(issue.input),
    severity: unknown ? 'warning' : 'error',
  };
}

/** A copy of `json` without the keys at `paths` (each a path from the root to the key). */
function withoutKeys(json: unknown, paths: readonly (readonly PathItem[])[]): unknown {
  const copy: unknown = structuredClone(json);
  for (const path of paths) {
    let node: unknown = copy;
    for (const item of path.slice(0, -1)) node = (node as Record<string | number, unknown> | null)?.[item.key as string | number];
    const last = path.at(-1);
    if (last && typeof node === 'object' && node !== null) delete (node as Record<string, unknown>)[last.key as string];
  }
  return copy;
}

type AnySchema = v.GenericSchema<unknown, unknown>;

function validateWith<T>(schema: AnySchema, json: unknown, file: string): { ok: true; data: T; issues: DataIssue[] } | { ok: false; issues: DataIssue[] } {
  const config = { abortEarly: false, abortPipeEarly: false } as const;
  const result = v.safeParse(schema, json, config);
  if (result.success) return { ok: true, data: result.output as T, issues: [] };
  const issues = dedupe(result.issues.map((issue) => toIssue(issue, file)));
  if (result.issues.every(isUnknownKey)) {
    const again = v.safeParse(schema, withoutKeys(json, result.issues.map((i) => (i.path ?? []) as PathItem[])), config);
    if (again.success) return { ok: true, data: again.output as T, issues };
  }
  return { ok: false, issues };
}

/** Validates one parsed file against its schema; collects every problem, never throws. */
export function validateFile<K extends DatasetFileKey>(key: K, json: unknown, file = fileName(key)): FileResult<K> {
  return validateWith<DatasetFiles[K]>(fileSchemas[key] as AnySchema, json, file);
}

/** The manifest, checked the same way (every problem, unknown keys as warnings). */
export function validateManifest(json: unknown, file = 'manifest.json'): { ok: true; data: Manifest; issues: DataIssue[] } | { ok: false; issues: DataIssue[] } {
  const result = validateWith<Manifest>(ManifestSchema, json, file);
  // The schema's pattern lets "javascript:…" or "data:…" through (they start like a relative path); a file is fetched only over http(s) or relative to the manifest.
  const files: unknown = typeof json === 'object' && json !== null ? (json as { files?: unknown }).files : undefined;
  const schemes = Object.entries(typeof files === 'object' && files !== null ? files : {}).flatMap(([key, path]) =>
    typeof path === 'string' && /^[a-z][a-z\d+.-]*:/i.test(path) && !/^https?:\/\//i.test(path)
      ? [{ file, path: `files.${key}`, expected: 'a relative or http(s) URL', received: describeValue(path), severity: 'error' as const }]
      : [],
  );
  return schemes.length ? { ok: false, issues: [...schemes, ...result.issues.filter((i) => !schemes.some((x) => x.path === i.path))] } : result;
}

function dedupe(issues: DataIssue[]): DataIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.expected}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
