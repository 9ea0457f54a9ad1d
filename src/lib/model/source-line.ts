import type { Source } from '../data/schema';
import type { Citation, CitationGroup } from './citations';

/**
 * The publishers a view's figures lean on most, for a one-line credit under an embed or an
 * export ("IEA, Liberty Times, Taipower"): ranked by how many of the view's figures cite them.
 */
export function topPublishers(group: CitationGroup, sources: readonly Source[], index: Map<string, Citation[]>, limit = 3): { names: string[]; more: number } {
  const counts = new Map<string, number>();
  for (const source of sources) {
    const n = (index.get(source.id) ?? []).filter((c) => c.group === group).length;
    if (n > 0) counts.set(source.publisher, (counts.get(source.publisher) ?? 0) + n);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  return { names: ranked.slice(0, limit), more: Math.max(0, ranked.length - limit) };
}
