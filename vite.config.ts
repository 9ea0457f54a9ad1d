import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { copyDataPlugin } from './scripts/copy-data-plugin.ts';

// base './' keeps every asset URL relative, so dist/ works from any sub-path (GitHub Pages: /repo/).
export default defineConfig({
  base: './',
  plugins: [svelte(), copyDataPlugin()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
