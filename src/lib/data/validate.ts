import * as v from 'valibot';
import { fileSchemas, type DatasetFileKey, type DatasetFiles } from './schema';

export interface DataIssue {
  /** File name as the user knows it, e.g. "sites.json". */
  file: string;
  /** JSON path inside the file, e.g. "sites[4].lat" ("" for the whole file). */
  path: string;
  expected: string;
  received: string;
  severity: 'error' | 'warning';
}

/** `sites.json: sites[4].lat: expected a number between -90 and 90, got "N/A"` */
export function formatIssue(issue: DataIssue): string {
  const where = issue.path ? `${issue.file}: ${issue.path}` : issue.file;
  return `${where}: expected ${issue.expected}, got ${issue.received}`;
}

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

/** A short, safe rendering of the offending value (never the whole blob). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** valibot words its expectations for programmers ("number", "\"a\" | \"b\""); pipe messages are ours. */
function expectation(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'no such key (not in the contract)';
  if (issue.type === 'strict_object' && issue.input === undefined) return 'this key (it is required)';
  if (issue.kind === 'validation' && issue.message && !issue.message.startsWith('Invalid')) return issue.message;
  const expected = issue.expected ?? issue.type;
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

/** Validates one parsed file against its schema; collects every problem, never throws. */
export function validateFile<K extends DatasetFileKey>(key: K, json: unknown, file = fileName(key)): FileResult<K> {
  const result = v.safeParse(fileSchemas[key], json, { abortEarly: false, abortPipeEarly: false });
  if (result.success) return { ok: true, data: result.output as DatasetFiles[K], issues: [] };
  const issues = result.issues.map(
    (issue): DataIssue => ({
      file,
      path: jsonPath(issue.path as PathItem[] | undefined),
      expected: expectation(issue),
      received:
        issue.type === 'strict_object' && issue.expected === 'never' ? `a key ${describeValue(issue.path?.at(-1)?.key)}` : describeValue(issue.input),
      severity: 'error',
    }),
  );
  return { ok: false, issues: dedupe(issues) };
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
