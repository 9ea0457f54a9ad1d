import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

afterAll(closeBrowser);

/** Counts every animation that starts from now on: CSS transitions and animations, and script animations (Element.animate). */
async function countAnimations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { started: string[] };
    w.started = [];
    const note = (e: Event) => w.started.push(`${e.type} ${(e.target as Element).getAttribute('class') ?? (e.target as Element).tagName}`);
    document.addEventListener('transitionrun', note, true);
    document.addEventListener('animationstart', note, true);
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      w.started.push(`animate ${this.getAttribute('class') ?? this.tagName}`);
      return animate.apply(this, args);
    };
  });
}

/**
 * Hovers a site, a Sankey node and a power point, selects a site, changes the framing, redraws a
 * role's sites and narrows the Sankey to a chapter and back: the moves that animate when motion is on.
 */
async function interact(page: Page): Promise<string[]> {
  await page.locator('[data-view="map"] g.mark').first().hover({ force: true });
  await page.locator('[data-view="sankey"] [data-id]').first().hover({ force: true });
  // Its card fades in when motion is allowed (the one CSS animation a hover starts).
  await page.locator('[data-view="sankey"] [data-detail]').waitFor();
  await page.locator('[data-view="power"] [data-id]').first().hover({ force: true });
  await page.locator('[data-view="map"] g.mark').nth(1).click({ force: true });
  await page.locator('[data-view="map"] button[data-framing="corridor"]').click();
  // Hiding a role and showing it again draws its sites anew: with motion on they grow in.
  const role = page.locator('[data-view="map"] button[data-role]').first();
  await role.click();
  await role.click();
  // Back to every chapter, the flows the chapter had hidden are drawn anew: with motion on they fade in.
  const chapter = page.locator('[data-view="sankey"] .chips button[data-chapter]').first();
  await chapter.click();
  await chapter.click();
  await page.waitForTimeout(600);
  return started(page);
}

const started = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { started: string[] }).started);

/** Presenter mode from scene 2 to 3, then to its second view, the map: the new scene's text moves in, then the map fades in. */
async function nextScene(page: Page): Promise<string[]> {
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-slot="map"][data-shown]').waitFor();
  await page.waitForTimeout(600);
  return started(page);
}

describe('motion', () => {
  it('with the system asking for reduced motion, nothing animates', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'reduce' });
    await countAnimations(page);
    expect(await interact(page)).toEqual([]);
    await context.close();
  });

  it("with the explorer's own motion switch off, nothing animates either", async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'no-preference' });
    await page.evaluate(() => localStorage.setItem('nc-motion', 'off'));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1' && document.documentElement.dataset.motion === 'off');
    await countAnimations(page);
    expect(await interact(page)).toEqual([]);
    await context.close();
  });

  it('with motion allowed, the same moves do animate (so the two tests above can fail)', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'no-preference' });
    await countAnimations(page);
    // At least the redrawn sites grow in and the flows back in the Sankey fade in (CSS animations on each).
    const moves = await interact(page);
    expect(moves).toContainEqual(expect.stringMatching(/^animationstart dot/));
    expect(moves).toContainEqual(expect.stringMatching(/^animationstart link/));
    await context.close();
  });

  it('a scene change in presenter mode animates with motion allowed, and not under reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page, context } = await open('?present=2&lang=en', { reducedMotion });
      await countAnimations(page);
      const moves = await nextScene(page);
      if (reducedMotion === 'reduce') expect(moves).toEqual([]);
      else {
        expect(moves).toContainEqual(expect.stringMatching(/^animationstart text/));
        expect(moves).toContainEqual(expect.stringMatching(/^animationstart slot/));
      }
      await context.close();
    }
  });
});
