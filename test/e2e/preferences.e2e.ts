import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, waitForReady } from './browser';

afterAll(closeBrowser);

const THEME = 'button[data-action="theme"]';
const MOTION = 'button[data-action="motion"]';
const rootTheme = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.dataset.theme ?? 'auto');

describe('reader preferences', () => {
  it('the theme button cycles auto, dark, light and back, and the choice outlasts a reload', async () => {
    const { page, context } = await open('?lang=en', { colorScheme: 'light' });
    expect(await page.getAttribute(THEME, 'aria-label')).toBe('Theme: Auto');
    expect(await rootTheme(page)).toBe('auto');
    const seen = [];
    for (let i = 0; i < 3; i++) {
      await page.click(THEME);
      seen.push([await page.getAttribute(THEME, 'aria-label'), await rootTheme(page)]);
    }
    expect(seen).toEqual([
      ['Theme: Dark', 'dark'],
      ['Theme: Light', 'light'],
      ['Theme: Auto', 'auto'],
    ]);
    await page.click(THEME);
    await page.reload();
    await waitForReady(page);
    expect(await rootTheme(page)).toBe('dark');
    expect(await page.getAttribute(THEME, 'aria-label')).toBe('Theme: Dark');
    await context.close();
  });

  it("shows the URL's theme, and a click moves on from it: the URL drops its theme and the reader's choice holds", async () => {
    const { page, context } = await open('?lang=en&theme=dark', { colorScheme: 'light' });
    expect(await rootTheme(page)).toBe('dark');
    expect(await page.getAttribute(THEME, 'aria-label')).toBe('Theme: Dark');
    await page.click(THEME);
    expect(await rootTheme(page)).toBe('light');
    expect(await page.getAttribute(THEME, 'aria-label')).toBe('Theme: Light');
    expect(new URL(page.url()).searchParams.has('theme')).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('nc-theme'))).toBe('light');
    await context.close();
  });

  it('the motion switch turns motion off for the page and remembers it', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'no-preference' });
    expect(await page.getAttribute(MOTION, 'aria-pressed')).toBe('true');
    await page.click(MOTION);
    expect(await page.getAttribute(MOTION, 'aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('off');
    await page.reload();
    await waitForReady(page);
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('off');
    await context.close();
  });
});
