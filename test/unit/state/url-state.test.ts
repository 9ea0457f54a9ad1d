import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from '../../../src/lib/state/url-state';
import { siteRoles } from '../../../src/lib/data/keys';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const month = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
// A step belongs to a slide: outside presenter mode it is always the first.
const validState: fc.Arbitrary<UrlState> = fc.record({
  lang: fc.constantFrom(null, 'zh' as const, 'en' as const),
  embed: fc.constantFrom(null, 'map' as const, 'sankey' as const, 'power' as const),
  frameId: fc.option(fc.stringMatching(/^[\w-]{1,64}$/), { nil: null }),
  scene: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
  step: fc.integer({ min: 1, max: 99 }),
  selected: fc.option(slug, { nil: null }),
  chapter: fc.option(slug, { nil: null }),
  framing: fc.constantFrom('pacific' as const, 'corridor' as const),
  hiddenRoles: fc.uniqueArray(fc.constantFrom(...siteRoles)).map((r) => [...r].sort()),
  until: fc.option(month, { nil: null }),
  powerUnit: fc.constantFrom('twh' as const, 'share' as const),
  data: fc.option(fc.constantFrom('./data/examples/x/manifest.json', 'https://example.org/m.json'), { nil: null }),
  theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
  transparent: fc.boolean(),
}).map((state) => (state.scene === null ? { ...state, step: 1 } : state));

describe('URL state', () => {
  it('puts nothing in the URL for the defaults', () => {
    expect(serializeUrlState({ ...defaultUrlState, hiddenRoles: [] })).toBe('');
  });

  it('holds only non-defaults', () => {
    const q = serializeUrlState({ ...defaultUrlState, hiddenRoles: [], selected: 'quanta', framing: 'corridor' });
    expect(q).toBe('sel=quanta&frame=corridor');
  });

  it('survives serialise → parse unchanged for any valid state', () => {
    fc.assert(fc.property(validState, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }));
  });

  it('parses any string at all to a valid state without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const state = parseUrlState(s);
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
    );
  });

  it("carries a slide's step only in presenter mode, past the first view, and parses it defensively", () => {
    expect(parseUrlState('?present=9&step=2').step).toBe(2);
    expect(serializeUrlState({ ...defaultUrlState, hiddenRoles: [], scene: 9, step: 2 })).toBe('present=9&step=2');
    expect(serializeUrlState({ ...defaultUrlState, hiddenRoles: [], scene: 9, step: 1 })).toBe('present=9');
    // An embed made from presenter mode's state drops the scene, and with it the step.
    expect(serializeUrlState({ ...defaultUrlState, hiddenRoles: [], scene: null, step: 2 })).toBe('');
    for (const junk of ['', 'abc', '0', '-2', 'Infinity', '%00']) expect(parseUrlState(`?present=9&step=${junk}`).step, junk).toBe(1);
    expect(parseUrlState('?present=9&step=2.9').step).toBe(2);
    expect(parseUrlState('?present=9&step=123456789').step).toBe(99);
    expect(parseUrlState('?step=2').step).toBe(1);
  });

  it('ignores garbage and unknown parameters', () => {
    const state = parseUrlState('?sel=<script>&frame=moon&hide=air,warp&present=abc&unit=joules&data=javascript:alert(1)&zzz=1');
    expect(state).toEqual({ ...defaultUrlState, hiddenRoles: ['air'], scene: 1 });
  });
});
