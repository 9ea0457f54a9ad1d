import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, open, url } from './browser';
import type { StoryFile } from '../../src/lib/data/schema';

const story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8')) as StoryFile;
const scenes = story.scenes;
const total = scenes.length;

afterAll(closeBrowser);

const sceneParam = (page: Page) => new URL(page.url()).searchParams.get('present');
async function expectScene(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => new URLSearchParams(location.search).get('present') === want, String(n));
  const scene = scenes[n - 1]!;
  await expect.poll(() => page.textContent('h1')).toBe(scene.title.en);
  const params = new URL(page.url()).searchParams;
  expect(params.get('sel')).toBe(scene.selection);
  expect(params.get('ch')).toBe(scene.chapter);
  for (const view of scene.views) expect(await page.locator(`[data-view="${view}"]`).count()).toBe(1);
  expect(await page.locator('[data-view]').count()).toBe(scene.views.length);
  // The scene has arrived once its views are drawn (a view new to the slide loads its code first) and
  // its entrance has played: geometry is measured where it comes to rest.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-view]')].every((v) => v.getAttribute('data-state') !== 'loading'));
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => {}))));
}

describe('presenter mode', () => {
  it('moves between scenes with keys and clicker keys, the URL naming each scene', async () => {
    const { page, context, problems } = await open('?present&lang=en', { viewport: { width: 1920, height: 1080 } });
    await expectScene(page, 1);
    expect(await page.textContent('[data-progress]')).toBe(`1 / ${total}`);
    await page.keyboard.press('ArrowRight');
    await expectScene(page, 2);
    expect(await page.textContent('[data-progress]')).toBe(`2 / ${total}`);
    await page.keyboard.press('PageDown');
    await expectScene(page, 3);
    await page.keyboard.press('ArrowLeft');
    await expectScene(page, 2);
    await page.keyboard.press('Space');
    await expectScene(page, 3);
    await page.keyboard.press('Shift+Space');
    await expectScene(page, 2);
    await page.keyboard.press('PageUp');
    await expectScene(page, 1);
    await page.keyboard.press('ArrowLeft');
    expect(sceneParam(page)).toBe('1');
    await page.keyboard.press('End');
    await expectScene(page, total);
    await page.keyboard.press('ArrowRight');
    expect(sceneParam(page)).toBe(String(total));
    await page.keyboard.press('Home');
    await expectScene(page, 1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows Back and Forward, opens a linked scene, and clamps one past the end', async () => {
    const { page, context, problems } = await open('?present=3&lang=en');
    await expectScene(page, 3);
    await page.keyboard.press('ArrowRight');
    await expectScene(page, 4);
    await page.goBack();
    await expectScene(page, 3);
    await page.goForward();
    await expectScene(page, 4);
    await page.goto(url(`?present=${total + 5}&lang=en`));
    await expectScene(page, total);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leaves with Escape, back to explore with the scene’s selection', async () => {
    const n = scenes.findIndex((s) => s.selection !== null) + 1;
    const { page, context, problems } = await open(`?present=${n}&lang=en`);
    await expectScene(page, n);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('present'));
    expect(new URL(page.url()).searchParams.get('sel')).toBe(scenes[n - 1]!.selection);
    // Explore shows all three views again.
    await expect.poll(() => page.locator('[data-view]').count()).toBe(3);
    await page.goBack();
    await expectScene(page, n);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leaves the view its arrow keys but still moves on PageDown from inside a view', async () => {
    const { page, context } = await open('?present=1&lang=en');
    const view = page.locator(`[data-view="${scenes[0]!.views[0]}"]`);
    await view.locator('[tabindex="0"]').first().focus();
    await page.keyboard.press('ArrowRight');
    expect(sceneParam(page)).toBe('1');
    await page.keyboard.press('PageDown');
    await expectScene(page, 2);
    await context.close();
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`fits every scene in ${width}x${height} without scrolling, in large type`, async () => {
      const { page, context, problems } = await open('?present=1&lang=en', { viewport: { width, height } });
      for (let n = 1; n <= total; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await expectScene(page, n);
        // Every view keeps its source line; the keyboard how-to of explore is not on the slide.
        const shown = (selector: string) => page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
        expect(await shown('[data-view] [data-source-line]'), `scene ${n} sources`).toBe(scenes[n - 1]!.views.length);
        expect(await shown('[data-view="map"] .hint, [data-view="sankey"] .hint'), `scene ${n} hints`).toBe(0);
        const fit = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollHeight, inner: innerHeight, wide: document.scrollingElement!.scrollWidth, innerW: innerWidth }));
        expect(fit.scroll, `scene ${n} scrolls`).toBeLessThanOrEqual(fit.inner);
        expect(fit.wide, `scene ${n} scrolls sideways`).toBeLessThanOrEqual(fit.innerW);
        // All of the text shows, above the progress bar: its last line is not cut off.
        const text = await page.evaluate(() => {
          const body = document.querySelector('article.text .body')!;
          const range = document.createRange();
          range.selectNodeContents(body);
          const lines = [...range.getClientRects()];
          return { lastLine: Math.max(...lines.map((r) => r.bottom)), barTop: document.querySelector('footer.bar')!.getBoundingClientRect().top, clipped: body.closest('article')!.scrollHeight > body.closest('article')!.clientHeight + 1 };
        });
        expect(text.lastLine, `scene ${n} text`).toBeLessThanOrEqual(text.barTop);
        expect(text.clipped, `scene ${n} text clipped`).toBe(false);
      }
      if (width === 1920) {
        const sizes = await page.evaluate(() => ({
          root: parseFloat(getComputedStyle(document.documentElement).fontSize),
          title: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
          body: parseFloat(getComputedStyle(document.querySelector('article.text .body')!).fontSize),
        }));
        expect(sizes.title).toBeGreaterThanOrEqual(2.5 * sizes.root);
        expect(sizes.body).toBeGreaterThanOrEqual(1.5 * sizes.root);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('lays the power chart out for a wide, short slide: its panels side by side where explore would stack them', async () => {
    const scene = scenes.findIndex((s) => s.views.length === 1 && s.views[0] === 'power') + 1;
    expect(scene).toBeGreaterThan(0);
    const tops = (page: Page) => page.$$eval('[data-view="power"] section.panel', (els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    const { page, context } = await open(`?present=${scene}&lang=en`, { viewport: { width: 1280, height: 720 } });
    await expectScene(page, scene);
    // A slide keeps the source line and drops the Download menu.
    expect(await page.locator('[data-view="power"] [data-source-line]').isVisible()).toBe(true);
    expect(await page.locator('[data-view="power"] .downloads').isVisible()).toBe(false);
    const width = await page.$eval('[data-view="power"] .power-body', (e) => e.clientWidth);
    const onSlide = await tops(page);
    expect(onSlide.length).toBe(2);
    expect(onSlide[0]).toBe(onSlide[1]);
    // The same view, as wide in explore, stacks its panels.
    const explore = await open('?lang=en', { viewport: { width: width + 80, height: 900 } });
    expect(await explore.page.$eval('[data-view="power"] .power-body', (e) => e.clientWidth)).toBeLessThan(880);
    const stacked = await tops(explore.page);
    expect(stacked[1]).toBeGreaterThan(stacked[0]!);
    await explore.context.close();
    await context.close();
  });

  it('keeps a notes window in step, both ways', async () => {
    const { page, context, problems } = await open('?present=1&lang=en');
    const notes = await context.newPage();
    notes.on('pageerror', (e) => problems.push(`notes pageerror: ${e.message}`));
    notes.on('console', (m) => m.type() === 'error' && problems.push(`notes console: ${m.text()}`));
    await notes.goto(url('notes.html'));
    await expect.poll(() => notes.textContent('[data-current]')).toBe(scenes[0]!.title.en);
    expect(await notes.textContent('[data-notes]')).toBe(scenes[0]!.notes.en);
    expect(await notes.textContent('[data-next]')).toBe(scenes[1]!.title.en);
    expect(await notes.textContent('[data-count]')).toBe(`1 / ${total}`);
    expect(await notes.textContent('[data-elapsed]')).toMatch(/^\d+:\d\d$/);

    await page.keyboard.press('ArrowRight');
    await expectScene(page, 2);
    await expect.poll(() => notes.textContent('[data-current]')).toBe(scenes[1]!.title.en);
    expect(await notes.textContent('[data-count]')).toBe(`2 / ${total}`);

    // Driving from the notes window moves the talk.
    await notes.keyboard.press('ArrowRight');
    await expectScene(page, 3);
    await notes.getByRole('button', { name: /Previous scene/ }).click();
    await expectScene(page, 2);
    await expect.poll(() => notes.textContent('[data-current]')).toBe(scenes[1]!.title.en);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the notes window with S', async () => {
    const { page, context, problems } = await open('?present=2&lang=en');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toMatch(/\/notes\.html$/);
    await expect.poll(() => popup.textContent('[data-current]')).toBe(scenes[1]!.title.en);
    expect(problems).toEqual([]);
    await context.close();
  });
});
