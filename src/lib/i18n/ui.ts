import { byLang } from './strings';

// The text is in en.ts and zh.ts, of which a reader fetches one; each view reads its part through
// its own module (map.ts, sankey.ts, power.ts).

/** The app shell and shared UI parts. */
export const ui = byLang((s) => s.ui);
/** Selection, chapters and sharing. */
export const shellText = byLang((s) => s.shell);
export const prefsText = byLang((s) => s.prefs);
export const keysText = byLang((s) => s.keys);
/** Each view's downloads menu button. */
export const downloadText = byLang((s) => s.download);
