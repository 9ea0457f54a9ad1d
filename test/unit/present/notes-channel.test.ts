import { describe, expect, it } from 'vitest';
import { formatElapsed, isPresentMessage, notesState, notesVersion } from '../../../src/lib/present/notes-channel';
import type { StoryFile } from '../../../src/lib/data/schema';

const text = (en: string) => ({ zh: `${en}（中）`, en });
const story: StoryFile = {
  title: text('Deck'),
  scenes: ['one', 'two', 'three'].map((id) => ({
    id,
    title: text(`Title ${id}`),
    body: text(`Body ${id}`),
    notes: text(`Notes ${id}`),
    // The second scene has two views, shown one after the other.
    views: id === 'two' ? ['power' as const, 'sankey' as const] : ['sankey' as const],
    selection: null,
    chapter: null,
    framing: null,
  })),
};

const titles = { map: 'The map', sankey: 'The flows', power: 'The power chart' };

describe('notes window state', () => {
  it("carries this scene's title and notes, what comes next, and n of total, in the talk's language", () => {
    expect(notesState(story, { scene: 1, step: 1 }, 'en', titles)).toEqual({
      type: 'state',
      version: notesVersion,
      lang: 'en',
      deck: 'Deck',
      n: 1,
      total: 3,
      title: 'Title one',
      notes: 'Notes one',
      step: 1,
      steps: 1,
      view: 'The flows',
      next: { kind: 'scene', title: 'Title two' },
    });
    const last = notesState(story, { scene: 3, step: 1 }, 'zh', titles);
    expect(last).toMatchObject({ n: 3, total: 3, title: 'Title three（中）', notes: 'Notes three（中）', next: null, lang: 'zh' });
  });

  it("says which of a scene's views is up, and that its next view comes before the next scene", () => {
    expect(notesState(story, { scene: 2, step: 1 }, 'en', titles)).toMatchObject({ n: 2, step: 1, steps: 2, view: 'The power chart', next: { kind: 'view', title: 'The flows' } });
    expect(notesState(story, { scene: 2, step: 2 }, 'en', titles)).toMatchObject({ n: 2, step: 2, steps: 2, view: 'The flows', next: { kind: 'scene', title: 'Title three' } });
    expect(notesState(story, { scene: 1, step: 1 }, 'en', titles).next).toEqual({ kind: 'scene', title: 'Title two' });
    // A slide the URL named past the end is the last one.
    expect(notesState(story, { scene: 2, step: 5 }, 'en', titles)).toMatchObject({ step: 2, view: 'The flows' });
  });

  it('accepts only well-formed messages of this version from other pages', () => {
    const state = notesState(story, { scene: 2, step: 1 }, 'en', titles);
    expect(isPresentMessage(state)).toBe(true);
    expect(isPresentMessage(notesState(story, { scene: 3, step: 1 }, 'en', titles))).toBe(true);
    expect(isPresentMessage({ type: 'hello' })).toBe(true);
    expect(isPresentMessage({ type: 'closed' })).toBe(true);
    expect(isPresentMessage({ type: 'go', move: 'next' })).toBe(true);
    expect(isPresentMessage({ type: 'go', move: 'explode' })).toBe(false);
    expect(isPresentMessage({ ...state, n: '2' })).toBe(false);
    expect(isPresentMessage({ ...state, lang: 'fr' })).toBe(false);
    expect(isPresentMessage({ ...state, title: 5 })).toBe(false);
    expect(isPresentMessage({ ...state, step: 0 })).toBe(false);
    expect(isPresentMessage({ ...state, step: 3 })).toBe(false);
    expect(isPresentMessage({ ...state, steps: 1.5 })).toBe(false);
    expect(isPresentMessage({ ...state, view: null })).toBe(false);
    expect(isPresentMessage({ ...state, next: { kind: 'slide', title: 'x' } })).toBe(false);
    expect(isPresentMessage({ ...state, next: { kind: 'view' } })).toBe(false);
    expect(isPresentMessage({ ...state, next: 'Title three' })).toBe(false);
    // The previous build's state (no version, the next scene's title as a string) is turned away.
    const { version: _, ...unversioned } = state;
    expect(isPresentMessage({ ...unversioned, next: 'Title three' })).toBe(false);
    expect(isPresentMessage({ ...state, version: 1 })).toBe(false);
    expect(isPresentMessage(null)).toBe(false);
    expect(isPresentMessage('go')).toBe(false);
    expect(isPresentMessage({ type: 'other' })).toBe(false);
  });

  it('formats the speaker clock', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(-500)).toBe('0:00');
    expect(formatElapsed(61_900)).toBe('1:01');
    expect(formatElapsed(59 * 60_000 + 59_000)).toBe('59:59');
    expect(formatElapsed(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
  });
});
