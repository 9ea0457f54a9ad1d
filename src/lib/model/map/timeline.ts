import type { Site } from '../../data/schema';

/** The story's timeline starts here; earlier announcements are shown from its first step. */
export const TIMELINE_FLOOR = '2023-01';

function toIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
}

function fromIndex(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, inclusive (YYYY-MM). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = toIndex(from); i <= toIndex(to); i++) out.push(fromIndex(i));
  return out;
}

/** The timeline's steps: from the first announcement (not before the floor) to the last. */
export function timelineMonths(sites: readonly Pick<Site, 'announced'>[], floor = TIMELINE_FLOOR): string[] {
  const dated = sites.map((s) => s.announced).filter((a): a is string => a !== null).sort();
  const first = dated[0];
  const last = dated.at(-1);
  if (!first || !last) return [];
  const start = first < floor ? floor : first;
  return monthsBetween(start < last ? start : last, last);
}

/** Shown at a timeline position: undated sites always; dated ones once announced. */
export function shownAt(site: Pick<Site, 'announced'>, until: string | null): boolean {
  return until === null || site.announced === null || site.announced <= until;
}
