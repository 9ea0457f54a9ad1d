import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, switchLanguage, url } from './browser';

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

  // views-ready is what the benchmark and the peers' runner time: it must mean every view is drawn
  // (a view that reports ready before it has its width would be timed before it drew anything).
  it.each([
    ['the explorer', '?lang=en', 1280, ['map', 'sankey', 'power']],
    ['the explorer on a phone', '?lang=en', 390, ['map', 'sankey', 'power']],
    ['the map embed', '?embed=map&lang=en', 390, ['map']],
    ['the Sankey embed', '?embed=sankey&lang=en', 390, ['sankey']],
    ['the power embed', '?embed=power&lang=en', 390, ['power']],
  ] as const)('%s marks views-ready only once every view shows its marks', async (_, path, width, views) => {
    const { page, context } = await open('', { waitReady: false, viewport: { width, height: 844 } });
    await context.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        if (name === 'views-ready') {
          const w = window as unknown as { marksAtReady: Record<string, number> };
          w.marksAtReady = Object.fromEntries(['map', 'sankey', 'power'].map((v) => [v, document.querySelectorAll(`[data-view="${v}"] :is([data-id], [data-key])`).length]));
        }
        return mark(name, options);
      };
    });
    for (let load = 0; load < 3; load++) {
      await page.goto(url(path));
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      const atReady = await page.evaluate(() => (window as unknown as { marksAtReady: Record<string, number> }).marksAtReady);
      for (const view of views) expect(atReady[view], `${view}, load ${load + 1}`).toBeGreaterThan(0);
    }
    await context.close();
  });

  // Chromium compiles a script's functions off the main thread only when the hint is its very first
  // line (scripts/compile-hint-plugin.ts); Vite prepends its own line to chunks that import others.
  it('serves every script with the compile hint as its first line', async () => {
    const { page, context } = await open('?lang=en');
    const firstLines = await page.evaluate(() =>
      Promise.all(
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.js'))
          .map(async (entry) => [entry.name, (await (await fetch(entry.name)).text()).split('\n', 1)[0]]),
      ),
    );
    expect(firstLines.length).toBeGreaterThan(3);
    for (const [name, line] of firstLines) expect(line, name).toBe('//# allFunctionsCalledOnLoad');
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
