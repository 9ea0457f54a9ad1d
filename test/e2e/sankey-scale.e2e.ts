import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, url, waitForReady, type OpenedPage } from './browser';
import { generate } from '../../scripts/gen-synthetic.mjs';

// A Sankey with more nodes than it labels (x10: 400 nodes, 600 links, ~5,000 px tall) draws the
// marks near the viewport, more as the page scrolls, and all of them for a download or a print.
const dataset = generate({ scale: 10, seed: 3 });
const nodeIds = [...new Set(dataset.flows.links.flatMap((l) => [l.source, l.target]))];
type Dataset = typeof dataset;
const bodiesOf = (files: Dataset) =>
  new Map(Object.entries(files).map(([key, value]) => [key === 'manifest' ? 'manifest.json' : files.manifest.files[key as keyof Dataset['manifest']['files']], JSON.stringify(value)]));

const SANKEY = '[data-view="sankey"]';
const drawnNodes = (page: Page) => page.$$eval(`${SANKEY} svg.sankey .nodes [data-id]`, (els) => els.map((e) => e.getAttribute('data-id')!));
const drawnLinks = (page: Page) => page.$$eval(`${SANKEY} svg.sankey .links [data-link]`, (els) => els.length);

/**
 * The page on the synthetic dataset, served from a route as if it were files beside the app, once
 * its views are drawn. The page's idle callbacks are held (`runIdle` runs them), so what the Sankey
 * draws before the main thread is first idle can be seen.
 */
async function openScaled(query = '', files: Dataset = dataset, before?: (opened: OpenedPage) => Promise<unknown>): Promise<OpenedPage> {
  const bodies = bodiesOf(files);
  const opened = await open('?lang=en', { waitReady: false, viewport: { width: 1280, height: 800 } });
  await before?.(opened);
  await opened.context.addInitScript(() => {
    const held: IdleRequestCallback[] = [];
    Object.assign(window, { __idle: held });
    window.requestIdleCallback = (callback) => held.push(callback);
  });
  // A URL test, not a glob: a glob would match the page's own address, whose query names the manifest.
  await opened.context.route((u) => u.pathname.includes('/synthetic/'), (route) => {
    const body = bodies.get(new URL(route.request().url()).pathname.split('/').pop()!);
    return body ? route.fulfill({ status: 200, contentType: 'application/json', body }) : route.fulfill({ status: 404, body: 'missing' });
  });
  await opened.page.goto(url(`?lang=en&data=./synthetic/manifest.json${query}`));
  await opened.page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 30_000 });
  return opened;
}

/** Runs the idle callbacks the page holds now, not those they ask for; how many it ran. */
const runHeld = (page: Page) =>
  page.evaluate(() => {
    const held = (window as unknown as { __idle: IdleRequestCallback[] }).__idle.splice(0);
    for (const callback of held) callback({ didTimeout: false, timeRemaining: () => 50 });
    return held.length;
  });

/** Runs the page's held idle callbacks, and those they ask for, until none is left; then waits for the panels they load. */
async function runIdle(page: Page): Promise<void> {
  for (let round = 0; round < 100 && (await runHeld(page)) > 0; round++) await page.waitForTimeout(10);
  await waitForReady(page);
}

/** Lets two frames pass: what a frame's measure asks for is drawn by the next. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Scrolls the window so that the Sankey's row `y` sits at the top of the viewport, then lets two frames pass. */
async function scrollToRow(page: Page, y: number): Promise<void> {
  await page.evaluate(([sel, row]) => {
    const svg = document.querySelector(`${sel} svg.sankey`)!;
    scrollTo({ top: svg.getBoundingClientRect().top + scrollY + row, behavior: 'instant' });
  }, [SANKEY, y] as const);
  await twoFrames(page);
}

afterAll(closeBrowser);

describe('the Sankey at scale', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openScaled();
  });
  afterAll(() => opened.context.close());

  it('draws the marks near the viewport only, then more as the page scrolls, and keeps them', async () => {
    const { page, problems } = opened;
    const height = Number(await page.getAttribute(`${SANKEY} svg.sankey`, 'height'));
    expect(height).toBeGreaterThan(3000);
    const first = await drawnNodes(page);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(nodeIds.length / 2);
    // Links run between columns at any heights: fewer of them lie wholly outside the band.
    expect(await drawnLinks(page)).toBeLessThan(dataset.flows.links.length);
    // Every drawn node is one of the dataset's, and none lies more than a viewport and a margin or
    // two (600 px each) down the chart: the rest of its ~5,000 px waits.
    const viewport = page.viewportSize()!.height;
    const rows = await page.$$eval(`${SANKEY} svg.sankey`, ([svg]) => {
      const top = svg!.getBoundingClientRect().top;
      return [...svg!.querySelectorAll('.nodes [data-id]')].map((e) => e.getBoundingClientRect().top - top);
    });
    for (const id of first) expect(nodeIds).toContain(id);
    for (const row of rows) expect(row).toBeLessThan(viewport + 1200);

    // Halfway down the chart: the nodes on screen there are drawn, and the first ones stay.
    await scrollToRow(page, height / 2);
    const middle = await drawnNodes(page);
    expect(middle.length).toBeGreaterThan(first.length);
    expect(middle).toEqual(expect.arrayContaining(first));
    const onScreen = await page.$$eval(`${SANKEY} svg.sankey .nodes [data-id]`, (els) =>
      els.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }).length,
    );
    expect(onScreen).toBeGreaterThan(5);

    // To the foot of the chart: by now every node and link has been drawn.
    await scrollToRow(page, height);
    expect((await drawnNodes(page)).sort()).toEqual([...nodeIds].sort());
    expect(await drawnLinks(page)).toBe(dataset.flows.links.length);
    expect(problems).toEqual([]);
  });
});

