import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

afterAll(closeBrowser);

// index.html's early script (src/lib/boot/early-plan.ts) preloads what each address draws first.
describe("the page's first requests", () => {
  it.each(['?lang=en', '?lang=zh&embed=sankey', '?lang=en&embed=map&frame=corridor', '?lang=en&present=2'])(
    'are preloads the app then uses, each file downloaded once: %s',
    { timeout: 30_000 },
    async (path) => {
      const { page, context, problems } = await open(path);
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (/preload/i.test(m.text())) warnings.push(m.text());
      });
      const preloads = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"], link[rel="modulepreload"]')].map((l) => l.href));
      const data = preloads.filter((href) => href.includes('/data/'));
      expect(data.map((href) => href.replace(/.*\/data\//, '')).sort()).toEqual(['entities.json', 'flows.json', 'manifest.json', 'power.json', 'sites.json', 'sources.json', 'story.json']);
      expect(preloads.some((href) => /\/assets\/(zh|en)-[\w-]+\.js$/.test(href))).toBe(true);
      // Chromium warns of a preload left unused a few seconds after the load.
      await page.waitForTimeout(3500);
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      for (const href of preloads) expect(fetched.filter((name) => name === href), href).toHaveLength(1);
      expect(warnings).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('leave the data alone when the page reads a dataset of its own', async () => {
    const { page, context } = await open('?lang=en&data=./data/manifest.json');
    const preloads = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.href));
    expect(preloads.filter((href) => href.includes('/data/'))).toEqual([]);
    await context.close();
  });
});
