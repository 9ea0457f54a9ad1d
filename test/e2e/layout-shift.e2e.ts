import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, url } from './browser';

// Nothing a reader is looking at may jump while the page loads (Cumulative Layout Shift, which
// Lighthouse weighs in its performance score): the map's placeholder reserves about its drawn
// height, the chapters keep a row of their own where the search's row cannot hold them, and an
// embed's credit line arrives with its drawn view.

interface Shift {
  value: number;
  sources: string[];
}

const viewports = [
  [390, 844],
  [768, 1024],
  [1350, 940],
] as const;
const pages = ['?lang=en', '?lang=zh', '?embed=map&lang=en', '?embed=sankey&lang=en', '?embed=power&lang=en'];

afterAll(closeBrowser);

describe('layout stability while loading', () => {
  it.each(viewports)('at %i×%i nothing on screen moves', async (width, height) => {
    const { page, context } = await open('', { waitReady: false, viewport: { width, height }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      const shifts: Shift[] = [];
      (window as unknown as { shifts: Shift[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] })[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of pages) {
      await page.goto(url(path));
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      // What loads after the views (search, the panels below, the cards' code) has arrived too.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, `${path}: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
    }
    await context.close();
  });
});
