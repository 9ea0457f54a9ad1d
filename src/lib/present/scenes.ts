import type { Scene, ViewId } from '../data/schema';
import type { UrlState } from '../state/url-state';

/** What a key (or a button, or the notes window) asks presenter mode to do. */
export type Move = 'next' | 'prev' | 'first' | 'last';
export type PresentAction = Move | 'fullscreen' | 'exit' | 'notes';

/**
 * A place in the talk: a scene and which of its views is up (both 1-based). A scene of several
 * views shows them one at a time, as build steps, each as large as a single-view scene's view.
 */
export interface Slide {
  scene: number;
  step: number;
}

/** A 1-based number inside 1..count; anything odd falls back to 1. */
export function clampOrdinal(n: number, count: number): number {
  if (count < 1 || !Number.isFinite(n)) return 1;
  return Math.min(Math.max(1, Math.trunc(n)), count);
}

/** A scene's steps: its views in order, each once (a view listed twice would only repeat itself; the data check warns of it). */
export function sceneSteps(scene: Scene): ViewId[] {
  return [...new Set(scene.views)];
}

/** The slide a URL names, on a real scene and step: `?present` alone is the first, a number past the end the last. */
export function clampSlide(at: { scene: number | null; step: number }, counts: readonly number[]): Slide {
  const scene = clampOrdinal(at.scene ?? 1, counts.length);
  return { scene, step: clampOrdinal(at.step, counts[scene - 1] ?? 1) };
}

/**
 * The slide a move leads to, given each scene's number of steps. Next and previous walk through
 * every view of every scene in order, so going back into a scene lands on its last view, as slide
 * software does with builds; Home is the very start (first scene, first view) and End the very end
 * (last scene, last view). Moves stop at either end rather than wrapping, as a clicker would.
 */
export function moveSlide(move: Move, from: Slide, counts: readonly number[]): Slide {
  const at = clampSlide(from, counts);
  const total = Math.max(1, counts.length);
  const lastOf = (scene: number): Slide => ({ scene, step: Math.max(1, counts[scene - 1] ?? 1) });
  switch (move) {
    case 'next':
      if (at.step < lastOf(at.scene).step) return { scene: at.scene, step: at.step + 1 };
      return at.scene < total ? { scene: at.scene + 1, step: 1 } : at;
    case 'prev':
      if (at.step > 1) return { scene: at.scene, step: at.step - 1 };
      return at.scene > 1 ? lastOf(at.scene - 1) : at;
    case 'first':
      return { scene: 1, step: 1 };
    case 'last':
      return lastOf(total);
  }
}

/**
 * What a move from a slide does: shows another of the scene's views, goes to another scene, or
 * nothing (an end of the talk). The presenter's buttons and the notes window say which.
 */
export function moveKind(move: Move, from: Slide, counts: readonly number[]): 'view' | 'scene' | null {
  const at = clampSlide(from, counts);
  const to = moveSlide(move, at, counts);
  if (to.scene !== at.scene) return 'scene';
  return to.step !== at.step ? 'view' : null;
}

/**
 * The URL state a slide sets: its scene's selection, chapter and map framing, the same on every
 * step (so the highlight carries from one view to the next), and where it is.
 */
export function scenePatch(scene: Scene, at: Slide): Pick<UrlState, 'selected' | 'chapter' | 'framing' | 'scene' | 'step'> {
  return { selected: scene.selection, chapter: scene.chapter, framing: scene.framing ?? 'pacific', scene: at.scene, step: at.step };
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  /** Ctrl, Meta or Alt held: a browser or system shortcut, never ours. */
  modified: boolean;
  /** Focus is in a text field, select or editable region, where keys type. */
  inTextField: boolean;
  /** Focus is on a button or link, where Space and Enter activate it. */
  onButton: boolean;
  /** Focus is inside a view, whose marks use the arrow keys, Home/End and Escape. */
  inView: boolean;
  /** Something nearer the focus already handled the key (preventDefault). */
  handled: boolean;
}

const keyMap: Record<string, PresentAction> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  PageDown: 'next',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  f: 'fullscreen',
  F: 'fullscreen',
  s: 'notes',
  S: 'notes',
};

/**
 * The action a key asks for, or null. Clicker remotes send PageUp/PageDown, so those always move;
 * Space moves too unless the focused control or view mark used it. Every other key yields to
 * whatever has focus: text fields type, views move between their marks.
 */
export function keyAction(press: KeyPress): PresentAction | null {
  if (press.modified) return null;
  if (press.key === 'PageDown' || press.key === 'PageUp') return keyMap[press.key] ?? null;
  if (press.handled || press.inTextField) return null;
  if (press.key === ' ' || press.key === 'Spacebar') return press.onButton ? null : press.shiftKey ? 'prev' : 'next';
  if (press.inView) return null;
  return keyMap[press.key] ?? null;
}

/** Reads a keyboard event's focus context for keyAction. */
export function keyPress(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof Element ? event.target : null;
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    modified: event.ctrlKey || event.metaKey || event.altKey,
    inTextField: !!target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'),
    onButton: !!target?.closest('button, a[href], summary, [role="button"]'),
    inView: !!target?.closest('[data-view]'),
    handled: event.defaultPrevented,
  };
}
