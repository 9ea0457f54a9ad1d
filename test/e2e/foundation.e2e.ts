import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, switchLanguage } from './browser';

const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

afterAll(closeBrowser);

describe('the explorer served from a sub-path', () => {
  it('draws all three views in Traditional Chinese with no console error or failed request', async () => {
    const { page, problems, context } = await open('?lang=zh');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant-TW');
    for (const view of ['map', 'sankey', 'power']) {
      expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
    }
    expect(await page.evaluate(() => performance.getEntriesByName('views-ready').length)).toBe(1);
    // Every figure carries a one-line source line.
    for (const view of ['map', 'sankey', 'power']) {
      expect(await page.locator(`[data-view="${view}"] [data-source-line]`).textContent()).toMatch(/^資料來源: \S/);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to English and lists every source the data cites', async () => {
    const { page, problems, context } = await open('?lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('New Coordinates');
    const sources = data('sources.json').sources as { id: string }[];
    // The list is built when its <details> opens (on the toggle event, a task after the click).
    await page.locator('[data-panel="sources"] summary').click();
    await page.locator('[data-panel="sources"] li').first().waitFor();
    expect(await page.locator('[data-panel="sources"] li').count()).toBe(sources.length);
    await switchLanguage(page, 'zh');
    expect(await page.textContent('h1')).toContain('新座標');
    expect(page.url()).toContain('lang=zh');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes its default language from the browser', async () => {
    const zh = await open('', { locale: 'zh-TW' });
    expect(await zh.page.getAttribute('html', 'lang')).toBe('zh-Hant-TW');
    await zh.context.close();
    const en = await open('', { locale: 'en-GB' });
    expect(await en.page.getAttribute('html', 'lang')).toBe('en');
    await en.context.close();
  });

  it('shows a broken sites.json as an error naming the path, in the map only', async () => {
    const sites = data('sites.json');
    sites.sites[1].lat = 'N/A';
    const { page, context } = await open('?lang=en', { waitReady: false });
    await context.route('**/data/sites.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(sites) }));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    expect(await page.getAttribute('[data-view="map"]', 'data-state')).toBe('error');
    const message = await page.textContent('[data-view="map"] [role="alert"]');
    expect(message).toContain('sites.json: sites[1].lat');
    expect(message).toContain('"N/A"');
    expect(await page.getAttribute('[data-view="sankey"]', 'data-state')).toBe('ready');
    expect(await page.getAttribute('[data-view="power"]', 'data-state')).toBe('ready');
    await context.close();
  });
});
