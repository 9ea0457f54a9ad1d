import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, open, url, waitForReady } from './browser';
import type { StoryFile } from '../../src/lib/data/schema';

const story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8')) as StoryFile;
const scenes = story.scenes;
const total = scenes.length;

afterAll(closeBrowser);

const sceneParam = (page: Page) => new URL(page.url()).searchParams.get('present');
const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');
/** A scene's steps: its views in order, each once. */
const stepsOf = (n: number) => [...new Set(scenes[n - 1]!.views)];
/** Every slide of the talk in order: each view of each scene. */
const slides = scenes.flatMap((s, i) => stepsOf(i + 1).map((_, j) => ({ n: i + 1, step: j + 1 })));
const multiView = slides.filter((s) => s.step === 2).map((s) => s.n);
/** The views a reader can see (the scene's other views are drawn but hidden). */
const shownViews = (page: Page) => page.$$eval('[data-view]', (els) => els.filter((e) => e.checkVisibility({ visibilityProperty: true })).map((e) => e.getAttribute('data-view')));

async function expectScene(page: Page, n: number, step = 1): Promise<void> {
  await page.waitForFunction(
    ([want, wantStep]) => {
      const p = new URLSearchParams(location.search);
      return p.get('present') === want && p.get('step') === wantStep;
    },
    [String(n), step > 1 ? String(step) : null] as const,
  );
  const scene = scenes[n - 1]!;
  await expect.poll(() => page.textContent('h1')).toBe(scene.title.en);
  const params = new URL(page.url()).searchParams;
  expect(params.get('sel')).toBe(scene.selection);
  expect(params.get('ch')).toBe(scene.chapter);
  // All of the scene's views are drawn; the step's one is on screen.
  const steps = stepsOf(n);
  for (const view of steps) expect(await page.locator(`[data-view="${view}"]`).count()).toBe(1);
  expect(await page.locator('[data-view]').count()).toBe(steps.length);
  // The scene has arrived once its views are drawn (a view new to the slide loads its code first) and
  // its entrance has played: geometry is measured where it comes to rest.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-view]')].every((v) => v.getAttribute('data-state') !== 'loading'));
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => {}))));
  expect(await shownViews(page), `scene ${n} step ${step}`).toEqual([steps[step - 1]]);
}

