let idleAfterReady: Promise<void> | null = null;

/** Runs `callback` when the main thread is next idle (within `timeout` ms); Safari has no requestIdleCallback, so a task then. */
export function whenIdle(callback: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => callback(), { timeout });
  else setTimeout(callback);
}

/**
 * Resolves once the views have announced readiness (`data-ready="1"`, DESIGN.md §6) and the main
 * thread is idle: the moment to fetch code the first paint does not need, so it never competes with
 * the views' code and data.
 */
export function afterViewsReady(): Promise<void> {
  idleAfterReady ??= new Promise<void>((resolve) => {
    const root = document.documentElement;
    if (root.dataset.ready === '1') return whenIdle(resolve);
    const observer = new MutationObserver(() => {
      if (root.dataset.ready !== '1') return;
      observer.disconnect();
      whenIdle(resolve);
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
  });
  return idleAfterReady;
}
