import type { Plugin } from 'vite';

/** Chromium's explicit compile hint; it counts only as a file's very first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts Chromium's explicit compile hint at the top of every chunk: its functions are then compiled
 * as the file streams in, on a background thread, rather than each on the main thread the first
 * time it runs. Nearly all of a chunk runs as it loads (a view draws at once), and those lazy
 * compiles were ~80 ms of the main thread before views-ready at x1. Other browsers read a comment.
 *
 * By hand because rolldown's `postBanner` lands below the import map Vite prepends afterwards
 * (`__vite__mapDeps`), where Chromium ignores it; this runs after that and shifts the source map
 * down the one line it adds.
 */
export function compileHintPlugin(): Plugin {
  return {
    name: 'new-coordinates:compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            json.mappings = `;${json.mappings}`;
            map.source = JSON.stringify(json);
          }
        }
      },
    },
  };
}
