import { mount } from 'svelte';
import App from './App.svelte';
import { registerOffline } from './lib/present/offline';
import './app.css';

mount(App, { target: document.getElementById('app')! });

// Offline support registers once the views are drawn, so the precache download never competes
// with the first paint's data.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const root = document.documentElement;
  const registerWhenReady = new MutationObserver(() => {
    if (root.dataset.ready !== '1') return;
    registerWhenReady.disconnect();
    registerOffline();
  });
  registerWhenReady.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
}
