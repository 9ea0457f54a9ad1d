import type { Component } from 'svelte';
import type { ViewId } from '../data/schema';
import type { Lang } from '../i18n/lang';

export type ViewComponent = Component<{ lang: Lang }>;

/**
 * Each view is its own chunk, fetched in parallel with the data: an embed of one view never
 * downloads the others' code (nor, for the Sankey and power views, the map's geometry).
 */
const loaders: Record<ViewId, () => Promise<{ default: ViewComponent }>> = {
  map: () => import('../views/map/MapView.svelte'),
  sankey: () => import('../views/sankey/SankeyView.svelte'),
  power: () => import('../views/power/PowerView.svelte'),
};
const asked = new Map<ViewId, Promise<{ default: ViewComponent }>>();

/**
 * A view's code, fetched once. The shell asks for the views it will show as it starts, so their
 * code downloads beside the strings and the data rather than after the shell has mounted (which
 * waits for the strings); LazyView then draws from the same promise.
 */
export function viewCode(view: ViewId): Promise<{ default: ViewComponent }> {
  let code = asked.get(view);
  if (!code) asked.set(view, (code = loaders[view]()));
  return code;
}
