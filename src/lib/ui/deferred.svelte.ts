import { afterViewsReady } from './after-ready';

/**
 * A component the first paint does without (a detail card, a data table, a popover): its code is
 * fetched once the views are ready and the main thread is idle, so it is there before a reader's
 * first hover; or at once if something reads `current` sooner (a selection from the URL shows its
 * card as soon as the views are up, not after the idle wait). `current` is reactive: whatever reads
 * it draws the component as soon as its code has arrived.
 *
 * A fetch that fails (offline before the service worker cached the page) sets `failed`. Reading
 * `current` asks again, but in practice that cannot help: browsers keep a failed module import for
 * the page's life and answer every later import of it with the same error, without fetching. So
 * where a reader asked for the part, the caller says it could not load and offers a reload.
 */
export class Deferred<T> {
  #load: () => Promise<{ default: T }>;
  #loading: Promise<void> | null = null;
  #module = $state.raw<T | null>(null);
  #failed = $state(false);

  constructor(load: () => Promise<{ default: T }>) {
    this.#load = load;
    void afterViewsReady().then(() => this.load());
  }

  /** Starts the fetch (once while it runs); resolves, loaded or failed, when it has settled. */
  load(): Promise<void> {
    this.#loading ??= this.#load().then(
      (module) => {
        this.#module = module.default;
        this.#failed = false;
      },
      () => {
        this.#loading = null;
        this.#failed = true;
      },
    );
    return this.#loading;
  }

  /** The component, or null while its code is on its way (reading it asks for it). */
  get current(): T | null {
    if (this.#module === null) void this.load();
    return this.#module;
  }

  /** The component if its code has arrived, without asking for it. */
  get loaded(): T | null {
    return this.#module;
  }

  /** True once a fetch of its code has failed (and none has succeeded since): only a reload brings it. */
  get failed(): boolean {
    return this.#failed;
  }
}
