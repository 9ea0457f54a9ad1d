import type { SiteRole, ViewId } from '../data/schema';
import { siteRoles, viewIds } from '../data/keys';
import type { Lang } from '../i18n/lang';

/** Everything a link can carry. Defaults are left out of the URL; anything malformed is ignored. */
export interface UrlState {
  lang: Lang | null;
  /** Embed mode: the one view shown. */
  embed: ViewId | null;
  /** The id an embed uses in its height messages (Datawrapper's chart-id slot). */
  frameId: string | null;
  /** Presenter mode: the scene number (1-based); null outside presenter mode. */
  scene: number | null;
  /** Presenter mode: which of the scene's views is up (1-based; the scene clamps it); 1 outside presenter mode. */
  step: number;
  /** The selected entity, site, node or series id. */
  selected: string | null;
  chapter: string | null;
  framing: 'pacific' | 'corridor';
  /** Map roles the reader switched off in the legend. */
  hiddenRoles: SiteRole[];
  /** Timeline position: sites announced up to this month; null = all. */
  until: string | null;
  powerUnit: 'twh' | 'share';
  /** Another dataset's manifest URL. */
  data: string | null;
  theme: 'light' | 'dark' | null;
  transparent: boolean;
}

export const defaultUrlState: Readonly<UrlState> = Object.freeze({
  lang: null,
  embed: null,
  frameId: null,
  scene: null,
  step: 1,
  selected: null,
  chapter: null,
  framing: 'pacific',
  hiddenRoles: [],
  until: null,
  powerUnit: 'twh',
  data: null,
  theme: null,
  transparent: false,
});

const slug = /^[a-z0-9][a-z0-9-]{0,79}$/;
const month = /^\d{4}-(0[1-9]|1[0-2])$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Accepts only same-origin relative paths or http(s) URLs for a dataset manifest. */
export function safeDataUrl(value: string | null): string | null {
  if (!value || value.length > 500) return null;
  if (/^https?:\/\//i.test(value)) return value;
  if (/^[\w./-]+$/.test(value) && !value.startsWith('//')) return value;
  return null;
}

export function parseUrlState(search: string): UrlState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return { ...defaultUrlState, hiddenRoles: [] };
  }
  const sceneRaw = p.get('present');
  const scene = p.has('present') ? Math.max(1, Number.parseInt(sceneRaw ?? '', 10) || 1) : null;
  // A step means something only on a slide; junk, zero or negative is the first view.
  const step = scene === null ? 1 : Math.min(Math.max(1, Number.parseInt(p.get('step') ?? '', 10) || 1), 99);
  const selected = p.get('sel');
  const chapter = p.get('ch');
  const until = p.get('until');
  const hidden = (p.get('hide') ?? '').split(',').filter((r): r is SiteRole => (siteRoles as readonly string[]).includes(r));
  return {
    lang: oneOf(p.get('lang'), ['zh', 'en'] as const),
    embed: oneOf(p.get('embed'), viewIds),
    frameId: /^[\w-]{1,64}$/.test(p.get('id') ?? '') ? p.get('id') : null,
    scene: scene !== null && Number.isFinite(scene) ? Math.min(scene, 999) : null,
    step,
    selected: selected && slug.test(selected) ? selected : null,
    chapter: chapter && slug.test(chapter) ? chapter : null,
    framing: oneOf(p.get('frame'), ['pacific', 'corridor'] as const) ?? 'pacific',
    hiddenRoles: [...new Set(hidden)].sort(),
    until: until && month.test(until) ? until : null,
    powerUnit: oneOf(p.get('unit'), ['twh', 'share'] as const) ?? 'twh',
    data: safeDataUrl(p.get('data')),
    theme: oneOf(p.get('theme'), ['light', 'dark'] as const),
    transparent: p.get('bg') === 'transparent',
  };
}

/** The query string for a state, holding only what differs from the defaults (no leading "?"). */
export function serializeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.data) p.set('data', state.data);
  if (state.embed) p.set('embed', state.embed);
  if (state.frameId) p.set('id', state.frameId);
  if (state.scene !== null) p.set('present', String(state.scene));
  if (state.scene !== null && state.step > 1) p.set('step', String(state.step));
  if (state.lang) p.set('lang', state.lang);
  if (state.selected) p.set('sel', state.selected);
  if (state.chapter) p.set('ch', state.chapter);
  if (state.framing !== 'pacific') p.set('frame', state.framing);
  if (state.hiddenRoles.length) p.set('hide', [...state.hiddenRoles].sort().join(','));
  if (state.until) p.set('until', state.until);
  if (state.powerUnit !== 'twh') p.set('unit', state.powerUnit);
  if (state.theme) p.set('theme', state.theme);
  if (state.transparent) p.set('bg', 'transparent');
  return p.toString();
}
