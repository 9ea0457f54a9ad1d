import type { DatasetFileKey } from './keys.ts';
import type { DataIssue } from './issue.ts';

/** The largest file the explorer reads, fetched or dropped (bytes). */
export const MAX_BYTES = 10 * 1024 * 1024;

/**
 * How many items each list may hold. Past these the views stop being readable or responsive on a
 * phone (the benchmark's largest synthetic dataset, x50, stays within them: 2,000 nodes, 3,000 links,
 * 500 sites). Checked on the raw JSON, before the schema, so a huge file costs no validation time.
 */
export const MAX_ITEMS = {
  entities: { entities: 5_000 },
  sources: { sources: 5_000 },
  sites: { sites: 5_000 },
  flows: { nodes: 2_000, links: 10_000 },
  power: { series: 200, annotations: 500 },
  story: { scenes: 200 },
} as const satisfies Record<DatasetFileKey, Record<string, number>>;

/** One error per list that holds more than its limit; anything that is not a list is left to the schema. */
export function limitIssues(key: DatasetFileKey, json: unknown): DataIssue[] {
  if (typeof json !== 'object' || json === null) return [];
  const limits: Record<string, number> = MAX_ITEMS[key];
  return Object.entries(limits).flatMap(([list, max]) => {
    const items = (json as Record<string, unknown>)[list];
    if (!Array.isArray(items) || items.length <= max) return [];
    return [{ file: `${key}.json`, path: list, expected: `at most ${max} items`, received: `${items.length} items`, severity: 'error' as const }];
  });
}
