import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { PowerFile, PowerSeries } from '../../src/lib/data/schema';
import { closeBrowser, open } from './browser';

const power: PowerFile = JSON.parse(readFileSync(new URL('../../data/power.json', import.meta.url), 'utf8'));
const view = '[data-view="power"]';

afterAll(closeBrowser);

const actual = (s: PowerSeries) => s.points.filter((p) => p.kind === 'actual' && p.value !== null);

describe('the power chart', () => {
  it("shows the article's 21% as a claim, with a note giving the IEA's own highest figure", async () => {
    const { page, context, problems } = await open('?lang=en&unit=share');
    const claimSeries = power.series.find((s) => s.panel === 'global' && s.unit === '%' && s.points.some((p) => p.kind === 'claim'))!;
    const claim = claimSeries.points.find((p) => p.kind === 'claim')!;
    const marker = page.locator(`${view} [data-id="${claimSeries.id}"][data-kind="claim"][data-year="${claim.year}"]`);
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('aria-label')).toContain(`${claim.value}%`);

    const note = power.annotations.find((a) => a.kind === 'claim' && a.panel === 'global')!;
    const text = await page.locator(`${view} [data-annotation="${note.id}"]`).textContent();
    expect(text).toContain(note.body.en);
    // The IEA's highest scenario value, read from the data, is what the note sets against 21%.
    const highest = Math.max(...power.series.filter((s) => s.panel === 'global' && s.unit === '%' && s.scenario).flatMap((s) => s.points.map((p) => p.value ?? 0)));
    expect(text).toContain(`${highest}%`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("computes TSMC's 2024 share from its TWh and Taiwan's total, and shows how", async () => {
    const { page, context } = await open('?lang=en');
    const tsmc = power.series.find((s) => s.panel === 'taiwan' && s.unit === 'TWh' && s.entity === 'tsmc')!;
    const total = power.series.find((s) => s.panel === 'taiwan' && s.unit === 'TWh' && s.entity === null && s.scenario === null)!;
    const num = actual(tsmc).find((p) => p.year === 2024)!.value!;
    const den = actual(total).find((p) => p.year === 2024)!.value!;
    const expected = `${((num / den) * 100).toFixed(1)}%`;
    const share = power.series
      .filter((s) => s.panel === 'taiwan' && s.unit === '%' && s.measure === tsmc.measure)
      .sort((a, b) => actual(b).length - actual(a).length)[0]!;

    const mark = page.locator(`${view} [data-key="${share.id}:2024:derived"]`);
    expect(await mark.getAttribute('aria-label')).toContain(expected);
    await mark.focus();
    const tip = page.locator(`${view} [data-tip="${share.id}:2024:derived"]`);
    await tip.waitFor();
    const tipText = (await tip.textContent())!;
    expect(tipText).toContain(expected);
    expect(tipText).toContain(`${num} TWh`);
    expect(tipText).toContain(`${den.toLocaleString('en')} TWh`);
    await context.close();
  });

  it('steps through years with the keyboard from a single tab stop', async () => {
    const { page, context } = await open('?lang=en');
    const tabbable = await page.locator(`${view} svg [tabindex="0"]`).count();
    expect(tabbable).toBe(1);
    // Tab from the control just before the first plot.
    await page.locator(`${view} [data-panel="global"] .legend button`).last().focus();
    await page.keyboard.press('Tab');
    const first = power.series.find((s) => s.panel === 'global' && s.unit === 'TWh')!;
    const years = [...new Set(first.points.filter((p) => p.value !== null).map((p) => p.year))].sort((a, b) => a - b);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.getAttribute('data-id'), year: document.activeElement?.getAttribute('data-year') }));
    expect(await focused()).toEqual({ id: first.id, year: String(years[0]) });
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ id: first.id, year: String(years[1]) });
    expect(await page.locator(`${view} [data-tip]`).textContent()).toContain(String(years[1]));
    await page.keyboard.press('End');
    expect((await focused()).year).toBe(String(years.at(-1)));
    await page.keyboard.press('ArrowDown');
    expect((await focused()).id).not.toBe(first.id);
    await context.close();
  });

  it('follows the pointer with a tooltip that gives the unit and the sources', async () => {
    const { page, context } = await open('?lang=en');
    const base = power.series.find((s) => s.panel === 'global' && s.unit === 'TWh' && s.scenario === 'base')!;
    const point = base.points.find((p) => p.kind === 'projection')!;
    const dot = page.locator(`${view} [data-key="${base.id}:${point.year}:projection"] .dot`);
    // Centred, so the page's sticky bars cannot sit between the pointer and the mark.
    await dot.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await dot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator(`${view} [data-tip="${base.id}:${point.year}:projection"]`);
    await tip.waitFor();
    expect(await tip.textContent()).toContain('TWh');
    expect(await tip.locator('[data-sources]').getAttribute('data-sources')).toContain(point.sources[0]!);
    await context.close();
  });

  it('switches the world panel between TWh and shares, and the axis with it', async () => {
    const { page, context } = await open('?lang=en');
    const ticks = () => page.locator(`${view} [data-panel="global"] .axis.y text`).allTextContents();
    expect((await ticks()).some((t) => t.includes('%'))).toBe(false);
    await page.click(`${view} [data-unit="share"]`);
    expect(await page.getAttribute(`${view} [data-panel="global"]`, 'data-unit')).toBe('%');
    expect((await ticks()).every((t) => t.endsWith('%'))).toBe(true);
    expect(page.url()).toContain('unit=share');
    await context.close();
  });

  it('hides a series from its legend button', async () => {
    const { page, context } = await open('?lang=en');
    const liftOff = power.series.find((s) => s.panel === 'global' && s.unit === 'TWh' && s.scenario === 'lift-off')!;
    const button = page.locator(`${view} .legend button[data-series="${liftOff.id}"]`);
    expect(await page.locator(`${view} svg [data-series="${liftOff.id}"]`).count()).toBe(1);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator(`${view} svg [data-series="${liftOff.id}"]`).count()).toBe(0);
    await context.close();
  });

  it("emphasises TSMC's series when TSMC is selected, and the grid plan for a grid-equipment maker", async () => {
    const tsmcSeries = power.series.find((s) => s.entity === 'tsmc' && s.unit === '%')!;
    const world = power.series.find((s) => s.panel === 'global' && s.unit === 'TWh')!;
    const a = await open('?lang=en&sel=tsmc');
    expect(await a.page.getAttribute(`${view} svg [data-series="${tsmcSeries.id}"]`, 'class')).not.toMatch(/\bdim\b/);
    expect(await a.page.getAttribute(`${view} svg [data-series="${world.id}"]`, 'class')).toMatch(/\bdim\b/);
    await a.context.close();

    const plan = power.annotations.find((x) => x.kind === 'period')!;
    const b = await open(`?lang=en&sel=${plan.entities[0]}`);
    const planClass = await b.page.locator(`${view} [data-id="${plan.id}"]`).evaluate((el) => el.parentElement!.getAttribute('class'));
    expect(planClass).not.toMatch(/\bdim\b/);
    expect(await b.page.getAttribute(`${view} svg [data-series="${world.id}"]`, 'class')).toMatch(/\bdim\b/);
    await b.context.close();
  });
});
