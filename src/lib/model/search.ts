import type { Entity } from '../data/schema';

export interface SearchHit {
  id: string;
  entity: Entity;
  /** Lower is better: exact ticker/name, then prefix, then substring. */
  rank: number;
}

/** Folds case, width and punctuation so "2382", "2382.tw", "ＴＳＭＣ" and "t.s.m.c" all match. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.\-_·,()（）]/g, '');
}

const searchable: readonly Entity['kind'][] = ['company', 'policy', 'segment', 'theme', 'place'];

/** Finds companies, policies, segments and places by Chinese name, English name or ticker. */
export function searchEntities(entities: readonly Entity[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entity of entities) {
    if (!searchable.includes(entity.kind)) continue;
    const keys = [entity.name.zh, entity.name.en, entity.short?.zh, entity.short?.en, entity.ticker, entity.id]
      .filter((k): k is string => !!k)
      .map(normalise);
    let rank = Infinity;
    for (const key of keys) {
      const r = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(q) ? 2 : Infinity;
      rank = Math.min(rank, r);
    }
    // A ticker's digits alone ("2382" for "2382.TW") count as exact.
    if (entity.ticker && normalise(entity.ticker).replace(/[a-z]+$/, '') === q) rank = 0;
    if (rank < Infinity) hits.push({ id: entity.id, entity, rank });
  }
  const kindOrder = (e: Entity) => (e.kind === 'company' ? 0 : 1);
  return hits
    .sort((a, b) => a.rank - b.rank || kindOrder(a.entity) - kindOrder(b.entity) || a.entity.name.en.localeCompare(b.entity.name.en))
    .slice(0, limit);
}
