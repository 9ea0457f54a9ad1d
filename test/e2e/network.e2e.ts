import type { Route } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

afterAll(closeBrowser);

type Failure = '404' | '500' | 'invalid JSON' | 'network error' | 'time-out';
const fail: Record<Failure, (route: Route) => Promise<void> | void> = {
  '404': (r) => r.fulfill({ status: 404, body: 'not found' }),
  '500': (r) => r.fulfill({ status: 500, body: 'server error' }),
  'invalid JSON': (r) => r.fulfill({ contentType: 'application/json', body: '{"sites": [ {"id": ' }),
  'network error': (r) => r.abort('failed'),
  // Never answers: the loader's own 15 s limit ends the wait.
  'time-out': () => {},
};
const says: Record<Failure, string> = {
  '404': 'HTTP 404',
  '500': 'HTTP 500',
  'invalid JSON': 'expected valid JSON',
  'network error': 'network error',
  'time-out': 'no answer within 15 s',
};

/** Which views a file feeds: a broken file must fail exactly these (entities and sources feed all three). */
const viewsOf = (file: string): string[] => ({ sites: ['map'], flows: ['sankey'], power: ['power'] })[file] ?? ['map', 'sankey', 'power'];

const cases: [string, Failure][] = [
  ...(['sites', 'flows', 'power'] as const).flatMap((file) => (['404', '500', 'invalid JSON', 'network error'] as const).map((f): [string, Failure] => [file, f])),
  ['entities', '404'],
  ['sources', 'invalid JSON'],
  ['flows', 'time-out'],
];

describe('a data file that fails to load', () => {
  it.each(cases)('%s.json with %s: a message and a retry in its views only; the retry recovers', { timeout: 60_000 }, async (file, failure) => {
    const { page, context } = await open('?lang=en', { waitReady: false });
    let broken = true;
    await context.route(`**/data/${file}.json`, (route) => (broken ? fail[failure](route) : route.fallback()));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 30_000 });
    const affected = viewsOf(file);
    for (const view of ['map', 'sankey', 'power']) {
      const state = await page.getAttribute(`[data-view="${view}"]`, 'data-state');
      expect(state, view).toBe(affected.includes(view) ? 'error' : 'ready');
    }
    for (const view of affected) {
      const panel = page.locator(`[data-view="${view}"] [role="alert"]`);
      expect(await panel.textContent()).toContain(`${file}.json`);
      expect(await panel.textContent()).toContain(says[failure]);
    }
    broken = false;
    await page.click(`[data-view="${affected[0]}"] [data-action="retry"]`);
    for (const view of ['map', 'sankey', 'power']) await page.waitForSelector(`[data-view="${view}"][data-state="ready"]`, { timeout: 20_000 });
    await context.close();
  });

  it('a manifest that fails fails every view, in the reader’s language, and one retry reloads the dataset', async () => {
    const { page, context } = await open('?lang=zh', { waitReady: false });
    let broken = true;
    await context.route('**/data/manifest.json', (route) => (broken ? route.fulfill({ status: 404, body: '' }) : route.fallback()));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    for (const view of ['map', 'sankey', 'power']) {
      expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('error');
      expect(await page.textContent(`[data-view="${view}"] [role="alert"]`)).toContain('manifest.json：應為HTTP 200 回應，實際為HTTP 404 錯誤');
    }
    broken = false;
    await page.click('[data-view="power"] [data-action="retry"]');
    for (const view of ['map', 'sankey', 'power']) await page.waitForSelector(`[data-view="${view}"][data-state="ready"]`, { timeout: 20_000 });
    await context.close();
  });
});
