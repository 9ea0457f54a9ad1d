/**
 * Reader preferences kept on this device (not in the URL: they describe the reader, not the
 * moment being shared). The URL's `theme=` still wins, so embeds and slides follow their host.
 */
export type ThemeChoice = 'light' | 'dark' | 'auto';

const THEME_KEY = 'nc-theme';
const MOTION_KEY = 'nc-motion';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage may be blocked (private mode, sandboxed iframe): the choice lasts for this page only.
  }
}

export function storedTheme(): ThemeChoice {
  const v = read(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : 'auto';
}
export function storeTheme(choice: ThemeChoice): void {
  write(THEME_KEY, choice === 'auto' ? null : choice);
}

/** Motion is opt-in: only when the OS allows it and the reader has not switched it off here. */
export function motionAllowed(): boolean {
  if (typeof window === 'undefined') return false;
  return document.documentElement.dataset.motion !== 'off' && osMotion;
}
// One query, asked before anything mounts and kept up to date by its change event: asking
// matchMedia anew during a mount forced a style pass of the half-built page (~15 ms at load).
const motionQuery = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: no-preference)') : null;
let osMotion = motionQuery?.matches ?? false;
motionQuery?.addEventListener('change', (e) => (osMotion = e.matches));
export function storedMotionOff(): boolean {
  return read(MOTION_KEY) === 'off';
}
export function storeMotionOff(off: boolean): void {
  write(MOTION_KEY, off ? 'off' : null);
}
