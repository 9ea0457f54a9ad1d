import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampOrdinal, clampSlide, keyAction, moveKind, moveSlide, scenePatch, sceneSteps, type KeyPress } from '../../../src/lib/present/scenes';
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
  // Ten scenes as the shipped story has them: scenes 3 and 9 have two views.
  const shipped = [1, 1, 2, 1, 1, 1, 1, 1, 2, 1];

  it('clamps a scene or step number into 1..count', () => {
    expect(clampOrdinal(0, 9)).toBe(1);
    expect(clampOrdinal(-3, 9)).toBe(1);
    expect(clampOrdinal(4, 9)).toBe(4);
    expect(clampOrdinal(12, 9)).toBe(9);
    expect(clampOrdinal(Number.NaN, 9)).toBe(1);
    expect(clampOrdinal(2.7, 9)).toBe(2);
    expect(clampOrdinal(3, 0)).toBe(1);
  });

  it("takes a scene's views in order as its steps, each once", () => {
    expect(sceneSteps(scene({ views: ['power', 'sankey'] }))).toEqual(['power', 'sankey']);
    expect(sceneSteps(scene({ views: ['map', 'sankey', 'map'] }))).toEqual(['map', 'sankey']);
  });

  it('puts the slide a URL names on a real scene and step', () => {
    expect(clampSlide({ scene: null, step: 1 }, shipped)).toEqual({ scene: 1, step: 1 });
    expect(clampSlide({ scene: 9, step: 2 }, shipped)).toEqual({ scene: 9, step: 2 });
    expect(clampSlide({ scene: 9, step: 7 }, shipped)).toEqual({ scene: 9, step: 2 });
    expect(clampSlide({ scene: 8, step: 2 }, shipped)).toEqual({ scene: 8, step: 1 });
    expect(clampSlide({ scene: 99, step: 5 }, shipped)).toEqual({ scene: 10, step: 1 });
    expect(clampSlide({ scene: 3, step: 0 }, shipped)).toEqual({ scene: 3, step: 1 });
    expect(clampSlide({ scene: 4, step: 3 }, [])).toEqual({ scene: 1, step: 1 });
    for (const [search, slide] of [
      ['?present', { scene: 1, step: 1 }],
      ['?present=3', { scene: 3, step: 1 }],
      ['?present=3&step=2', { scene: 3, step: 2 }],
      ['?present=3&step=9', { scene: 3, step: 2 }],
      ['?present=3&step=abc', { scene: 3, step: 1 }],
      ['?present=0&step=2', { scene: 1, step: 1 }],
      ['?present=abc', { scene: 1, step: 1 }],
      ['?present=999&step=2', { scene: 10, step: 1 }],
    ] as const) {
      const state = parseUrlState(search);
      expect(clampSlide({ scene: state.scene, step: state.step }, shipped), search).toEqual(slide);
    }
  });

  it("steps through a scene's views, into the next scene's first and back to the previous scene's last", () => {
    expect(moveSlide('next', { scene: 8, step: 1 }, shipped)).toEqual({ scene: 9, step: 1 });
    expect(moveSlide('next', { scene: 9, step: 1 }, shipped)).toEqual({ scene: 9, step: 2 });
    expect(moveSlide('next', { scene: 9, step: 2 }, shipped)).toEqual({ scene: 10, step: 1 });
    expect(moveSlide('prev', { scene: 10, step: 1 }, shipped)).toEqual({ scene: 9, step: 2 });
    expect(moveSlide('prev', { scene: 9, step: 2 }, shipped)).toEqual({ scene: 9, step: 1 });
    expect(moveSlide('prev', { scene: 9, step: 1 }, shipped)).toEqual({ scene: 8, step: 1 });
  });

  it('says whether a move shows another view of the scene, another scene, or nothing at an end', () => {
    expect(moveKind('next', { scene: 9, step: 1 }, shipped)).toBe('view');
    expect(moveKind('next', { scene: 9, step: 2 }, shipped)).toBe('scene');
    expect(moveKind('prev', { scene: 9, step: 2 }, shipped)).toBe('view');
    expect(moveKind('prev', { scene: 10, step: 1 }, shipped)).toBe('scene');
    expect(moveKind('prev', { scene: 1, step: 1 }, shipped)).toBeNull();
    expect(moveKind('next', { scene: 10, step: 1 }, shipped)).toBeNull();
    expect(moveKind('first', { scene: 1, step: 1 }, shipped)).toBeNull();
    // A URL past the end is the last slide: going on leads nowhere.
    expect(moveKind('next', { scene: 40, step: 1 }, shipped)).toBeNull();
  });

  it('stops at either end instead of wrapping; Home is the very start and End the very end', () => {
    expect(moveSlide('prev', { scene: 1, step: 1 }, shipped)).toEqual({ scene: 1, step: 1 });
    expect(moveSlide('next', { scene: 10, step: 1 }, shipped)).toEqual({ scene: 10, step: 1 });
    expect(moveSlide('first', { scene: 9, step: 2 }, shipped)).toEqual({ scene: 1, step: 1 });
    expect(moveSlide('last', { scene: 2, step: 1 }, shipped)).toEqual({ scene: 10, step: 1 });
    expect(moveSlide('last', { scene: 1, step: 1 }, [1, 3])).toEqual({ scene: 2, step: 3 });
    // A URL past the end counts as the last slide.
    expect(moveSlide('prev', { scene: 40, step: 1 }, shipped)).toEqual({ scene: 9, step: 2 });
  });

  const talk = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 12 });
  const anywhere = fc.record({ scene: fc.integer({ min: -5, max: 20 }), step: fc.integer({ min: -2, max: 5 }) });
  const moves = fc.constantFrom('next' as const, 'prev' as const, 'first' as const, 'last' as const);

  it('always lands on a real slide, and next then prev returns except at the end', () => {
    fc.assert(
      fc.property(talk, anywhere, moves, (counts, from, move) => {
        const to = moveSlide(move, from, counts);
        expect(clampSlide(to, counts)).toEqual(to);
        const here = clampSlide(from, counts);
        const last = moveSlide('last', here, counts);
        if (here.scene !== last.scene || here.step !== last.step) expect(moveSlide('prev', moveSlide('next', here, counts), counts)).toEqual(here);
        if (here.scene !== 1 || here.step !== 1) expect(moveSlide('next', moveSlide('prev', here, counts), counts)).toEqual(here);
      }),
    );
  });

  it('visits every view of every scene once, in order, from Home to End', () => {
    fc.assert(
      fc.property(talk, (counts) => {
        const seen: string[] = [];
        let at = moveSlide('first', { scene: 5, step: 2 }, counts);
        for (;;) {
          seen.push(`${at.scene}.${at.step}`);
          const next = moveSlide('next', at, counts);
          if (next.scene === at.scene && next.step === at.step) break;
          at = next;
        }
        expect(seen).toEqual(counts.flatMap((n, i) => Array.from({ length: n }, (_, s) => `${i + 1}.${s + 1}`)));
        expect(at).toEqual(moveSlide('last', { scene: 1, step: 1 }, counts));
      }),
    );
  });

  it("sets the scene's selection, chapter and framing on each of its steps, and names the slide in the URL", () => {
    const corridor = scene({ selection: 'tsmc', chapter: 'ch-power', framing: 'corridor', views: ['power', 'sankey'] });
    const patch = scenePatch(corridor, { scene: 4, step: 2 });
    expect(patch).toEqual({ selected: 'tsmc', chapter: 'ch-power', framing: 'corridor', scene: 4, step: 2 });
    expect(scenePatch(corridor, { scene: 4, step: 1 })).toEqual({ ...patch, step: 1 });
    expect(scenePatch(scene(), { scene: 1, step: 1 })).toEqual({ selected: null, chapter: null, framing: 'pacific', scene: 1, step: 1 });
    const query = serializeUrlState({ ...defaultUrlState, hiddenRoles: [], ...patch });
    expect(query).toBe('present=4&step=2&sel=tsmc&ch=ch-power&frame=corridor');
    expect(parseUrlState(`?${query}`)).toMatchObject(patch);
    // The first view is the default: the URL leaves it out.
    expect(serializeUrlState({ ...defaultUrlState, hiddenRoles: [], ...scenePatch(corridor, { scene: 4, step: 1 }) })).toBe('present=4&sel=tsmc&ch=ch-power&frame=corridor');
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
