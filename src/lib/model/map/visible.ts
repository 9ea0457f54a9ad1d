import type { Site, SiteRole } from '../../data/schema';
import { shownAt } from './timeline';

export interface SiteFilter {
  hiddenRoles: readonly SiteRole[];
  until: string | null;
}

/** The sites drawn at all: roles switched off in the legend and not-yet-announced sites are left out. */
export function visibleSites<S extends Pick<Site, 'role' | 'announced'>>(sites: readonly S[], filter: SiteFilter): S[] {
  const hidden = new Set(filter.hiddenRoles);
  return sites.filter((s) => !hidden.has(s.role) && shownAt(s, filter.until));
}

/** Sites outside the chapter being read are drawn faint, not removed, so the map keeps its context. */
export function outsideChapter(site: Pick<Site, 'chapters'>, chapter: string | null): boolean {
  return chapter !== null && !site.chapters.includes(chapter);
}

/** The role filter after toggling one role, in the URL's canonical (sorted) order. */
export function toggleRole(hidden: readonly SiteRole[], role: SiteRole): SiteRole[] {
  const next = hidden.includes(role) ? hidden.filter((r) => r !== role) : [...hidden, role];
  return next.sort();
}
