import type { Scene } from '../data/schema';
import type { UrlState } from '../state/url-state';

/** What a key (or a button, or the notes window) asks presenter mode to do. */
export type Move = 'next' | 'prev' | 'first' | 'last';
export type PresentAction = Move | 'fullscreen' | 'exit' | 'notes';

/** A scene number (1-based) inside 1..total; anything odd falls back to the first scene. */
export function clampScene(n: number, total: number): number {
  if (total < 1) return 1;
  if (!Number.isFinite(n)) return 1;
  return Math.min(Math.max(1, Math.trunc(n)), total);
}

/** The scene a move leads to; moves stop at either end rather than wrapping, as a clicker would. */
export function moveTo(move: Move, current: number, total: number): number {
  const at = clampScene(current, total);
  switch (move) {
    case 'next':
      return clampScene(at + 1, total);
    case 'prev':
      return clampScene(at - 1, total);
    case 'first':
      return 1;
    case 'last':
      return clampScene(total, total);
  }
}

/** The 0-based index of the scene the URL names (`?present` alone is the first). */
export function sceneIndex(urlScene: number | null, total: number): number {
  return clampScene(urlScene ?? 1, total) - 1;
}

/** The URL state a scene sets: its selection, chapter and map framing, and its own number. */
export function scenePatch(scene: Scene, n: number): Pick<UrlState, 'selected' | 'chapter' | 'framing' | 'scene'> {
  return { selected: scene.selection, chapter: scene.chapter, framing: scene.framing ?? 'pacific', scene: n };
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
