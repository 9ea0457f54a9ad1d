let idleAfterReady: Promise<void> | null = null;

/**
 * Resolves once the views have announced readiness (`data-ready="1"`, DESIGN.md §6) and the main
 * thread is idle: the moment to fetch code the first paint does not need, so it never competes with
 * the views' code and data.
 */
export function afterViewsReady(): Promise<void> {
  idleAfterReady ??= new Promise<void>((resolve) => {
    const root = document.documentElement;
    // Safari has no requestIdleCallback; a task after the ready frame is the next best thing.
    const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve));
    if (root.dataset.ready === '1') return whenIdle();
    const observer = new MutationObserver(() => {
      if (root.dataset.ready !== '1') return;
      observer.disconnect();
      whenIdle();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
  });
  return idleAfterReady;
}
