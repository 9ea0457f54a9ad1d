import type { ViewId } from '../data/schema';

export type ViewStatus = 'loading' | 'ready' | 'error';

/** Each mounted view reports here; the shell announces readiness when every visible one settles. */
export const viewStatus = $state<Partial<Record<ViewId, ViewStatus>>>({});

let announced = false;

/** Whether a view has drawn, or said why it cannot. */
export function isSettled(view: ViewId): boolean {
  return viewStatus[view] === 'ready' || viewStatus[view] === 'error';
}

/**
 * The code of a mode or view, which marks the views it would have drawn as failed if it cannot
 * arrive (offline before the page was cached): they say so, and views-ready need not wait for them.
 * `views` is read at the failure, so a caller can pass what is on screen then.
 */
export function settleOnFailure<T>(code: Promise<T>, views: () => readonly ViewId[]): Promise<T> {
  return code.catch((error: unknown) => {
    for (const view of views()) viewStatus[view] = 'error';
    throw error;
  });
}

/** DESIGN.md §6: `data-ready="1"` and the `views-ready` mark, once, after the settled frame paints. */
export function announceReadyWhenSettled(visible: readonly ViewId[]): void {
  if (announced || visible.length === 0) return;
  if (!visible.every(isSettled)) return;
  announced = true;
  requestAnimationFrame(() => {
    performance.mark('views-ready');
    document.documentElement.dataset.ready = '1';
  });
}
