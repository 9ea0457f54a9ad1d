import { storedMotionOff, storedTheme, type ThemeChoice } from './preferences';

/** The reader's device-local choices, reactive; App applies them to <html>. */
export const prefs = $state<{ theme: ThemeChoice; motionOff: boolean }>({
  theme: typeof window === 'undefined' ? 'auto' : storedTheme(),
  motionOff: typeof window === 'undefined' ? false : storedMotionOff(),
});
