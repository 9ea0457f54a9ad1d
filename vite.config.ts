import { defineConfig, normalizePath } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { copyDataPlugin } from './scripts/copy-data-plugin.ts';
import { socialCardPlugin } from './scripts/social-card-plugin.ts';
import { compileHintPlugin } from './scripts/compile-hint-plugin.ts';
import { earlyRequestsPlugin } from './scripts/early-requests-plugin.ts';
import { vouchDataPlugin } from './scripts/vouch-data-plugin.ts';
import { inlineIconPlugin } from './scripts/inline-icon-plugin.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[]; importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** Whether a module belongs in the first chunk: a static import of an entry, or of two views or more. */
function firstChunkTest(graph: ModuleGraph): (id: string) => boolean {
  const viewCode = normalizePath(page('src/lib/ui/view-code.ts'));
  const closure = (root: string): Set<string> => {
    const seen = new Set<string>();
    for (const queue = [root]; queue.length > 0; ) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  const views = graph.getModuleInfo(viewCode)?.dynamicallyImportedIds.map(closure) ?? [];
  if (views.length === 0) throw new Error(`${viewCode} no longer imports the views: update vite.config.ts`);
  const shared = new Set([...new Set(views.flatMap((view) => [...view]))].filter((id) => views.filter((view) => view.has(id)).length >= 2));
  const initial = new Map<string, boolean>();
  const isInitial = (id: string): boolean => {
    if (!initial.has(id)) {
      initial.set(id, false); // an import cycle leads nowhere new
      const info = graph.getModuleInfo(id);
      initial.set(id, info !== null && (info.isEntry || info.importers.some(isInitial)));
    }
    return initial.get(id)!;
  };
  return (id) => isInitial(id) || shared.has(id);
}

/**
 * Names the one chunk every page loads first (index.html and notes.html share its entry, src/main.ts):
 * the entry's static imports (Svelte's runtime, the shell, the data loader) and whatever two views or
 * more import (ViewFrame, the downloads menu, number formats and scales). Left to itself rolldown
 * splits these, by which page or view uses them, into chunks that every reader of the explorer
 * fetches before views-ready; one chunk is one request (the first six of them, merged, were also
 * 2.7 KB gzip smaller without the imports and exports between them). Over HTTP/1.1 a browser opens
 * six connections to a host, and the views' code and data (~17 requests) queue behind each other:
 * two more chunks merged (number formats and scales) took two requests out of that queue. A view's
 * own code keeps its own chunk: an embed of one view loads no other's (an embed of the Sankey loads
 * the 1.6 KB of scales the map and the power chart share).
 */
function firstChunk(): (id: string, graph: ModuleGraph) => string | null {
  // One test per chunking pass: a watch rebuild has a new graph.
  const tests = new WeakMap<ModuleGraph, (id: string) => boolean>();
  return (id, graph) => {
    const test = tests.get(graph) ?? firstChunkTest(graph);
    tests.set(graph, test);
    return test(id) ? 'main' : null;
  };
}

// base './' keeps every asset URL relative, so dist/ works from any sub-path (GitHub Pages: /repo/).
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    copyDataPlugin(),
    vouchDataPlugin(),
    socialCardPlugin(),
    inlineIconPlugin(page('public/favicon.svg')),
    compileHintPlugin(),
    earlyRequestsPlugin(fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '')),
    // Offline for a talk: a service worker precaches the build, the datasets and the geography after
    // one visit. 'prompt' waits for the reader to accept an update rather than swapping code mid-talk.
    VitePWA({
      registerType: 'prompt',
      // src/lib/present/offline.ts registers it once the views are drawn.
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        // countries-50m.json is ~756 KB; leave room for a larger dataset.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/notes\.html$/],
      },
    }),
  ],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      input: { main: page('index.html'), notes: page('notes.html') },
      output: { codeSplitting: { groups: [{ name: firstChunk(), debugName: 'main' }] } },
    },
  },
});
