import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

interface Flows {
  nodes: { id: string; column: number }[];
  links: { source: string; target: string; chapters: string[] }[];
}
const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const flows: Flows = data('flows.json');
const entities: { id: string; kind: string; order?: number }[] = data('entities.json').entities;

const SANKEY = '[data-view="sankey"]';
const NODE = `${SANKEY} svg .node[data-id]`;

/** Every node upstream of `id` in flows.json, and `id` itself. */
function upstream(id: string): Set<string> {
  const out = new Set([id]);
  const stack = [id];
  while (stack.length) {
    const at = stack.pop()!;
    for (const l of flows.links) if (l.target === at && !out.has(l.source)) out.add(l.source), stack.push(l.source);
  }
  return out;
}

/** Boxes of every drawn label and column head that intersect another (a 0.5 px tolerance for anti-aliasing). */
async function overlappingLabels(page: Page): Promise<string[]> {
  const boxes = await page.$$eval(`${SANKEY} svg text[data-label]`, (texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      return { name: `${t.getAttribute('data-label')} "${t.textContent}"`, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    }),
  );
  const out: string[] = [];
  const e = 0.5;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.x0 + e < b.x1 && b.x0 + e < a.x1 && a.y0 + e < b.y1 && b.y0 + e < a.y1) out.push(`${a.name} × ${b.name}`);
    }
  });
  return out;
}

/** Brings a mark to the middle of the viewport, clear of any sticky bar, before pointing at it. */
async function centre(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
}

afterAll(closeBrowser);

