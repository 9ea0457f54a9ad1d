import { mount } from 'svelte';
import App from './App.svelte';
import { afterViewsReady } from './lib/ui/after-ready';
import './app.css';

mount(App, { target: document.getElementById('app')! });

// Offline support registers once the views are drawn, so the precache download never competes
// with the first paint's data (nor its code with the first paint's code).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void afterViewsReady()
    .then(() => import('./lib/present/offline'))
    .then(({ registerOffline }) => registerOffline());
}
