import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

// The build validates data/ and the page carries the digests of what it validated
// (scripts/vouch-data-plugin.ts): the shipped story loads without the validator's code; any
// other bytes are validated as they load (foundation.e2e.ts: an error names its field).
const VALIDATOR = /\/assets\/validator-[\w-]+\.js$/;
const text = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const scripts = (page: import('playwright-core').Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

afterAll(closeBrowser);

describe('the dataset the build validated', () => {
  it('draws every view without fetching the validator', async () => {
    const { page, context, problems } = await open('?lang=en');
    expect(await page.locator('meta[name="nc-vouched-data"]').count()).toBe(1);
    for (const view of ['map', 'sankey', 'power']) expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
    await page.waitForTimeout(1500);
    expect((await scripts(page)).filter((name) => VALIDATOR.test(name))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is validated again once a file differs by a byte, and still draws', async () => {
    const { page, context, problems } = await open('?lang=en', { waitReady: false });
    // The same records, written without indentation: other bytes, the same data.
    await context.route('**/data/power.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(JSON.parse(text('power.json'))) }));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    expect((await scripts(page)).filter((name) => VALIDATOR.test(name))).toHaveLength(1);
    for (const view of ['map', 'sankey', 'power']) expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('another dataset fetches the validator beside its manifest, not after it', async () => {
    const { page, context, problems } = await open('?lang=en&data=./data/examples/tesla-after-dojo/manifest.json', { waitReady: false });
    // A slow manifest: the validator's code, asked for beside it, has arrived before it.
    await context.route('**/tesla-after-dojo/manifest.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    const ended = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })));
    const validator = ended.find((e) => VALIDATOR.test(e.name))!;
    const manifest = ended.find((e) => e.name.endsWith('/tesla-after-dojo/manifest.json'))!;
    expect(validator.end).toBeLessThan(manifest.end);
    expect(problems).toEqual([]);
    await context.close();
  });
});
