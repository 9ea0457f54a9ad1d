import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

// Detail cards, data tables, the download menu's items and the keyboard-help list are drawn only on
// hover, focus, tap or opening: their code is fetched after `views-ready` (src/lib/ui/deferred.svelte.ts).
const DEFERRED = /\/(DetailCard|SiteCard|SankeyCard|PowerTip|SiteTable|SankeyTable|PowerTable|TableGrid|DownloadItems|KeyboardHelpPanel)-[\w-]+\.js$/;

const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const site: { id: string } = data('sites.json').sites[0];
const MAP = '[data-view="map"]';
const still = { reducedMotion: 'reduce' as const };

/** The explorer, ready, with the answers for one chunk held back until `release()`. */
async function openHolding(name: string) {
  const held: Route[] = [];
  let released = false;
  const { page, context, problems } = await open('?lang=en', { ...still, waitReady: false });
  await page.route(new RegExp(`/${name}-[\\w-]+\\.js$`), (route) => (released ? route.continue() : void held.push(route)));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  async function release() {
    released = true;
    await Promise.all(held.map((r) => r.continue()));
  }
  return { page, context, problems, release };
}

afterAll(closeBrowser);

describe('code the first paint does without', () => {
  it('is fetched after views-ready, all of it, without being asked', async () => {
    const { page, context, problems } = await open('?lang=en', still);
    const scripts = () =>
      page.evaluate(() => {
        const ready = performance.getEntriesByName('views-ready')[0]!.startTime;
        return performance.getEntriesByType('resource').map((e) => ({ name: e.name, before: (e as PerformanceResourceTiming).responseEnd <= ready }));
      });
    expect((await scripts()).filter((s) => s.before && DEFERRED.test(s.name)).map((s) => s.name)).toEqual([]);
    // Prefetched once the main thread is idle, so the first hover finds it there.
    await expect.poll(async () => new Set((await scripts()).filter((s) => DEFERRED.test(s.name)).map((s) => s.name.match(DEFERRED)![1])).size, { timeout: 10_000 }).toBe(10);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a hover before a card’s code has arrived shows the card as soon as it does', async () => {
    const { page, context, problems, release } = await openHolding('SiteCard');
    await page.locator(`${MAP} [data-id="${site.id}"]`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.hover(`${MAP} [data-id="${site.id}"] .dot`);
    await page.waitForTimeout(300);
    expect(await page.locator(`${MAP} [data-detail]`).count()).toBe(0);
    await release();
    await page.locator(`${MAP} [data-detail] [data-site="${site.id}"]`).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a selection from the URL asks for its card at once and shows it', async () => {
    const { page, context } = await open(`?lang=en&sel=${site.id}`, still);
    await page.locator(`${MAP} [data-detail] [data-site="${site.id}"]`).waitFor();
    await context.close();
  });

  it('the keyboard-help button asked before its list has arrived opens the list when it does', async () => {
    const { page, context, release } = await openHolding('KeyboardHelpPanel');
    await page.click('[data-action="keys"]');
    await release();
    await page.locator('[data-panel="keys"]').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('[data-panel="keys"]').waitFor({ state: 'hidden' });
    await context.close();
  });

  it('a data table opened before its code has arrived fills in when it does', async () => {
    const { page, context, release } = await openHolding('PowerTable');
    await page.click('[data-view="power"] details.power-table summary');
    expect(await page.locator('[data-view="power"] details.power-table tbody tr').count()).toBe(0);
    await release();
    await expect.poll(() => page.locator('[data-view="power"] details.power-table tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("an embed never fetches explore's own parts (the search box, the panels below the views, the keyboard-help list) nor another view's", async () => {
    const { page, context, problems } = await open('?embed=sankey&lang=en', still);
    // The embed's own deferred parts do arrive after ready: wait for them, then look at everything fetched.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/SankeyCard-[\w-]+\.js$/.test(e.name))), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(500);
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((n) => /\/(SearchBox|FootPanels|KeyboardHelpPanel)-[\w-]+\.js$/.test(n))).toEqual([]);
    // Nor the other views' code, nor the map's geometry: the shell asks early only for the views it shows.
    expect(fetched.filter((n) => /\/(MapView|PowerView|base-projector)-[\w-]+\.js$|\/geo\//.test(n))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
