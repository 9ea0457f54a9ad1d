import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, open, waitForReady } from './browser';

const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const sites = data('sites.json').sites as { id: string; entity: string }[];
const links = data('flows.json').links as { source: string; target: string }[];
const nodeCount = (data('flows.json').nodes as unknown[]).length;

afterAll(closeBrowser);

/** Upstream closure of a Sankey node, computed from the data (not from the app). */
function upstream(id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of links) if (out.has(l.target) && !out.has(l.source)) (out.add(l.source), (grew = true));
  }
  return out;
}

/** Ids a view shows lit: marks not dimmed, and (the Sankey) copies drawn over its veil. */
const litIn = (page: Page, view: string) =>
  page
    .locator(`[data-view="${view}"] [data-id]:not([data-dim]):not(:is([data-active] *)), [data-view="${view}"] g[data-lit]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? e.getAttribute('data-lit')))
    .then((ids) => new Set(ids));

describe('linked views and the URL', () => {
  it('selecting a site on the map highlights its company in the Sankey and puts it in the URL', async () => {
    const site = sites.find((s) => links.some((l) => l.target === s.entity))!;
    const { page, problems, context } = await open('?lang=en');
    await page.locator(`[data-view="map"] [data-id="${site.id}"]`).first().click({ force: true });
    await page.waitForFunction((id) => location.search.includes(`sel=${id}`), site.id);
    // Everything upstream of the company stays lit, nodes outside its paths dim.
    const expected = upstream(site.entity);
    const litIds = await litIn(page, 'sankey');
    expect(litIds.has(site.entity)).toBe(true);
    for (const id of expected) expect(litIds.has(id), `${id} lit`).toBe(true);
    expect(litIds.size).toBeLessThan(nodeCount);
    expect(await page.locator('[data-selection]').getAttribute('data-selection')).toBe(site.id);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reloading the URL restores the selection in all views; Back returns to the previous one', async () => {
    const [a, b] = [sites[0]!, sites.find((s) => s.entity !== sites[0]!.entity)!];
    const { page, problems, context } = await open(`?lang=en&sel=${a.id}`);
    const mapLit = await litIn(page, 'map');
    expect(mapLit.has(a.id)).toBe(true);
    expect(mapLit.has(b.id)).toBe(false);
    await page.locator(`[data-view="map"] [data-id="${b.id}"]`).first().click({ force: true });
    await page.waitForFunction((id) => location.search.includes(`sel=${id}`), b.id);
    await page.reload();
    await waitForReady(page);
    expect(await page.locator('[data-selection]').getAttribute('data-selection')).toBe(b.id);
    await page.goBack();
    await page.waitForFunction((id) => location.search.includes(`sel=${id}`), a.id);
    expect(await page.locator('[data-selection]').getAttribute('data-selection')).toBe(a.id);
    // The pointer leaves the marks (it was left on one by the click), so only the selection lights.
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('sel='));
    await page.waitForFunction(() => !document.querySelector('[data-view] [data-id][data-dim], [data-view] .lit, [data-view] [data-lit]'));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds a company by ticker in the search box and selects it everywhere', async () => {
    const { page, problems, context } = await open('?lang=zh');
    const search = page.getByRole('combobox');
    await search.fill('2382');
    await page.getByRole('option').first().waitFor();
    await search.press('Enter');
    await page.waitForFunction(() => location.search.includes('sel=quanta'));
    const bar = (await page.locator('[data-selection]').textContent()) ?? '';
    expect(bar).toContain('廣達');
    const quantaSites = sites.filter((s) => s.entity === 'quanta').length;
    expect(bar).toContain(`${quantaSites} 個據點`);
    expect(await page.locator('[data-announcer]').textContent()).toContain('廣達');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a chapter filters every view and pushes history', async () => {
    const { page, problems, context } = await open('?lang=en');
    await page.locator('nav.chapters [data-chapter="ch-power"]').click();
    await page.waitForFunction(() => location.search.includes('ch=ch-power'));
    expect(await page.locator('nav.chapters [data-chapter="ch-power"]').getAttribute('aria-pressed')).toBe('true');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('ch='));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renders the default view for a URL full of garbage, with no console error', async () => {
    const { page, problems, context } = await open('?sel=%3Cscript%3E&ch=../../x&frame=moon&hide=,,&until=9999-99&unit=%00&lang=klingon&embed=nope&data=javascript:alert(1)&zz=%E0%A4%A');
    for (const view of ['map', 'sankey', 'power']) {
      expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