/** The scale FitBox gives the content of the view on screen (1 when it fits unscaled). */
const shownScale = (page: Page) =>
  page.$eval('[data-slot][data-shown] .content', (e) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(e).transform === 'none' ? undefined : getComputedStyle(e).transform);
    return m.a;
  });

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

  describe('a scene of several views shows them one at a time, as build steps', () => {
    // Scene 9 of the shipped story: the power chart, then the Sankey; scene 8 has the power chart alone.
    const n = scenes.findIndex((s) => s.views.length === 2 && s.views[0] === 'power') + 1;
    const alone = scenes.findIndex((s) => s.views.length === 1 && s.views[0] === 'power') + 1;
    const viewport = { width: 1280, height: 720 };
    const liveText = (page: Page) => page.textContent('main [aria-live="polite"]');

    it('at 1280x720 shows one view as large as a single-view scene’s, steps to the next view with the text kept, then to the next scene and back to the last view; reload keeps the step', async () => {
      expect(n).toBeGreaterThan(0);
      const single = await open(`?present=${alone}&lang=en`, { viewport });
      await expectScene(single.page, alone);
      const aloneScale = await shownScale(single.page);
      await single.context.close();

      const { page, context, problems } = await open(`?present=${n}&lang=en`, { viewport });
      await expectScene(page, n);
      // Readable on a projector: the chart is not shrunk to share the slide (it was at 0.39 beside the
      // Sankey, 0.60 alone while its notes' paragraphs took room on the slide).
      const scale = await shownScale(page);
      expect(scale).toBeGreaterThanOrEqual(0.75);
      expect(scale).toBeCloseTo(aloneScale, 2);
      // Those paragraphs take no room but stay for screen readers.
      const body = page.locator('[data-slot][data-shown] [data-view="power"] .notes .body').first();
      expect(await body.evaluate((e) => getComputedStyle(e).display)).not.toBe('none');
      expect(await body.evaluate((e) => e.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
      expect(await page.locator('[data-slot][data-shown]').ariaSnapshot()).toContain((await body.textContent())!.trim().slice(0, 40));
      const [slot, area] = await page.$eval('[data-slot][data-shown]', (e) => [e.getBoundingClientRect().width, e.parentElement!.getBoundingClientRect().width]);
      expect(slot).toBeCloseTo(area!, 0);
      // The counter keeps the scene number; the step shows as dots, and in words for screen readers.
      expect(await page.textContent('[data-progress]')).toBe(`${n} / ${total}`);
      expect(await page.getAttribute('[data-steps]', 'data-step')).toBe('1');
      expect(await page.locator('[data-steps] [data-on]').count()).toBe(1);
      expect(await page.textContent('[data-steps] .visually-hidden')).toBe('View 1 of 2: AI’s power crunch');
      expect(await page.getAttribute('footer button[aria-label="Next view"]', 'title')).toBe('Next view');

      // The scene's text stays put (the same element, not drawn anew) while the next view comes in.
      const text = await page.textContent('article.text');
      await page.$eval('article.text', (e) => e.setAttribute('data-kept', ''));
      await page.keyboard.press('ArrowRight');
      await expectScene(page, n, 2);
      expect(await page.locator('article.text[data-kept]').count()).toBe(1);
      expect(await page.textContent('article.text')).toBe(text);
      expect(await shownScale(page)).toBeGreaterThanOrEqual(0.6);
      expect(await page.getAttribute('[data-steps]', 'data-step')).toBe('2');
      expect(await liveText(page)).toContain('View 2 of 2: From policy and pressure to the beneficiaries');
      expect(await page.locator('footer button[aria-label="Previous view"]').count()).toBe(1);
      expect(await page.locator('footer button[aria-label="Next scene"]').count()).toBe(1);

      await page.keyboard.press('ArrowRight');
      await expectScene(page, n + 1);
      expect(await page.locator('[data-steps]').count()).toBe(stepsOf(n + 1).length > 1 ? 1 : 0);
      // Back into the scene lands on its last view.
      await page.keyboard.press('ArrowLeft');
      await expectScene(page, n, 2);
      await page.reload();
      await waitForReady(page);
      await expectScene(page, n, 2);
      await page.keyboard.press('Shift+Space');
      await expectScene(page, n);
      await page.keyboard.press('PageUp');
      await expectScene(page, n - 1, stepsOf(n - 1).length);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('settles a step the URL names out of range on a real one, and junk on the first view', async () => {
      const { page, context, problems } = await open(`?present=${n}&step=7&lang=en`, { viewport });
      await expectScene(page, n, 2);
      await page.goto(url(`?present=${n}&step=abc&lang=en`));
      await waitForReady(page);
      await expectScene(page, n);
      expect(stepParam(page)).toBeNull();
      expect(problems).toEqual([]);
      await context.close();
    });

    it('steps on a portrait screen too, the text above the one view', async () => {
      const { page, context, problems } = await open(`?present=${n}&lang=en`, { viewport: { width: 720, height: 1280 } });
      await expectScene(page, n);
      const [textBottom, slotTop] = await page.evaluate(() => [document.querySelector('.text-box')!.getBoundingClientRect().bottom, document.querySelector('[data-slot][data-shown]')!.getBoundingClientRect().top]);
      expect(slotTop).toBeGreaterThanOrEqual(textBottom!);
      await page.keyboard.press('PageDown');
      await expectScene(page, n, 2);
      await page.keyboard.press('PageDown');
      await expectScene(page, n + 1);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('fades the incoming view in with motion allowed, leaves the text still, and animates nothing under reduced motion', async () => {
      const listen = (page: Page) =>
        page.evaluate(() => {
          const w = window as unknown as { started: string[] };
          w.started = [];
          document.addEventListener('animationstart', (e) => w.started.push(`${(e.target as Element).classList[0]} ${(e.target as Element).getAttribute('data-slot') ?? ''}`.trim()), true);
        });
      const started = async (page: Page) => {
        await page.waitForTimeout(500);
        return page.evaluate(() => (window as unknown as { started: string[] }).started.splice(0));
      };
      const [, second] = stepsOf(n);
      for (const reducedMotion of ['reduce', 'no-preference'] as const) {
        const { page, context } = await open(`?present=${n}&lang=en`, { viewport, reducedMotion });
        await expectScene(page, n);
        await listen(page);
        await page.keyboard.press('ArrowRight');
        await expectScene(page, n, 2);
        const step = await started(page);
        // Into the scene from the one before and straight on to its next view: both entrances play out.
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await expectScene(page, n - 1, stepsOf(n - 1).length);
        await started(page);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await expectScene(page, n, 2);
        const quick = await started(page);
        if (reducedMotion === 'reduce') expect([...step, ...quick]).toEqual([]);
        else {
          expect(step).toContain(`slot ${second}`);
          expect(step).not.toContain('text');
          expect(quick).toContain('text');
          expect(quick).toContain(`slot ${second}`);
        }
        await context.close();
      }
    });

    it('passes axe on each step, the view not on screen out of reach of Tab and of screen readers', async () => {
      const { page, context } = await open(`?present=${n}&lang=en`, { viewport, reducedMotion: 'reduce' });
      for (const step of [1, 2]) {
        if (step === 2) await page.keyboard.press('ArrowRight');
        await expectScene(page, n, step);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        const hidden = stepsOf(n)[2 - step]!;
        expect(await page.getAttribute(`[data-slot="${hidden}"]`, 'inert')).toBe('');
        expect(await page.getAttribute('[data-slot][data-shown]', 'inert')).toBeNull();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          expect(await page.evaluate((view) => !!document.activeElement?.closest(`[data-slot="${view}"]`), hidden), `Tab ${i + 1} at step ${step}`).toBe(false);
        }
        const tree = await page.locator(`[data-slot="${hidden}"]`).ariaSnapshot();
        expect(tree.trim()).toBe('');
      }
      await context.close();
    });

    it('says the step in Traditional Chinese too', async () => {
      const { page, context, problems } = await open(`?present=${n}&step=2&lang=zh`, { viewport });
      await page.waitForFunction(() => document.querySelector('[data-steps]')?.getAttribute('data-step') === '2');
      expect(await page.textContent('[data-steps] .visually-hidden')).toBe('第 2 張圖（共 2 張）：政策壓力如何流向受益者');
      expect(await page.locator('footer button[aria-label="上一張圖"]').count()).toBe(1);
      expect(await page.locator('footer button[aria-label="下一幕"]').count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });
  });

  it('follows Back and Forward through scenes and steps, opens a linked scene, and clamps one past the end', async () => {
    const n = multiView[0]!;
    const { page, context, problems } = await open(`?present=${n}&lang=en`);
    await expectScene(page, n);
    await page.keyboard.press('ArrowRight');
    await expectScene(page, n, 2);
    await page.keyboard.press('ArrowRight');
    await expectScene(page, n + 1);
    await page.goBack();
    await expectScene(page, n, 2);
    await page.goBack();
    await expectScene(page, n);
    await page.goForward();
    await expectScene(page, n, 2);
    await page.goForward();
    await expectScene(page, n + 1);
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
      for (const [i, { n, step }] of slides.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await expectScene(page, n, step);
        // The view on screen keeps its source line; the keyboard how-to of explore is not on the slide.
        const shown = (selector: string) => page.$$eval(selector, (els) => els.filter((e) => e.checkVisibility({ visibilityProperty: true })).length);
        expect(await shown('[data-view] [data-source-line]'), `scene ${n}.${step} sources`).toBe(1);
        expect(await shown('[data-view="map"] .hint, [data-view="sankey"] .hint'), `scene ${n}.${step} hints`).toBe(0);
        // Nothing spills out of the view's card (the map's timeline once did, squeezed beside the Sankey).
        const spill = await page.$eval('[data-slot][data-shown] [data-view]', (card) => card.scrollWidth - card.clientWidth);
        expect(spill, `scene ${n}.${step} spills out of its card`).toBeLessThanOrEqual(1);
        const fit = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollHeight, inner: innerHeight, wide: document.scrollingElement!.scrollWidth, innerW: innerWidth }));
        expect(fit.scroll, `scene ${n}.${step} scrolls`).toBeLessThanOrEqual(fit.inner);
        expect(fit.wide, `scene ${n}.${step} scrolls sideways`).toBeLessThanOrEqual(fit.innerW);
        // All of the text shows, above the progress bar: its last line is not cut off.
        const text = await page.evaluate(() => {
          const body = document.querySelector('article.text .body')!;
          const range = document.createRange();
          range.selectNodeContents(body);
          const lines = [...range.getClientRects()];
          return { lastLine: Math.max(...lines.map((r) => r.bottom)), barTop: document.querySelector('footer.bar')!.getBoundingClientRect().top, clipped: body.closest('article')!.scrollHeight > body.closest('article')!.clientHeight + 1 };
        });
        expect(text.lastLine, `scene ${n}.${step} text`).toBeLessThanOrEqual(text.barTop);
        expect(text.clipped, `scene ${n}.${step} text clipped`).toBe(false);
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

    // In a scene of several views the notes say which is up and that the next view comes before the next scene.
    const n = multiView[0]!;
    const [first, second] = stepsOf(n).map((view) => page.locator(`[data-view="${view}"] h2`).first());
    const index = (scene: number) => slides.findIndex((s) => s.n === scene);
    for (let at = index(2); at < index(n); at++) await notes.keyboard.press('ArrowRight');
    await expectScene(page, n);
    const [firstTitle, secondTitle] = [await first!.textContent(), await second!.textContent()];
    await expect.poll(() => notes.textContent('[data-view-step]')).toBe(`View 1 of 2: ${firstTitle}`);
    expect(await notes.textContent('[data-next]')).toBe(secondTitle);
    expect(await notes.getAttribute('[data-next-kind]', 'data-next-kind')).toBe('view');
    await notes.getByRole('button', { name: /Next view/ }).click();
    await expectScene(page, n, 2);
    await expect.poll(() => notes.textContent('[data-view-step]')).toBe(`View 2 of 2: ${secondTitle}`);
    expect(await notes.textContent('[data-next]')).toBe(scenes[n]!.title.en);
    expect(await notes.getAttribute('[data-next-kind]', 'data-next-kind')).toBe('scene');
    await notes.keyboard.press('ArrowLeft');
    await expectScene(page, n);
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
