import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

afterAll(closeBrowser);

const pages = [
  ['explore', ''],
  ['embed map', 'embed=map&'],
  ['embed sankey', 'embed=sankey&'],
  ['embed power', 'embed=power&'],
  ['presenter', 'present=1&'],
  // A selection dims what it does not concern (the power chart's notes are text that must stay
  // legible) and opens a card that can repeat a fact check shown in the panel below.
  ['explore, TSMC selected', 'sel=tsmc&'],
  ['explore, NVIDIA selected', 'sel=nvidia&'],
] as const;

// Explore gets every language × theme; the other modes each get both languages and both themes
// across two runs, which keeps the suite's time in check.
const combos = (name: string) =>
  name === 'explore'
    ? ([['zh', 'light'], ['zh', 'dark'], ['en', 'light'], ['en', 'dark']] as const)
    : ([['zh', 'light'], ['en', 'dark']] as const);

describe('axe-core finds no violations', () => {
  for (const [name, query] of pages) {
    for (const [lang, theme] of combos(name)) {
      {
        it(`${name}, ${lang}, ${theme}`, async () => {
          const { page, context } = await open(`?${query}lang=${lang}&theme=${theme}`, { colorScheme: theme, reducedMotion: 'reduce' });
          const results = await new AxeBuilder({ page }).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
          expect(summary).toEqual([]);
          await context.close();
        });
      }
    }
  }
});

describe('keyboard', () => {
  it('Tab reaches every view and every control of the explorer, with focus always visible', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'reduce' });
    const seen = new Set<string>();
    const views = new Set<string>();
    let invisible = 0;
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        // Each focused element gets a stable mark, so two unlabelled inputs never look alike.
        const w = window as unknown as { __tabCount?: number };
        if (!el.dataset.tabSeen) el.dataset.tabSeen = String((w.__tabCount = (w.__tabCount ?? 0) + 1));
        return {
          key: el.dataset.tabSeen,
          view: el.closest('[data-view]')?.getAttribute('data-view') ?? null,
          visible: box.width > 0 && box.height > 0 && (style.outlineStyle !== 'none' || style.boxShadow !== 'none' || el.matches(':focus-visible')),
        };
      });
      if (!info) continue;
      if (seen.has(info.key)) break;
      seen.add(info.key);
      if (info.view) views.add(info.view);
      if (!info.visible) invisible++;
    }
    expect([...views].sort()).toEqual(['map', 'power', 'sankey']);
    for (const control of ['[data-action="share"]', '[data-action="embed"]', '[data-action="theme"]', 'input[role="combobox"]']) {
      expect(await page.locator(control).first().getAttribute('data-tab-seen'), control).not.toBeNull();
    }
    expect(invisible).toBe(0);
    await context.close();
  });
});

describe('keyboard help', () => {
  it('opens from its button and from "?", lists the arrow keys, closes with Escape, and passes axe open', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'reduce' });
    const panel = page.locator('[data-panel="keys"]');
    expect(await panel.isVisible()).toBe(false);
    await page.locator('[data-action="keys"]').click();
    await panel.waitFor({ state: 'visible' });
    expect(await panel.textContent()).toContain('Home / End');
    const results = await new AxeBuilder({ page }).include('[data-panel="keys"]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await page.locator('h1').click();
    await page.keyboard.press('?');
    await panel.waitFor({ state: 'visible' });
    await context.close();
  });
});

describe('print', () => {
  it('puts every view on the page without the controls', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'reduce' });
    await page.emulateMedia({ media: 'print' });
    for (const view of ['map', 'sankey', 'power']) expect(await page.locator(`figure[data-view="${view}"]`).isVisible()).toBe(true);
    for (const control of ['[data-action="share"]', 'input[role="combobox"]', '[data-panel="loader"]']) {
      expect(await page.locator(control).first().isVisible(), control).toBe(false);
    }
    // A PDF renders through Chromium's print path.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});

describe('arrow keys reach every mark', () => {
  const focusedKey = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('data-key') ?? el?.getAttribute('data-id') ?? null;
    });
  /** Tabs until focus is on a mark inside the view. */
  async function tabInto(page: import('playwright-core').Page, view: string) {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate((v) => {
        const el = document.activeElement;
        return !!el?.closest(`[data-view="${v}"]`) && (el.hasAttribute('data-id') || el.hasAttribute('data-key'));
      }, view);
      if (inside) return;
    }
    throw new Error(`no mark of ${view} reached by Tab`);
  }
  /** Presses a key until focus stops moving; returns every key visited. */
  async function run(page: import('playwright-core').Page, key: string, into: Set<string>) {
    let last = await focusedKey(page);
    if (last) into.add(last);
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press(key);
      const now = await focusedKey(page);
      if (now === last) return;
      if (now) into.add(now);
      last = now;
    }
  }

  it('the Sankey: every node, column by column', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'reduce' });
    const all = new Set(await page.locator('[data-view="sankey"] [data-id][tabindex]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!)));
    await tabInto(page, 'sankey');
    await page.keyboard.press('Home');
    const seen = new Set<string>();
    for (let column = 0; column < 8; column++) {
      await run(page, 'ArrowUp', seen);
      await run(page, 'ArrowDown', seen);
      // Step right from the lowest node that has a link to the next column.
      const before = await focusedKey(page);
      await page.keyboard.press('ArrowRight');
      for (let tries = 0; (await focusedKey(page)) === before && tries < 60; tries++) {
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowRight');
      }
      if ((await focusedKey(page)) === before) break;
    }
    expect([...all].filter((id) => !seen.has(id))).toEqual([]);
    await context.close();
  });

  it('the power chart: every point of every series', async () => {
    const { page, context } = await open('?lang=en', { reducedMotion: 'reduce' });
    const all = new Set(await page.locator('[data-view="power"] [data-key][tabindex]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!)));
    await tabInto(page, 'power');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Home');
      await run(page, 'ArrowRight', seen);
      const before = await focusedKey(page);
      await page.keyboard.press('ArrowDown');
      if ((await focusedKey(page)) === before) break;
    }
    expect(all.size).toBeGreaterThan(10);
    expect([...all].filter((key) => !seen.has(key))).toEqual([]);
    await context.close();
  });
});

describe('responsive layout', () => {
  for (const width of [320, 390, 768, 1280, 1920]) {
    it(`has no horizontal scrolling at ${width} px, with every control reachable`, async () => {
      const { page, context } = await open('?lang=zh', { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      for (const control of ['[data-action="share"]', '[data-action="keys"]', 'input[role="combobox"]', 'nav.chapters button']) {
        const box = await page.locator(control).first().boundingBox();
        expect(box, control).not.toBeNull();
        expect(box!.x, control).toBeGreaterThanOrEqual(0);
        expect(box!.height, control).toBeGreaterThanOrEqual(24);
      }
      await context.close();
    });
  }
});
