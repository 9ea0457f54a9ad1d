import { mount } from 'svelte';
import App from './App.svelte';
import { afterViewsReady } from './lib/ui/after-ready';
import './app.css';

// The one entry of both pages: notes.html (the speaker-notes window) shares this chunk, Svelte's
// runtime with the shell, rather than rolldown splitting what the two share into chunks of their
// own that every reader would fetch; the notes window's own code loads on demand.
const notes = document.getElementById('notes');
if (notes) {
  void import('./notes').then(({ mountNotes }) => mountNotes(notes));
} else {
  // Evaluating this chunk and mounting the shell are two tasks, not one: on a slow phone each stays
  // nearer the 50 ms past which a task holds up input (Lighthouse's Total Blocking Time counts them).
  setTimeout(() => mount(App, { target: document.getElementById('app')! }));
  // Offline support registers once the views are drawn, so the precache download never competes
  // with the first paint's data (nor its code with the first paint's code).
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void afterViewsReady()
      .then(() => import('./lib/present/offline'))
      .then(({ registerOffline }) => registerOffline());
  }
}
