import { untrack } from 'svelte';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';
import { browserLang, type Lang } from '../i18n/lang';

/**
 * The one app state: what the URL holds, plus the transient hover. Views read it; only the
 * functions below write it, so URL and state cannot drift apart.
 */
export const app = $state<UrlState & { hovered: string | null }>({
  ...parseUrlState(typeof location === 'undefined' ? '' : location.search),
  hovered: null,
});

export function currentLang(): Lang {
  return app.lang ?? browserLang(typeof navigator === 'undefined' ? undefined : navigator.languages);
}

/** The id every view highlights: a hover previews, otherwise the sticky selection. */
export function activeId(): string | null {
  return app.hovered ?? app.selected;
}

function urlFor(state: UrlState): string {
  const query = serializeUrlState(state);
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** Deliberate changes (selection, chapter, scene) push history; adjustments replace it. */
export function update(patch: Partial<UrlState>, history: 'push' | 'replace' = 'replace'): void {
  Object.assign(app, patch);
  if (typeof location === 'undefined') return;
  const url = untrack(() => urlFor(app));
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

// Writers read the state untracked, so calling them from an effect never subscribes that effect
// to the very state it writes (which would re-run it on every hover anywhere).
export function select(id: string | null): void {
  if (id === untrack(() => app.selected)) return;
  update({ selected: id }, 'push');
}

/**
 * The hover as detail cards and the selection bar see it: set after the frame that paints the
 * highlight, so that frame carries only the highlight (a card costs more to build than the
 * highlight itself). Cleared at once: a card never outlives its hover.
 */
export const settled = $state<{ hovered: string | null }>({ hovered: null });
let settling = 0;

export function hover(id: string | null): void {
  if (untrack(() => app.hovered) !== id) app.hovered = id;
  if (typeof requestAnimationFrame !== 'function' || id === null) {
    settled.hovered = id;
    return;
  }
  cancelAnimationFrame(settling);
  // A message posted from requestAnimationFrame arrives after that frame has painted.
  settling = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (settled.hovered = untrack(() => app.hovered));
    channel.port2.postMessage(0);
  });
}

/** Back/forward: the URL is the truth. */
export function listenToHistory(): () => void {
  const onPop = () => {
    Object.assign(app, parseUrlState(location.search), { hovered: null });
    settled.hovered = null;
  };
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}
