import { getContext, setContext } from 'svelte';

const key = Symbol('presenting');

/** Marks the views below as drawn on a presenter slide (PresentMode calls it once). */
export function markPresenting(): void {
  setContext(key, true);
}

/** Whether this view is on a presenter slide: a wide, short slot where every row of height counts. */
export function presenting(): boolean {
  return getContext<boolean | undefined>(key) ?? false;
}
