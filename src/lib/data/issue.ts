/** A problem found in a dataset, worded for the reader who has to fix the file. */
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
