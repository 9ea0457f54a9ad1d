import { describe, expect, it } from 'vitest';
import { formatElapsed, isPresentMessage, notesState } from '../../../src/lib/present/notes-channel';
import type { StoryFile } from '../../../src/lib/data/schema';

const text = (en: string) => ({ zh: `${en}（中）`, en });
const story: StoryFile = {
  title: text('Deck'),
  scenes: ['one', 'two', 'three'].map((id) => ({
    id,
    title: text(`Title ${id}`),
    body: text(`Body ${id}`),
    notes: text(`Notes ${id}`),
    views: ['sankey' as const],
    selection: null,
    chapter: null,
    framing: null,
  })),
};

describe('notes window state', () => {
  it("carries this scene's title and notes, the next title, and n of total, in the talk's language", () => {
    expect(notesState(story, 0, 'en')).toEqual({
      type: 'state',
      lang: 'en',
      deck: 'Deck',
      n: 1,
      total: 3,
      title: 'Title one',
      notes: 'Notes one',
      next: 'Title two',
    });
    const last = notesState(story, 2, 'zh');
    expect(last).toMatchObject({ n: 3, total: 3, title: 'Title three（中）', notes: 'Notes three（中）', next: null, lang: 'zh' });
  });

  it('accepts only well-formed messages from other pages', () => {
    expect(isPresentMessage(notesState(story, 1, 'en'))).toBe(true);
    expect(isPresentMessage({ type: 'hello' })).toBe(true);
    expect(isPresentMessage({ type: 'closed' })).toBe(true);
    expect(isPresentMessage({ type: 'go', move: 'next' })).toBe(true);
    expect(isPresentMessage({ type: 'go', move: 'explode' })).toBe(false);
    expect(isPresentMessage({ ...notesState(story, 1, 'en'), n: '2' })).toBe(false);
    expect(isPresentMessage({ ...notesState(story, 1, 'en'), lang: 'fr' })).toBe(false);
    expect(isPresentMessage({ ...notesState(story, 1, 'en'), title: 5 })).toBe(false);
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
