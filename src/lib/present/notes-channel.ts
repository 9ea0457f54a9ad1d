import type { StoryFile } from '../data/schema';
import { local, type Lang } from '../i18n/lang';
import type { Move } from './scenes';

/** Presentation window and notes window talk over this channel (same origin, any number of windows). */
export const channelName = 'new-coordinates-present';

/** What the notes window shows: sent by the presentation window on every scene change. */
export interface NotesState {
  type: 'state';
  lang: Lang;
  deck: string;
  n: number;
  total: number;
  title: string;
  notes: string;
  next: string | null;
}

export type PresentMessage =
  | NotesState
  /** A notes window opened (or reloaded) and asks for the current state. */
  | { type: 'hello' }
  /** The notes window moves the presentation. */
  | { type: 'go'; move: Move }
  /** The presentation left presenter mode. */
  | { type: 'closed' };

const moves: readonly string[] = ['next', 'prev', 'first', 'last'];

/** Messages come from any same-origin page: accept only well-formed ones. */
export function isPresentMessage(data: unknown): data is PresentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
    case 'closed':
      return true;
    case 'go':
      return typeof m.move === 'string' && moves.includes(m.move);
    case 'state':
      return (
        (m.lang === 'zh' || m.lang === 'en') &&
        typeof m.deck === 'string' &&
        Number.isInteger(m.n) &&
        Number.isInteger(m.total) &&
        typeof m.title === 'string' &&
        typeof m.notes === 'string' &&
        (m.next === null || typeof m.next === 'string')
      );
    default:
      return false;
  }
}

/** The notes window's view of scene `index` (0-based). */
export function notesState(story: StoryFile, index: number, lang: Lang): NotesState {
  const scene = story.scenes[index];
  const next = story.scenes[index + 1];
  return {
    type: 'state',
    lang,
    deck: local(story.title, lang),
    n: index + 1,
    total: story.scenes.length,
    title: scene ? local(scene.title, lang) : '',
    notes: scene ? local(scene.notes, lang) : '',
    next: next ? local(next.title, lang) : null,
  };
}

/** Elapsed time as m:ss (h:mm:ss past the hour), for the speaker's clock. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
