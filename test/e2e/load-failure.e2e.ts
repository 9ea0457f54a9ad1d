import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, waitForReady } from './browser';

// Code that cannot arrive (the reader went offline before the service worker cached the page). The
// browser keeps a failed module import for the page's life, so asking again cannot bring it: where a
// reader would otherwise see nothing, the part says it could not load and offers a reload.

const still = { reducedMotion: 'reduce' as const };
const MESSAGE = 'This part could not load. Reload the page to try again.';

/** The explorer with every request for one chunk cut off, as if the network had gone. */
async function openWithout(chunk: string, path = '?lang=en') {
  const { page, context, problems } = await open(path, { ...still, waitReady: false });
  const pattern = new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`);
  await context.route(pattern, (route) => route.abort('internetdisconnected'));
  await page.reload();
  // The failed part counts as settled: the views still announce readiness.
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 30_000 });
  /** Problems other than the cut-off request itself (and the browser's console line about it). */
  const cutOff = (p: string) =>
    (p.startsWith('requestfailed: ') && pattern.test(p.split(' ')[1]!)) || p === 'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
  const unexpected = () => problems.filter((p) => !cutOff(p));
  return { page, context, problems, pattern, unexpected };
}

afterAll(closeBrowser);

describe('code that cannot arrive', () => {
  it('a view whose code cannot load says so with a reload; the others draw, and a reload brings it', async () => {
    const { page, context, pattern, unexpected } = await openWithout('PowerView');
    const power = page.locator('[data-view="power"]');
    expect(await power.getAttribute('data-state')).toBe('error');
    expect(await power.getAttribute('aria-busy')).toBeNull();
    expect(await power.getByRole('alert').textContent()).toContain(MESSAGE);
    expect(await power.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    // The placeholder keeps its place: the page does not jump.
    expect((await power.boundingBox())!.height).toBeGreaterThanOrEqual(320);
    for (const view of ['map', 'sankey']) expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
    // What loads after the views (search, the panels below) still arrives: nothing stays busy.
    await waitForReady(page);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(unexpected()).toEqual([]);

    // The network is back: the button reloads the page, and the view draws.
    await context.unroute(pattern);
    await Promise.all([page.waitForEvent('load'), power.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForSelector('[data-view="power"][data-state="ready"]', { timeout: 30_000 });
    expect(await page.locator('[data-load-failed]').count()).toBe(0);
    await context.close();
  });

  it('in Chinese too', async () => {
    const { page, context, unexpected } = await openWithout('SankeyView', '?lang=zh');
    const sankey = page.locator('[data-view="sankey"][data-state="error"]');
    expect(await sankey.getByRole('alert').textContent()).toContain('這部分無法載入。請重新載入頁面再試。');
    expect(await sankey.getByRole('button', { name: '重新載入' }).isVisible()).toBe(true);
    expect(unexpected()).toEqual([]);
    await context.close();
  });

  // Parts a reader asks for: the message appears where the part would have.
  it.each([
    { part: 'a data table', chunk: 'SankeyTable', opener: '[data-view="sankey"] details.data-table summary', where: '[data-view="sankey"] details.data-table' },
    { part: 'a download menu', chunk: 'DownloadItems', opener: '[data-downloads="map"] summary', where: '[data-downloads="map"]' },
    { part: 'the embed dialog', chunk: 'EmbedDialog', opener: 'button[data-action="embed"]', where: '.dialog-failed' },
  ])('$part whose code cannot load says so when opened', async ({ chunk, opener, where }) => {
    const { page, context, unexpected } = await openWithout(chunk);
    await waitForReady(page);
    await page.locator(opener).click();
    const part = page.locator(where);
    await part.getByRole('alert').waitFor();
    expect(await part.getByRole('alert').textContent()).toContain(MESSAGE);
    expect(await part.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    expect(await part.locator('table').count()).toBe(0);
    expect(unexpected()).toEqual([]);
    await context.close();
  });

  // A mode is the whole page: without its code the page says so rather than staying blank.
  it.each([
    { mode: 'presenter mode', chunk: 'PresentMode', path: '?present=1&lang=en' },
    { mode: 'an embed', chunk: 'Embed', path: '?embed=map&lang=en' },
  ])('$mode whose code cannot load says so, and the page still announces ready', async ({ chunk, path }) => {
    const { page, context, unexpected } = await openWithout(chunk, path);
    expect(await page.locator('.mode-failed').getByRole('alert').textContent()).toContain(MESSAGE);
    expect(await page.locator('.mode-failed').getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    expect(unexpected()).toEqual([]);
    await context.close();
  });

  it('the search box and the panels below the views say so in place of a placeholder that would stay busy', async () => {
    const { page, context, unexpected } = await openWithout('(SearchBox|FootPanels)');
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
    expect(await page.locator('.controlbar [role="status"]').textContent()).toContain(MESSAGE);
    expect(await page.locator('.page-foot [role="status"]').textContent()).toContain(MESSAGE);
    expect(unexpected()).toEqual([]);
    await context.close();
  });
});
