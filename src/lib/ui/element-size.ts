import type { Attachment } from 'svelte/attachments';

type SizeProperty = 'clientWidth' | 'clientHeight' | 'offsetHeight';

/**
 * An element's size, kept up to date like `bind:clientWidth` and its kin, whose first reading waits
 * for a microtask. A bind reads as its element mounts, and Svelte draws a view (now that it has its
 * width) before it mounts the next view's element, so each view's first read forced style and
 * layout of the views drawn before it: three forced layouts a load (30–60 ms in traces at x1), more
 * on a presenter slide, where each box that fits a view reads two sizes. Read a microtask later,
 * what mounts together is all in the page, not yet drawn, and measured in one cheap layout.
 */
export function elementSize(property: SizeProperty, set: (size: number) => void): Attachment<HTMLElement> {
  return (element) => {
    let attached = true;
    queueMicrotask(() => {
      if (attached) set(element[property]);
    });
    // Later changes (a resize, a scrollbar, content drawn) arrive after layout, where reading costs nothing.
    const observer = new ResizeObserver(() => set(element[property]));
    observer.observe(element);
    return () => {
      attached = false;
      observer.disconnect();
    };
  };
}