describe('the Sankey', () => {
  it('draws one node per entry of flows.nodes and one band per link', async () => {
    const { page, context, problems } = await open('?lang=en');
    expect(await page.getAttribute(SANKEY, 'data-state')).toBe('ready');
    const ids = await page.$$eval(NODE, (els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids.sort()).toEqual(flows.nodes.map((n) => n.id).sort());
    expect(await page.locator(`${SANKEY} path.link[data-link]`).count()).toBe(flows.links.length);
    for (const id of ids.slice(0, 3)) expect(await page.getAttribute(`${NODE}[data-id="${id}"]`, 'aria-label')).toBeTruthy();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('hovering a company lights exactly its upstream chain and dims the rest', async () => {
    const { page, context } = await open('?lang=en');
    const companies = flows.nodes.filter((n) => entities.find((e) => e.id === n.id)?.kind === 'company');
    // The company with the longest chain makes the strictest test.
    const company = companies.map((n) => n.id).sort((a, b) => upstream(b).size - upstream(a).size)[0]!;
    const expected = upstream(company);
    expect(expected.size).toBeGreaterThan(2);
    const selector = `${NODE}[data-id="${company}"]`;
    await centre(page, selector);
    await page.hover(selector);
    // The marks stay as they are; a veil dims them and copies of the lit ones are drawn over it.
    await page.waitForSelector(`${SANKEY} .lit .veil`);
    const bright = await page.$$eval(`${SANKEY} .lit .node[data-lit]`, (els) => els.map((e) => e.getAttribute('data-lit')));
    expect(new Set(bright)).toEqual(expected);
    expect(bright.length).toBe(expected.size);
    expect(await page.locator(NODE).count()).toBe(flows.nodes.length);
    // Links: exactly those between nodes of the chain stay bright.
    const litLinks = await page.$$eval(`${SANKEY} .lit path.link[data-lit]`, (els) => els.map((e) => e.getAttribute('data-lit')));
    const expectedLinks = flows.links.filter((l) => expected.has(l.source) && expected.has(l.target)).map((l) => `${l.source}->${l.target}`);
    expect(litLinks.sort()).toEqual(expectedLinks.sort());
    // The copies are not in the accessibility tree and take no pointer events.
    expect(await page.getAttribute(`${SANKEY} .lit`, 'aria-hidden')).toBe('true');
    expect(await page.$eval(`${SANKEY} .lit`, (el) => getComputedStyle(el).pointerEvents)).toBe('none');
    // A detail card previews the node.
    await page.locator(`${SANKEY} [data-detail]`).waitFor();
    expect(await page.locator(`${SANKEY} [data-detail]`).count()).toBe(1);
    await context.close();
  });

  it('shows a cycle in flows.json as an error in the Sankey only', async () => {
    const cyclic = data('flows.json') as Flows;
    const link = cyclic.links[0]!;
    const sink = cyclic.links.find((l) => l.source === link.target)!.target;
    cyclic.links.push({ ...link, source: sink, target: link.source });
    const { page, context } = await open('?lang=en', { waitReady: false });
    await context.route('**/data/flows.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(cyclic) }));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    expect(await page.getAttribute(SANKEY, 'data-state')).toBe('error');
    const message = await page.textContent(`${SANKEY} [role="alert"]`);
    expect(message).toContain(`flows.json: links: expected links without a cycle, got a cycle ${link.source} → ${link.target} → ${sink} → ${link.source}`);
    expect(await page.getAttribute('[data-view="map"]', 'data-state')).toBe('ready');
    expect(await page.getAttribute('[data-view="power"]', 'data-state')).toBe('ready');
    await context.close();
  });

  it('takes one tab stop; arrows move, Enter selects, Escape clears', async () => {
    const { page, context } = await open('?lang=en');
    const chips = page.locator(`${SANKEY} .chips button`);
    await chips.last().focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    const first = await focused();
    expect(first).not.toBeNull();
    expect(flows.nodes.find((n) => n.id === first)!.column).toBe(Math.min(...flows.nodes.map((n) => n.column)));
    expect(await page.locator(`${NODE}[tabindex="0"]`).count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    const second = await focused();
    expect(second).not.toBe(first);
    expect(flows.nodes.find((n) => n.id === second)!.column).toBe(flows.nodes.find((n) => n.id === first)!.column);
    await page.keyboard.press('ArrowRight');
    const third = (await focused())!;
    expect(flows.links.some((l) => l.source === second && l.target === third)).toBe(true);
    // Focus previews like a hover: the card follows (one frame after the highlight).
    await page.locator(`${SANKEY} [data-detail]`).waitFor();
    expect(await page.locator(`${SANKEY} [data-detail]`).count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(third);
    expect(await page.getAttribute(`${NODE}[data-id="${third}"]`, 'aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    await page.keyboard.press('End');
    const last = (await focused())!;
    expect(flows.nodes.find((n) => n.id === last)!.column).toBe(Math.max(...flows.nodes.map((n) => n.column)));
    // Tabbing on leaves the diagram: one stop only.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg .node') === null)).toBe(true);
    await context.close();
  });

  it('on a phone, a selection from the URL shows its card only while the Sankey is on screen', async () => {
    const company = entities.find((e) => e.kind === 'company' && flows.nodes.some((n) => n.id === e.id))!.id;
    const { page, context } = await open(`?lang=en&sel=${company}`, { viewport: { width: 390, height: 844 } });
    const card = page.locator(`${SANKEY} [data-detail]`);
    await card.waitFor({ state: 'attached' });
    // At load the page shows its top (the map): the Sankey's bottom sheet must not cover it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.locator(`${NODE}[data-id="${company}"]`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await expect.poll(() => card.isVisible()).toBe(true);
    await context.close();
  });

  it('filters to a chapter’s flows with a chip, in the URL', async () => {
    const { page, context } = await open('?lang=en');
    const chapter = entities.filter((e) => e.kind === 'chapter').sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[1]!.id;
    const kept = flows.links.filter((l) => l.chapters.includes(chapter));
    const touched = new Set(kept.flatMap((l) => [l.source, l.target]));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(flows.links.length);
    await page.click(`${SANKEY} .chips [data-chapter="${chapter}"]`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-view="sankey"] path.link[data-link]').length === n, kept.length);
    expect(new URL(page.url()).searchParams.get('ch')).toBe(chapter);
    expect(await page.getAttribute(`${SANKEY} .chips [data-chapter="${chapter}"]`, 'aria-pressed')).toBe('true');
    const links = await page.$$eval(`${SANKEY} path.link[data-link]`, (els) => els.map((e) => e.getAttribute('data-link')));
    expect(links.sort()).toEqual(kept.map((l) => `${l.source}->${l.target}`).sort());
    const ids = await page.$$eval(NODE, (els) => els.map((e) => e.getAttribute('data-id')));
    expect(new Set(ids)).toEqual(touched);
    // The table builds its rows only once opened.
    expect(await page.locator(`${SANKEY} details tbody tr`).count()).toBe(0);
    await page.click(`${SANKEY} details summary`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-view="sankey"] details tbody tr').length === n, kept.length);
    await context.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const lang of ['en', 'zh'] as const) {
      it(`has no overlapping labels at ${width}×${height} (${lang})`, async () => {
        const { page, context } = await open(`?lang=${lang}`, { viewport: { width, height } });
        expect(await page.locator(`${SANKEY} svg text[data-label]`).count()).toBeGreaterThan(flows.nodes.length);
        expect(await overlappingLabels(page)).toEqual([]);
        // Nothing spills out of the view sideways.
        const overflow = await page.$eval(SANKEY, (el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      });
    }
  }
});
