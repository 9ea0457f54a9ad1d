import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { closeBrowser, launch, open, url, waitForReady } from './browser';
import { serveDist } from '../../scripts/serve-dist.mjs';

const story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));

afterAll(closeBrowser);

/** One visit, then a reload once the worker is active so that it controls the page. */
async function visitedOnce(path: string) {
  const opened = await open(path, { serviceWorkers: 'allow' });
  const { page } = opened;
  // The worker registers after the views are drawn.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(new URL(url()).pathname);
  await page.reload();
  await waitForReady(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return opened;
}

describe('offline after one visit', () => {
  it('serves the app, datasets and geography from the service worker with no network', async () => {
    const { page, context, problems } = await visitedOnce('?lang=en');
    await context.setOffline(true);
    await page.reload();
    await waitForReady(page);
    for (const view of ['map', 'sankey', 'power']) {
      expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
    }
    // Presenter mode and the notes window too: the talk must not depend on the venue's Wi-Fi.
    await page.goto(url('?present=2&lang=en'));
    await waitForReady(page);
    expect(await page.textContent('h1')).toBe(story.scenes[1].title.en);
    const notes = await context.newPage();
    await notes.goto(url('notes.html'));
    await expect.poll(() => notes.textContent('[data-current]')).toBe(story.scenes[1].title.en);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers a new deploy with a prompt, and reloads onto it only when asked', async () => {
    // Its own server, so that a "deploy" can change sw.js (service-worker script fetches bypass page routing).
    const root = process.env.NC_DIST ?? 'dist';
    let deploy = 1;
    const served = await serveDist({
      root,
      base: '/explorer/',
      extraRoutes: {
        '/explorer/sw.js': (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
          res.end(`${readFileSync(join(root, 'sw.js'), 'utf8')}\n// deploy ${deploy}\n`);
        },
      },
    });
    const context = await (await launch()).newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${served.url}?lang=en`);
    await waitForReady(page);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.reload();
    await waitForReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('[data-update-prompt]').count()).toBe(0);

    deploy = 2;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.locator('[data-update-prompt]');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('A new version is available.');
    // Nothing changes until the reader chooses: the new worker waits.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(true);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await waitForReady(page);
    expect(await page.locator('[data-update-prompt]').count()).toBe(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
    await served.close();
  });
});
