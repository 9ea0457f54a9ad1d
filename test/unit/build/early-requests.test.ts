// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { readFileSync } from 'node:fs';
import { earlyRequestsPlugin, earlyTable } from '../../../scripts/early-requests-plugin';
import { COMPILE_HINT } from '../../../scripts/compile-hint-plugin';

type Bundle = OutputBundle;
const dataFiles = Object.values((JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { files: Record<string, string> }).files).map((f) => `./data/${f}`);
const root = process.cwd();
const chunk = (fileName: string, facade: string | null, imports: string[] = [], css: string[] = []) => ({
  type: 'chunk',
  fileName,
  facadeModuleId: facade && `${root}/${facade}`,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});
const bundle = {
  'assets/main.js': chunk('assets/main.js', 'index.html', ['assets/runtime.js'], ['assets/main.css']),
  'assets/runtime.js': chunk('assets/runtime.js', null),
  'assets/Map.js': chunk('assets/Map.js', 'src/lib/views/map/MapView.svelte', ['assets/main.js', 'assets/scale.js'], ['assets/Map.css']),
  'assets/scale.js': chunk('assets/scale.js', null, ['assets/runtime.js']),
  'assets/Sankey.js': chunk('assets/Sankey.js', 'src/lib/views/sankey/SankeyView.svelte', ['assets/main.js']),
  'assets/Power.js': chunk('assets/Power.js', 'src/lib/views/power/PowerView.svelte', ['assets/scale.js']),
  'assets/zh.js': chunk('assets/zh.js', 'src/lib/i18n/zh.ts'),
  'assets/en.js': chunk('assets/en.js', 'src/lib/i18n/en.ts'),
  'assets/Embed.js': chunk('assets/Embed.js', 'src/lib/modes/Embed.svelte', ['assets/main.js']),
  'assets/Present.js': chunk('assets/Present.js', 'src/lib/present/PresentMode.svelte', ['assets/Map.js', 'assets/Sankey.js', 'assets/Power.js']),
  'assets/Map.css': { type: 'asset', fileName: 'assets/Map.css' },
} as unknown as Bundle;
const entry = bundle['assets/main.js'] as Parameters<typeof earlyTable>[1];

describe('earlyTable', () => {
  it("lists each on-demand chunk with what it imports and its stylesheets, but not what the page's own script brings", () => {
    const table = earlyTable(bundle, entry, root, ['flows.json', 'sites.json']);
    expect(table.views).toEqual({
      map: ['./assets/Map.js', './assets/Map.css', './assets/scale.js'],
      sankey: ['./assets/Sankey.js'],
      power: ['./assets/Power.js', './assets/scale.js'],
    });
    expect(table.modes.present).toEqual(['./assets/Present.js', './assets/Map.js', './assets/Map.css', './assets/scale.js', './assets/Sankey.js', './assets/Power.js']);
    expect(table.strings).toEqual({ zh: ['./assets/zh.js'], en: ['./assets/en.js'] });
    expect(table.data).toEqual(['./data/manifest.json', './data/flows.json', './data/sites.json']);
    expect(table.baseMap).toEqual(['./geo/pacific-110m.json']);
  });

  it('fails the build when a module it expects has no chunk of its own', () => {
    const { ['assets/zh.js']: _, ...without } = bundle;
    expect(() => earlyTable(without as Bundle, entry, root, [])).toThrow(/src\/lib\/i18n\/zh\.ts/);
  });
});

describe('earlyRequestsPlugin', () => {
  const html = '<head><meta charset="UTF-8" /><script type="module" crossorigin src="./assets/main.js"></script><link rel="stylesheet" href="./assets/main.css"></head>';
  const build = () => {
    const out = { ...bundle, 'index.html': { type: 'asset', fileName: 'index.html', source: html } } as unknown as OutputBundle;
    const emitted: { fileName: string; source: string }[] = [];
    const hook = earlyRequestsPlugin(root).generateBundle as { handler: (this: unknown, options: unknown, bundle: OutputBundle) => void };
    hook.handler.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) }, {}, out);
    return { page: String((out['index.html'] as { source: string }).source), emitted };
  };

  it("loads a script of its own above the page's module, which asks for an embed's files as preloads", () => {
    const { page, emitted } = build();
    expect(emitted).toHaveLength(1);
    const [script] = emitted;
    expect(script!.fileName).toMatch(/^assets\/early-[0-9a-f]{8}\.js$/);
    expect(script!.source.split('\n', 1)[0]).toBe(COMPILE_HINT);
    expect(page).toContain(`<script async src="./${script!.fileName}"></script>`);
    expect(page.indexOf('<script async')).toBeLessThan(page.indexOf('<script type="module"'));
    document.head.innerHTML = '';
    window.history.replaceState(null, '', '/?embed=sankey&lang=zh');
    new Function(script!.source)();
    const hrefs = [...document.head.querySelectorAll('link')].map((l) => l.getAttribute('href'));
    expect(hrefs).toEqual(['./assets/Embed.js', './assets/zh.js', './data/manifest.json', ...dataFiles, './assets/Sankey.js']);
  });

  it("names the script after its content, so a build that changes a chunk's name changes the script's", () => {
    const a = build().emitted[0]!;
    expect(build().emitted[0]!.fileName).toBe(a.fileName);
    (bundle['assets/Sankey.js'] as unknown as { fileName: string }).fileName = 'assets/Sankey2.js';
    expect(build().emitted[0]!.fileName).not.toBe(a.fileName);
    (bundle['assets/Sankey.js'] as unknown as { fileName: string }).fileName = 'assets/Sankey.js';
  });

  it('leaves a build without index.html alone', () => {
    const hook = earlyRequestsPlugin(root).generateBundle as { handler: (this: unknown, options: unknown, bundle: OutputBundle) => void };
    const out = { ...bundle } as unknown as OutputBundle;
    expect(() => hook.handler.call({ emitFile: () => { throw new Error('emitted'); } }, {}, out)).not.toThrow();
  });
});