describe('the Sankey at scale, left alone', () => {
  it('draws the rest of the chart while the main thread is idle after the views are ready', async () => {
    const { page, context, problems } = await openScaled();
    const before = await drawnNodes(page);
    expect(before.length).toBeLessThan(nodeIds.length / 2);
    await runIdle(page);
    expect((await drawnNodes(page)).sort()).toEqual([...nodeIds].sort());
    expect(await drawnLinks(page)).toBe(dataset.flows.links.length);
    // Still at the top of the page: nothing scrolled.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('holds the rest back while the reader points at the page, and draws it once the pointer rests', async () => {
    const { page, context } = await openScaled();
    const before = (await drawnNodes(page)).length;
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 330);
    // The views' idle moment comes, and the fill's first step with it: it waits instead.
    await runHeld(page);
    await runHeld(page);
    expect((await drawnNodes(page)).length).toBe(before);
    await page.waitForTimeout(1000);
    await runIdle(page);
    expect((await drawnNodes(page)).length).toBe(nodeIds.length);
    await context.close();
  });
});

describe('the Sankey at scale, for the keyboard, a download, a print and a shared link', () => {
  it('moves focus to the last node (End) though it was not drawn, and scrolls it into view', async () => {
    const { page, context } = await openScaled();
    const viewport = await page.evaluate(() => innerHeight);
    await page.focus(`${SANKEY} svg.sankey .nodes [tabindex="0"]`);
    await page.keyboard.press('End');
    const focused = await page.evaluate(() => ({ id: document.activeElement?.getAttribute('data-id') ?? null, top: document.activeElement?.getBoundingClientRect().top ?? -1 }));
    expect(focused.id).not.toBeNull();
    expect(nodeIds).toContain(focused.id);
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.top).toBeLessThan(viewport);
    // Up from there walks the column: the node above is drawn and takes the focus.
    await page.keyboard.press('ArrowUp');
    const above = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    expect(above).not.toBe(focused.id);
    expect(nodeIds).toContain(above);
    await context.close();
  });

  it('downloads the whole chart as SVG, not only what was drawn near the viewport', async () => {
    const { page, context } = await openScaled();
    expect((await drawnNodes(page)).length).toBeLessThan(nodeIds.length);
    const menu = page.locator(`${SANKEY} [data-downloads]`);
    await menu.locator('summary').click();
    const [file] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-format="svg"]').click()]);
    const svg = readFileSync((await file.path())!, 'utf8');
    const ids = new Set([...svg.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]));
    expect([...ids].sort()).toEqual([...nodeIds].sort());
    expect([...svg.matchAll(/data-link="/g)]).toHaveLength(dataset.flows.links.length);
    await context.close();
  });

  it('draws every mark before a print', async () => {
    const { page, context } = await openScaled();
    expect((await drawnNodes(page)).length).toBeLessThan(nodeIds.length);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect((await drawnNodes(page)).length).toBe(nodeIds.length);
    await context.close();
  });

  it('draws a selection from the address wherever it lies', async () => {
    const ids = new Set(await (async () => {
      const { page, context } = await openScaled();
      const drawn = await drawnNodes(page);
      await context.close();
      return drawn;
    })());
    const far = nodeIds.find((id) => !ids.has(id))!;
    const { page, context, problems } = await openScaled(`&sel=${encodeURIComponent(far)}`);
    expect(await page.getAttribute(`${SANKEY} svg.sankey .nodes [data-id="${far}"]`, 'aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws the whole chart on a presenter’s slide, which scales it down to fit', async () => {
    // Scene 2 shows the Sankey alone; here without a chapter, so all 400 nodes and the chart's full height.
    const story = { ...dataset.story, scenes: dataset.story.scenes.map((scene) => (scene.id === 'scene-2' ? { ...scene, chapter: null, selection: null } : scene)) };
    const { page, context, problems } = await openScaled('&present=2', { ...dataset, story });
    const box = await page.$eval(`${SANKEY} svg.sankey`, (svg) => ({ drawn: svg.getBoundingClientRect().height, rows: Number(svg.getAttribute('height')) }));
    expect(box.drawn).toBeLessThan(box.rows / 2);
    await twoFrames(page);
    expect((await drawnNodes(page)).length).toBe(nodeIds.length);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws the whole chart when the code that follows the viewport cannot load', async () => {
    const { page, context } = await openScaled('', dataset, ({ context }) => context.route('**/follow-viewport-*.js', (route) => route.abort('internetdisconnected')));
    await page.waitForFunction(([sel, all]) => document.querySelectorAll(`${sel} svg.sankey .nodes [data-id]`).length === all, [SANKEY, nodeIds.length] as const);
    expect(await drawnLinks(page)).toBe(dataset.flows.links.length);
    await context.close();
  });
});
