import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampScene, keyAction, moveTo, sceneIndex, scenePatch, type KeyPress } from '../../../src/lib/present/scenes';
import { parseUrlState, serializeUrlState, defaultUrlState } from '../../../src/lib/state/url-state';
import type { Scene } from '../../../src/lib/data/schema';

const scene = (over: Partial<Scene> = {}): Scene => ({
  id: 'a-scene',
  title: { zh: '標題', en: 'Title' },
  body: { zh: '內文', en: 'Body' },
  notes: { zh: '備忘', en: 'Notes' },
  views: ['map'],
  selection: null,
  chapter: null,
  framing: null,
  ...over,
});

describe('scene navigation', () => {
  it('clamps a scene number into 1..total', () => {
    expect(clampScene(0, 9)).toBe(1);
    expect(clampScene(-3, 9)).toBe(1);
    expect(clampScene(4, 9)).toBe(4);
    expect(clampScene(12, 9)).toBe(9);
    expect(clampScene(Number.NaN, 9)).toBe(1);
    expect(clampScene(2.7, 9)).toBe(2);
    expect(clampScene(3, 0)).toBe(1);
  });

  it('moves one step and stops at either end instead of wrapping', () => {
    expect(moveTo('next', 1, 9)).toBe(2);
    expect(moveTo('next', 9, 9)).toBe(9);
    expect(moveTo('prev', 2, 9)).toBe(1);
    expect(moveTo('prev', 1, 9)).toBe(1);
    expect(moveTo('first', 7, 9)).toBe(1);
    expect(moveTo('last', 2, 9)).toBe(9);
    // A URL past the end counts as the last scene.
    expect(moveTo('prev', 40, 9)).toBe(8);
  });

  it('always lands on a real scene, and next then prev returns except at the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: -5, max: 60 }), fc.constantFrom('next', 'prev', 'first', 'last'), (total, at, move) => {
        const n = moveTo(move as 'next', at, total);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(total);
        const here = clampScene(at, total);
        if (here < total) expect(moveTo('prev', moveTo('next', here, total), total)).toBe(here);
      }),
    );
  });

  it('maps the URL scene (1-based, or bare ?present) to an index', () => {
    expect(sceneIndex(null, 9)).toBe(0);
    expect(sceneIndex(1, 9)).toBe(0);
    expect(sceneIndex(3, 9)).toBe(2);
    expect(sceneIndex(99, 9)).toBe(8);
    for (const [search, index] of [['?present', 0], ['?present=3', 2], ['?present=0', 0], ['?present=abc', 0], ['?present=999', 8]] as const) {
      expect(sceneIndex(parseUrlState(search).scene, 9)).toBe(index);
    }
  });

  it("sets the scene's selection, chapter and framing, and names the scene in the URL", () => {
    const patch = scenePatch(scene({ selection: 'tsmc', chapter: 'ch-power', framing: 'corridor' }), 4);
    expect(patch).toEqual({ selected: 'tsmc', chapter: 'ch-power', framing: 'corridor', scene: 4 });
    expect(scenePatch(scene(), 1)).toEqual({ selected: null, chapter: null, framing: 'pacific', scene: 1 });
    const query = serializeUrlState({ ...defaultUrlState, hiddenRoles: [], ...patch });
    expect(query).toBe('present=4&sel=tsmc&ch=ch-power&frame=corridor');
    expect(parseUrlState(`?${query}`)).toMatchObject(patch);
  });
});

describe('keys in presenter mode', () => {
  const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
    key,
    shiftKey: false,
    modified: false,
    inTextField: false,
    onButton: false,
    inView: false,
    handled: false,
    ...over,
  });

  it('maps arrows, clicker keys, Space, Home/End, F, S and Escape', () => {
    expect(keyAction(press('ArrowRight'))).toBe('next');
    expect(keyAction(press('ArrowLeft'))).toBe('prev');
    expect(keyAction(press('PageDown'))).toBe('next');
    expect(keyAction(press('PageUp'))).toBe('prev');
    expect(keyAction(press(' '))).toBe('next');
    expect(keyAction(press(' ', { shiftKey: true }))).toBe('prev');
    expect(keyAction(press('Home'))).toBe('first');
    expect(keyAction(press('End'))).toBe('last');
    expect(keyAction(press('f'))).toBe('fullscreen');
    expect(keyAction(press('F'))).toBe('fullscreen');
    expect(keyAction(press('s'))).toBe('notes');
    expect(keyAction(press('Escape'))).toBe('exit');
    expect(keyAction(press('x'))).toBeNull();
    expect(keyAction(press('ArrowUp'))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    for (const key of ['ArrowRight', 'f', 's', 'PageDown', ' ']) expect(keyAction(press(key, { modified: true }))).toBeNull();
  });

  it('inside a view, lets the view have arrows, Home/End and Escape, but clicker keys and Space still move', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Escape', 'f', 's']) expect(keyAction(press(key, { inView: true }))).toBeNull();
    expect(keyAction(press('PageDown', { inView: true }))).toBe('next');
    expect(keyAction(press('PageUp', { inView: true }))).toBe('prev');
    expect(keyAction(press(' ', { inView: true }))).toBe('next');
  });

  it('does not steal a key a view mark or control already handled, except the clicker keys', () => {
    expect(keyAction(press(' ', { inView: true, handled: true }))).toBeNull();
    expect(keyAction(press('ArrowRight', { handled: true }))).toBeNull();
    expect(keyAction(press('PageDown', { handled: true }))).toBe('next');
  });

  it('lets text fields type and buttons take Space', () => {
    for (const key of ['ArrowRight', ' ', 'f', 's', 'Escape', 'End']) expect(keyAction(press(key, { inTextField: true }))).toBeNull();
    expect(keyAction(press('PageDown', { inTextField: true }))).toBe('next');
    expect(keyAction(press(' ', { onButton: true }))).toBeNull();
    expect(keyAction(press('ArrowRight', { onButton: true }))).toBe('next');
  });
});
