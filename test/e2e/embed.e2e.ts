import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

const publishers = (JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')).sources as { publisher: string }[]).map((s) => s.publisher);

afterAll(closeBrowser);

describe('embed mode', () => {
  for (const view of ['map', 'sankey', 'power'] as const) {
    it(`shows only the ${view} view, a source line and a link to the full explorer with the same state`, async () => {
      const { page, problems, context } = await open(`?embed=${view}&sel=tsmc&lang=en`, { viewport: { width: 390, height: 700 } });
      expect(await page.locator('[data-view]').count()).toBe(1);
      expect(await page.getAttribute('[data-view]', 'data-view')).toBe(view);
      expect(await page.locator('.masthead, nav.chapters').count()).toBe(0);
      const link = page.getByRole('link', { name: /full explorer/ });
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toContain('sel=tsmc');
      expect(href).not.toContain('embed=');
      const line = (await page.locator('[data-view] [data-source-line]').textContent()) ?? '';
      expect(line).toContain('Source');
      // The source line names who the figures come from (publishers in sources.json), not only us.
      expect(publishers.some((p) => line.includes(p))).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('the demo host page sizes each iframe to its content, growing and shrinking with it', async () => {
    const { page, problems, context } = await open('embed-demo.html', { waitReady: false, viewport: { width: 800, height: 900 } });
    const frames = ['frame-map', 'frame-sankey', 'frame-power'];
    for (const id of frames) {
      const handle = (await page.$(`#${id}`))!;
      await handle.scrollIntoViewIfNeeded();
      const frame = (await handle.contentFrame())!;
      await frame.waitForFunction(() => document.documentElement.dataset.ready === '1');
      const content = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
      await page.waitForFunction(
        ([sel, h]) => Math.abs((document.querySelector(sel as string) as HTMLElement).getBoundingClientRect().height - (h as number)) <= 2,
        [`#${id}`, content],
      );
      // Shrink: the content loses height (a view collapses), the frame follows it down.
      await frame.evaluate(() => {
        (document.querySelector('.embed [data-view] .view-body') as HTMLElement).style.display = 'none';
      });
      const smaller = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
      expect(smaller).toBeLessThan(content);
      await page.waitForFunction(
        ([sel, h]) => Math.abs((document.querySelector(sel as string) as HTMLElement).getBoundingClientRect().height - (h as number)) <= 2,
        [`#${id}`, smaller],
      );
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
