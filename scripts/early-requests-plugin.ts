import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { earlyPlan, preloadLinks, type EarlyTable } from '../src/lib/boot/early-plan.ts';
import { PROJECTED_BASE_FILE } from '../src/lib/model/map/projected-base.ts';
import { COMPILE_HINT } from './compile-hint-plugin.ts';

/** The modules the app loads on demand on its way to the first drawing, by the table's keys. */
const onDemand = {
  views: { map: 'src/lib/views/map/MapView.svelte', sankey: 'src/lib/views/sankey/SankeyView.svelte', power: 'src/lib/views/power/PowerView.svelte' },
  strings: { zh: 'src/lib/i18n/zh.ts', en: 'src/lib/i18n/en.ts' },
  modes: { embed: 'src/lib/modes/Embed.svelte', present: 'src/lib/present/PresentMode.svelte' },
};

/** A chunk's file, the chunks it imports statically and their stylesheets, but not what `skip` holds. */
function chunkFiles(bundle: OutputBundle, chunk: OutputChunk, skip: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  const visit = (c: OutputChunk) => {
    if (skip.has(c.fileName) || out.has(c.fileName)) return;
    out.add(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) out.add(css);
    for (const name of c.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(chunk);
  return [...out].map((f) => `./${f}`);
}

/** The table of a build: each on-demand module's files, and the shipped dataset's. */
export function earlyTable(bundle: OutputBundle, entry: OutputChunk, root: string, manifestFiles: readonly string[]): EarlyTable {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  // What the page's own script tag and module preloads bring.
  const initial = new Set(chunkFiles(bundle, entry).map((f) => f.slice(2)));
  const files = (group: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(group).map(([key, path]) => {
        const chunk = chunks.find((c) => c.facadeModuleId === `${root}/${path}`);
        if (!chunk) throw new Error(`early requests: no chunk for ${path}; update scripts/early-requests-plugin.ts`);
        return [key, chunkFiles(bundle, chunk, initial)];
      }),
    );
  return {
    views: files(onDemand.views),
    strings: files(onDemand.strings),
    modes: files(onDemand.modes),
    data: ['./data/manifest.json', ...manifestFiles.map((f) => `./data/${f}`)],
    baseMap: [`./${PROJECTED_BASE_FILE}`],
  };
}

/** The script's file: its name changes with its content, as the chunks' do (it names them). Compiled as it arrives, like them. */
export function earlyScript(table: EarlyTable): { fileName: string; source: string } {
  const source = `${COMPILE_HINT}\n(${preloadLinks.toString()})((${earlyPlan.toString()})(location.search, navigator.languages || [], ${JSON.stringify(table)}), document);\n`;
  return { fileName: `assets/early-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`, source };
}

/**
 * Gives index.html a small script that asks at once, as preloads, for the files its address will
 * need first (src/lib/boot/early-plan.ts): the data, the strings, the views' code and the base map,
 * which the app otherwise requests only once its own 30 KB chunk has arrived and run, and the data
 * files only after the manifest: two round trips fewer on a phone's network. A file of its own, not
 * inline (the site runs under a policy without inline script), loaded async: it blocks nothing and
 * runs as soon as it arrives, beside the download of the page's module.
 */
export function earlyRequestsPlugin(root: string): Plugin {
  return {
    name: 'new-coordinates:early-requests',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        const html = String(page.source);
        const at = html.indexOf('<script type="module"');
        const src = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(html)?.[1];
        const entry = src ? bundle[src] : undefined;
        if (at < 0 || entry?.type !== 'chunk') throw new Error("early requests: index.html's module script is not a chunk of this build");
        const manifest = JSON.parse(readFileSync(`${root}/data/manifest.json`, 'utf8')) as { files: Record<string, string> };
        const script = earlyScript(earlyTable(bundle, entry, root, Object.values(manifest.files)));
        this.emitFile({ type: 'asset', fileName: script.fileName, source: script.source });
        page.source = `${html.slice(0, at)}<script async src="./${script.fileName}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}
