import type { Plugin } from 'vite';

/**
 * Social-card scrapers (Open Graph, X) need absolute URLs, which a relative-base build cannot know.
 * With SITE_URL set at build time (`SITE_URL=https://user.github.io/repo/ npm run build`), the
 * card's image URLs become absolute under it and the page gets an og:url; without it the page keeps
 * its relative paths (fine everywhere but in a scraper's preview).
 */
export function absoluteSocialCard(html: string, siteUrl: string): string {
  let base: URL;
  try {
    base = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://user.github.io/repo/ (got "${siteUrl}")`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL (got "${siteUrl}")`);
  // A site's address is a folder: without the slash, relative paths would resolve beside it.
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const image = /(<meta (?:property="og:image"|name="twitter:image") content=")([^"]+)(")/g;
  const out = html.replace(image, (_, open: string, path: string, close: string) => `${open}${new URL(path, base).href}${close}`);
  return out.includes('property="og:url"') ? out : out.replace('<meta property="og:type"', `<meta property="og:url" content="${base.href}" />\n    <meta property="og:type"`);
}

export function socialCardPlugin(siteUrl = process.env.SITE_URL): Plugin {
  return {
    name: 'nc-social-card',
    apply: 'build',
    transformIndexHtml: (html, ctx) => (siteUrl && ctx.filename.endsWith('index.html') ? absoluteSocialCard(html, siteUrl) : html),
  };
}
