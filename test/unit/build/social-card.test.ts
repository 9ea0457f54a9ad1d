import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteSocialCard } from '../../../scripts/social-card-plugin';

const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
const meta = (page: string, key: string) => page.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1] ?? null;

describe('absoluteSocialCard', () => {
  it('makes the card image absolute under the site, for Open Graph and X, and adds og:url', () => {
    const out = absoluteSocialCard(html, 'https://user.github.io/repo/');
    expect(meta(html, 'og:image')).toBe('og-image.png');
    expect(meta(out, 'og:image')).toBe('https://user.github.io/repo/og-image.png');
    expect(meta(out, 'twitter:image')).toBe('https://user.github.io/repo/og-image.png');
    expect(meta(out, 'og:url')).toBe('https://user.github.io/repo/');
    // Nothing else changes: the rest of the page keeps its relative paths.
    expect(out.replace(/https:\/\/user\.github\.io\/repo\//g, '').replace(/\s*<meta property="og:url" content="" \/>/, '')).toBe(html);
  });

  it('treats a site address without its final slash as the folder it names', () => {
    expect(meta(absoluteSocialCard(html, 'https://example.org/explorer'), 'og:image')).toBe('https://example.org/explorer/og-image.png');
  });

  it('refuses an address that is not an absolute http(s) URL, saying what it expects', () => {
    expect(() => absoluteSocialCard(html, 'user.github.io/repo')).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => absoluteSocialCard(html, 'ftp://example.org/')).toThrow(/http\(s\)/);
  });
});
