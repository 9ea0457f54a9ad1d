import { serializeUrlState, type UrlState } from '../state/url-state';
import type { ViewId } from '../data/schema';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a publisher pastes into an article: a responsive iframe holding the current state,
 * plus the host script that resizes it. `pageUrl` is the explorer's own address.
 */
export function embedSnippet(opts: { pageUrl: string; view: ViewId; state: UrlState; height: number; title: string }): string {
  const base = new URL('./', opts.pageUrl);
  const id = `nc-${opts.view}`;
  const query = serializeUrlState({ ...opts.state, embed: opts.view, frameId: id, scene: null });
  const src = `${base.href}?${query}`;
  return [
    `<iframe data-nc-embed id="${id}" title="${escapeAttr(opts.title)}" src="${escapeAttr(src)}" style="width: 100%; height: ${Math.round(opts.height)}px; border: 0" loading="lazy"></iframe>`,
    `<script src="${escapeAttr(new URL('embed.js', base).href)}" async></script>`,
  ].join('\n');
}
