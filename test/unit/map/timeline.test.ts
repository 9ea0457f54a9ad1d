import { describe, expect, it } from 'vitest';
import { monthsBetween, shownAt, timelineMonths } from '../../../src/lib/model/map/timeline';
import { outsideChapter, toggleRole, visibleSites } from '../../../src/lib/model/map/visible';
import { site } from './fixtures';

describe('timeline', () => {
  it('lists every month between two, across a year end', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('runs from the first announcement (not before the floor) to the last', () => {
    const sites = [site('a', { announced: '2003-05' }), site('b', { announced: '2025-03' }), site('c', { announced: null }), site('d', { announced: '2023-04' })];
    const months = timelineMonths(sites);
    expect(months[0]).toBe('2023-01');
    expect(months.at(-1)).toBe('2025-03');
    expect(timelineMonths([site('x', { announced: '2024-06' })])).toEqual(['2024-06']);
    expect(timelineMonths([site('x', { announced: null })])).toEqual([]);
  });

  it('always shows undated sites; dated ones from their month on', () => {
    expect(shownAt({ announced: null }, '2023-01')).toBe(true);
    expect(shownAt({ announced: '2025-03' }, '2025-02')).toBe(false);
    expect(shownAt({ announced: '2025-03' }, '2025-03')).toBe(true);
    expect(shownAt({ announced: '2025-03' }, null)).toBe(true);
  });
});

describe('filters', () => {
  const sites = [site('a', { role: 'foundry' }), site('b', { role: 'server', announced: '2025-08' }), site('c', { role: 'air', announced: null })];

  it('drops hidden roles and not-yet-announced sites', () => {
    expect(visibleSites(sites, { hiddenRoles: ['server'], until: null }).map((s) => s.id)).toEqual(['a', 'c']);
    expect(visibleSites(sites, { hiddenRoles: [], until: '2025-04' }).map((s) => s.id)).toEqual(['a', 'c']);
  });

  it('toggles a role in sorted order', () => {
    expect(toggleRole(['server'], 'air')).toEqual(['air', 'server']);
    expect(toggleRole(['air', 'server'], 'air')).toEqual(['server']);
  });

  it('marks sites outside the chapter being read', () => {
    expect(outsideChapter(site('a', { chapters: ['ch2'] }), 'ch3')).toBe(true);
    expect(outsideChapter(site('a', { chapters: ['ch2'] }), 'ch2')).toBe(false);
    expect(outsideChapter(site('a', { chapters: ['ch2'] }), null)).toBe(false);
  });
});
