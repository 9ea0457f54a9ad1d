import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineIcon } from '../../../scripts/inline-icon-plugin';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const iconHref = (page: string) => page.match(/<link rel="icon" href="([^"]*)"/)?.[1] ?? null;

describe('inlineIcon', () => {
  it.each(['index.html', 'notes.html'])('writes the shipped icon into %s as a data URL that decodes to the same SVG', (page) => {
    const html = read(page);
    const svg = read('public/favicon.svg');
    expect(iconHref(html)).toBe('./favicon.svg');
    const href = iconHref(inlineIcon(html, svg))!;
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(svg.trim());
    // Characters that would end the attribute or the URL are escaped.
    expect(href).not.toMatch(/["<>#\s]/);
  });

  it('leaves everything else in the page as it was', () => {
    const html = read('index.html');
    const out = inlineIcon(html, '<svg/>');
    expect(out.replace(iconHref(out)!, './favicon.svg')).toBe(html);
  });
});
