import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../src/lib/embed/snippet';
import { heightMessages } from '../../../src/lib/embed/height-message';
import { defaultUrlState, parseUrlState } from '../../../src/lib/state/url-state';

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    pageUrl: 'https://user.github.io/repo/?sel=quanta&lang=en',
    view: 'sankey',
    state: { ...defaultUrlState, hiddenRoles: [], selected: 'quanta', lang: 'en', scene: 4 },
    height: 612.4,
    title: 'From "policy" <to> beneficiaries',
  });
  it('points the iframe at the sub-path with the current state and the embed view', () => {
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src.startsWith('https://user.github.io/repo/?')).toBe(true);
    const state = parseUrlState(new URL(src).search);
    expect(state).toMatchObject({ embed: 'sankey', selected: 'quanta', lang: 'en', frameId: 'nc-sankey', scene: null });
  });
  it('escapes attributes and sets a rounded initial height', () => {
    expect(snippet).toContain('title="From &quot;policy&quot; &lt;to&gt; beneficiaries"');
    expect(snippet).toContain('height: 612px');
  });
  it('loads the host script from the same sub-path', () => {
    expect(snippet).toContain('<script src="https://user.github.io/repo/embed.js" async></script>');
  });
});

describe('height messages', () => {
  it('sends our message and Datawrapper’s shape with the same id and height', () => {
    const [ours, dw] = heightMessages('frame-map', 'map', 480.2);
    expect(ours).toEqual({ type: 'new-coordinates:height', id: 'frame-map', view: 'map', height: 481 });
    expect(dw).toEqual({ 'datawrapper-height': { 'frame-map': 481 } });
  });
});
