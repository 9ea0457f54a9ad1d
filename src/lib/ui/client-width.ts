import type { Attachment } from 'svelte/attachments';

/**
 * An element's clientWidth, kept up to date like `bind:clientWidth`, whose first reading waits for
 * a microtask. bind:clientWidth reads as each element mounts, and Svelte draws a view (now that it
 * has its width) before it mounts the next view's element, so each view's first read forced style
 * and layout of the views drawn before it: three forced layouts a load (30–60 ms in traces at x1).
 * Read a microtask later, the views that mount together are all in the page, not yet drawn,
 * and they are measured in one cheap layout; then they draw.
 */
export function clientWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    let attached = true;
    queueMicrotask(() => {
      if (attached) set(element.clientWidth);
    });
    // Later changes (a resize, a scrollbar) arrive after layout, where reading costs nothing.
    const observer = new ResizeObserver(() => set(element.clientWidth));
    observer.observe(element);
    return () => {
      attached = false;
      observer.disconnect();
    };
  };
}
