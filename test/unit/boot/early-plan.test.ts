// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { earlyPlan, preloadLinks, type EarlyTable } from '../../../src/lib/boot/early-plan';
import { baseMapAskedFirst, viewsAskedFirst } from '../../../src/lib/boot/first-requests';
import { parseUrlState } from '../../../src/lib/state/url-state';
import { browserLang } from '../../../src/lib/i18n/lang';
import { viewIds } from '../../../src/lib/data/keys';

// Each entry's files are named after it, so a plan reads as the entries it drew from.
const viewFiles = (v: string) => [`./${v}.js`, `./${v}.css`, './shared.js'];
const table: EarlyTable = {
  views: Object.fromEntries(viewIds.map((v) => [v, viewFiles(v)])),
  strings: { zh: ['./zh.js'], en: ['./en.js'] },
  // Presenter mode imports every view (the build's table lists their files under it too).
  modes: { embed: ['./embed.js'], present: ['./present.js', ...viewIds.flatMap(viewFiles)] },
  data: ['./data/manifest.json', './data/flows.json'],
  baseMap: ['./geo/pacific.json'],
};

/** What the app itself asks for as it starts, from its own rules (App.svelte, the modes' imports). */
function appRequests(search: string, languages: string[]): Set<string> {
  const state = parseUrlState(search);
  const out = new Set<string>(table.strings[state.lang ?? browserLang(languages)]);
  if (state.scene !== null) table.modes.present!.forEach((f) => out.add(f));
  if (state.embed) table.modes.embed!.forEach((f) => out.add(f));
  if (state.data === null) table.data.forEach((f) => out.add(f));
  if (baseMapAskedFirst(state)) table.baseMap.forEach((f) => out.add(f));
  for (const v of viewsAskedFirst(state)) table.views[v]!.forEach((f) => out.add(f));
  return out;
}

const param = (key: string, values: string[]) => fc.option(fc.constantFrom(...values).map((v): [string, string] => [key, v]), { nil: undefined });
const search = fc
  .tuple(
    param('embed', [...viewIds, 'table', '']),
    param('lang', ['zh', 'en', 'fr', '']),
    param('present', ['1', '3', 'x', '']),
    param('frame', ['pacific', 'corridor', 'other']),
    param('data', ['./bench-data/x10/manifest.json', 'javascript:alert(1)', '']),
    param('sel', ['tsmc']),
  )
  .map((pairs) => `?${new URLSearchParams(pairs.filter((p) => p !== undefined)).toString()}`);
const languages = fc.array(fc.constantFrom('zh-TW', 'zh', 'en-US', 'EN', 'fr', 'de-DE', 'zh-Hant'), { maxLength: 3 });

describe('earlyPlan', () => {
  it('asks only for what the app will ask for, and for all of it when the page uses the shipped data', () => {
    fc.assert(
      fc.property(search, languages, (q, langs) => {
        const plan = earlyPlan(q, langs, table);
        const app = appRequests(q, langs);
        for (const url of plan) expect(app, `${q} ${langs.join()}: ${url}`).toContain(url);
        // A data= the app refuses falls back to the shipped data, which the plan left alone.
        if (!new URLSearchParams(q).has('data')) expect(new Set(plan)).toEqual(app);
        expect(new Set(plan).size).toBe(plan.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives an embed its own view, mode and strings, and the base map only to the map', () => {
    expect(earlyPlan('?embed=sankey&lang=en', [], table)).toEqual(['./embed.js', './en.js', ...table.data, './sankey.js', './sankey.css', './shared.js']);
    expect(earlyPlan('?embed=map&frame=corridor', ['zh-TW'], table)).toEqual(['./embed.js', './zh.js', ...table.data, './map.js', './map.css', './shared.js']);
  });
});

describe('preloadLinks', () => {
  it('preloads code as modules, stylesheets as styles and the rest as fetches at low priority, all CORS-anonymous', () => {
    document.head.innerHTML = '';
    preloadLinks(['./a.js', './a.css', './data/x.json'], document);
    const links = [...document.head.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('as'), l.getAttribute('fetchpriority'), l.getAttribute('crossorigin'), l.getAttribute('href')]);
    expect(links).toEqual([
      ['modulepreload', null, null, '', './a.js'],
      ['preload', 'style', null, '', './a.css'],
      ['preload', 'fetch', 'low', '', './data/x.json'],
    ]);
  });
});
