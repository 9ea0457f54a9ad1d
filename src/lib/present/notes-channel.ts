import type { StoryFile, ViewId } from '../data/schema';
import { local, type Lang } from '../i18n/lang';
import { clampSlide, moveKind, moveSlide, sceneSteps, type Move, type Slide } from './scenes';

/** Presentation window and notes window talk over this channel (same origin, any number of windows). */
export const channelName = 'new-coordinates-present';

/**
 * The state message's format. A window of another build (one left open across an update) sends
 * another version, which the validator turns away rather than misreading.
 */
export const notesVersion = 2;

/** What the notes window shows: sent by the presentation window on every move. */
export interface NotesState {
  type: 'state';
  version: typeof notesVersion;
  lang: Lang;
  deck: string;
  n: number;
  total: number;
  title: string;
  notes: string;
  /** Which of the scene's views is up, of how many (1 of 1 in a single-view scene), and its title. */
  step: number;
  steps: number;
  view: string;
  /** What the next move brings: this scene's next view or the next scene; null on the last slide. */
  next: { kind: 'view' | 'scene'; title: string } | null;
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

function isNext(next: unknown): next is NotesState['next'] {
  if (next === null) return true;
  if (typeof next !== 'object') return false;
  const n = next as Record<string, unknown>;
  return (n.kind === 'view' || n.kind === 'scene') && typeof n.title === 'string';
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;

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
        m.version === notesVersion &&
        (m.lang === 'zh' || m.lang === 'en') &&
        typeof m.deck === 'string' &&
        Number.isInteger(m.n) &&
        Number.isInteger(m.total) &&
        typeof m.title === 'string' &&
        typeof m.notes === 'string' &&
        isCount(m.step) &&
        isCount(m.steps) &&
        m.step <= m.steps &&
        typeof m.view === 'string' &&
        isNext(m.next)
      );
    default:
      return false;
  }
}

/** The notes window's view of a slide; `viewTitles` names the views in the talk's language. */
export function notesState(story: StoryFile, at: Slide, lang: Lang, viewTitles: Readonly<Record<ViewId, string>>): NotesState {
  const counts = story.scenes.map((s) => sceneSteps(s).length);
  const here = clampSlide(at, counts);
  const scene = story.scenes[here.scene - 1];
  const steps = scene ? sceneSteps(scene) : [];
  const view = steps[here.step - 1];
  const kind = moveKind('next', here, counts);
  const to = moveSlide('next', here, counts);
  const toScene = story.scenes[to.scene - 1];
  const toView = toScene ? sceneSteps(toScene)[to.step - 1] : undefined;
  let next: NotesState['next'] = null;
  if (kind === 'scene' && toScene) next = { kind, title: local(toScene.title, lang) };
  else if (kind === 'view' && toView) next = { kind, title: viewTitles[toView] };
  return {
    type: 'state',
    version: notesVersion,
    lang,
    deck: local(story.title, lang),
    n: here.scene,
    total: story.scenes.length,
    title: scene ? local(scene.title, lang) : '',
    notes: scene ? local(scene.notes, lang) : '',
    step: here.step,
    steps: Math.max(1, steps.length),
    view: view ? viewTitles[view] : '',
    next,
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
