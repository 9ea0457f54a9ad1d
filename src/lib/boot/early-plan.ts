/** What a build can ask for before its code runs: each view's files, each language's, the shipped dataset's, the base map. */
export interface EarlyTable {
  /** A view's chunk, the chunks it imports and its stylesheets. */
  views: Record<string, string[]>;
  /** A language's strings chunk. */
  strings: Record<string, string[]>;
  /** The default manifest and the files it lists. */
  data: string[];
  /** The trans-Pacific base map, which the map draws first. */
  baseMap: string[];
  /** The code of the modes that load on demand: `embed` and `present`. */
  modes: Record<string, string[]>;
}

/**
 * The files a page will fetch on its way to its first drawing, worked out from its address and the
 * browser's languages before any of the app has arrived, so index.html can ask for them at once
 * (as preloads) rather than a round trip or two later: the data only after the app's code has
 * started and read the manifest, a view's code only after the app's code has run.
 *
 * Only what the app is sure to fetch: with a dataset of its own (`data=`) a page preloads no data;
 * a file it would not use is a download a phone pays for nothing.
 * The rules mirror the app's (parseUrlState, browserLang, boot/first-requests.ts); a unit test holds them
 * to it. Self-contained: the build writes this function's source into index.html
 * (scripts/early-requests-plugin.ts), so it may use nothing outside its own body.
 */
export function earlyPlan(search: string, languages: readonly string[], table: EarlyTable): string[] {
  const params = new URLSearchParams(search);
  const views = Object.keys(table.views);
  const asked = params.get('embed');
  const embed = asked !== null && views.includes(asked) ? asked : null;
  const shown = embed ? [embed] : views;
  const langParam = params.get('lang');
  const preferred = languages.find((l) => /^(zh|en)\b/i.test(l));
  const lang = langParam === 'zh' || langParam === 'en' ? langParam : preferred && /^zh/i.test(preferred) ? 'zh' : 'en';
  const modes = [...(embed ? ['embed'] : []), ...(params.has('present') ? ['present'] : [])];
  const pacific = params.get('frame') !== 'corridor';
  return [
    ...modes.flatMap((mode) => table.modes[mode] ?? []),
    ...(table.strings[lang] ?? []),
    ...(params.has('data') ? [] : table.data),
    ...(shown.includes('map') && pacific ? table.baseMap : []),
    ...shown.flatMap((view) => table.views[view] ?? []),
  ].filter((url, i, all) => all.indexOf(url) === i);
}

/**
 * Asks for each file as a preload the app's own request then picks up: code as a module preload,
 * a stylesheet as a style preload (Vite's loader still adds the stylesheet, and waits for it), the
 * rest (data, the base map) as a fetch at low priority: nothing can use them before the app's code
 * has run, so they share the bandwidth with nothing the first paint needs (on slow 4G at 4x CPU the
 * title paints ~100 ms sooner, and the views are ready no later). All CORS-anonymous, as the app's
 * fetch and Vite's loader ask, or the preloads go unused. Self-contained, like earlyPlan.
 */
export function preloadLinks(urls: readonly string[], doc: Document): void {
  for (const url of urls) {
    const link = doc.createElement('link');
    if (url.endsWith('.js')) link.rel = 'modulepreload';
    else {
      link.rel = 'preload';
      const style = url.endsWith('.css');
      link.setAttribute('as', style ? 'style' : 'fetch');
      if (!style) link.setAttribute('fetchpriority', 'low');
    }
    link.crossOrigin = '';
    link.href = url;
    doc.head.appendChild(link);
  }
}
