import type { Lang } from './lang';
import type { Strings } from './en';

// Each language is its own chunk: a reader downloads the strings of the language on screen only.
const fetchers: Record<Lang, () => Promise<{ strings: Strings }>> = { zh: () => import('./zh'), en: () => import('./en') };
const loaded: Partial<Record<Lang, Strings>> = {};
const pending: Partial<Record<Lang, Promise<void>>> = {};

/** Fetches one language's strings, once; the shell shows a language only after this resolves. */
export function loadStrings(lang: Lang): Promise<void> {
  pending[lang] ??= fetchers[lang]().then(
    ({ strings }) => {
      loaded[lang] = strings;
    },
    (error: unknown) => {
      // A failed fetch (offline) may be retried by the next switch.
      delete pending[lang];
      throw error;
    },
  );
  return pending[lang];
}

/**
 * One part of the strings, read as `part[lang]` like a both-language table: the modules keep the
 * shape their callers have always used. Reading a language before loadStrings resolved is a bug.
 */
export function byLang<T>(part: (strings: Strings) => T): Record<Lang, T> {
  const read = (lang: Lang): T => {
    const strings = loaded[lang];
    if (!strings) throw new Error(`The ${lang} strings were read before they were loaded`);
    return part(strings);
  };
  return {
    get zh() {
      return read('zh');
    },
    get en() {
      return read('en');
    },
  };
}
