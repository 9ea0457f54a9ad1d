import type { ViewId } from '../data/schema';

export type ViewStatus = 'loading' | 'ready' | 'error';

/** Each mounted view reports here; the shell announces readiness when every visible one settles. */
export const viewStatus = $state<Partial<Record<ViewId, ViewStatus>>>({});

let announced = false;

/** DESIGN.md §6: `data-ready="1"` and the `views-ready` mark, once, after the settled frame paints. */
export function announceReadyWhenSettled(visible: readonly ViewId[]): void {
  if (announced || visible.length === 0) return;
  if (!visible.every((v) => viewStatus[v] === 'ready' || viewStatus[v] === 'error')) return;
  announced = true;
  requestAnimationFrame(() => {
    performance.mark('views-ready');
    document.documentElement.dataset.ready = '1';
  });
}
