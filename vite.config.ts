import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { copyDataPlugin } from './scripts/copy-data-plugin.ts';
import { socialCardPlugin } from './scripts/social-card-plugin.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// base './' keeps every asset URL relative, so dist/ works from any sub-path (GitHub Pages: /repo/).
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    copyDataPlugin(),
    socialCardPlugin(),
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
    rolldownOptions: { input: { main: page('index.html'), notes: page('notes.html') } },
  },
});
