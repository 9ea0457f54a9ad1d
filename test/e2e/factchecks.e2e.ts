import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const sites = data('sites.json').sites as { id: string; entity: string; approx: boolean; sources: string[] }[];
const links = data('flows.json').links as { source: string; target: string; sources: string[] }[];
const power = data('power.json') as { series: { id: string; sources: string[] }[]; annotations: { id: string; sources: string[] }[] };
const entities = data('entities.json').entities as { id: string; sources: string[] }[];
const sources = data('sources.json').sources as { id: string }[];

/** Every claim in the data, found by walking the files (not by the code under test). */
function claimsIn(value: unknown, out = new Map<string, { verdict: string }>()) {
  if (Array.isArray(value)) value.forEach((v) => claimsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'claims' && Array.isArray(v)) for (const c of v) out.set(c.id, c);
      claimsIn(v, out);
    }
  }
  return out;
}
const claims = claimsIn([data('sites.json'), data('flows.json'), data('power.json')]);

/** The sources behind any id a mark can carry: a site, an entity or node (its own and its links'), a series, an annotation, a link. */
const sourcesOf = new Map<string, Set<string>>();
const addSources = (id: string, ids: readonly string[]) => {
  const set = sourcesOf.get(id) ?? sourcesOf.set(id, new Set()).get(id)!;
  ids.forEach((s) => set.add(s));
};
for (const s of sites) addSources(s.id, s.sources);
for (const e of entities) addSources(e.id, e.sources);
for (const l of links) {
  addSources(l.source, l.sources);
  addSources(l.target, l.sources);
  addSources(`${l.source}->${l.target}`, l.sources);
}
for (const s of power.series) addSources(s.id, s.sources);
for (const a of power.annotations) addSources(a.id, a.sources);

afterAll(closeBrowser);

describe('every figure traceable', () => {
  it('maps every mark in every view to a record with at least one source that the sources panel lists', async () => {
    const { page, context } = await open('?lang=en');
    const marks = await page.$$eval('[data-view] [data-id]', (els) => [...new Set(els.map((e) => e.getAttribute('data-id')!))]);
    expect(marks.length).toBeGreaterThan(sites.length);
    // The list is built when its <details> opens.
    await page.locator('[data-panel="sources"] summary').click();
    // The list is drawn on the details' toggle event, a task after the click.
    await page.locator('[data-panel="sources"] li[data-source]').first().waitFor();
    const listed = new Set(await page.$$eval('[data-panel="sources"] li[data-source]', (els) => els.map((e) => e.getAttribute('data-source'))));
    for (const id of marks) {
      const cited = [...(sourcesOf.get(id) ?? [])];
      expect(cited.length, `mark ${id} has no source`).toBeGreaterThan(0);
      expect(cited.filter((s) => !listed.has(s)), `mark ${id}`).toEqual([]);
    }
    await context.close();
  });

  it('lists every source once, grouped by view, with the figures that cite it', async () => {
    const { page, context } = await open('?lang=en');
    const panel = page.locator('[data-panel="sources"]');
    await panel.locator('summary').click();
    await panel.locator('li[data-source]').first().waitFor();
    expect(await panel.locator('li[data-source]').count()).toBe(sources.length);
    expect(await panel.locator('h3[data-section]').count()).toBeGreaterThan(1);
    // A site's source names that site among the figures citing it.
    const site = sites.find((s) => s.sources.length)!;
    const citedBy = await panel.locator(`[data-cited-by="${site.sources[0]}"]`).textContent();
    const city = data('sites.json').sites.find((s: { id: string }) => s.id === site.id).city.en;
    expect(citedBy).toContain(city);
    await context.close();
  });
});

describe('the fact-check panel', () => {
  it('lists every claim in the data, each with what the article says, the record, a verdict and sources', async () => {
    const { page, context, problems } = await open('?lang=en');
    const panel = page.locator('[data-panel="factchecks"]');
    const shown = await panel.locator('[data-claim]').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')!));
    expect(shown.sort()).toEqual([...claims.keys()].sort());
    // The article's known discrepancies are all there.
    for (const topic of [/china-share/, /amkor/, /wistron/, /cowos/, /21/, /tsmc-share|6pct/]) expect(shown.some((id) => topic.test(id)), String(topic)).toBe(true);
    for (const item of await panel.locator('li.check').all()) {
      expect(await item.locator('.article').textContent()).toBeTruthy();
      expect(await item.locator('.record').textContent()).toBeTruthy();
      expect(await item.locator('.verdict').textContent()).toMatch(/Verdict: \w/);
      expect(await item.locator('.source-list li').count()).toBeGreaterThan(0);
      expect(await item.locator('button[data-show]').count()).toBeGreaterThan(0);
    }
    expect(await panel.locator('h2').textContent()).toContain(`(${claims.size})`);
    expect(problems).toEqual([]);
    await context.close();
  });

  // A reader scrolling through the cards, or a link or click aimed below them, must find things
  // where they were drawn: cards skipped off screen with a placeholder height moved the sources
  // panel by ~1,000 px on a phone as they came into view.
  it.each([
    [1280, 800],
    [390, 844],
  ])('keeps what is below the cards in place as they scroll into view, at %i×%i', async (width, height) => {
    const { page, context } = await open('?lang=en', { viewport: { width, height } });
    const summary = page.locator('[data-panel="sources"] summary');
    await summary.waitFor();
    const top = () => summary.evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));
    const before = await top();
    await page.locator('[data-panel="factchecks"] .claims').evaluate((el) => el.scrollIntoView());
    for (let i = 0; i < 25; i++) {
      await page.mouse.wheel(0, 500);
      await page.waitForTimeout(40);
    }
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await top()).toBe(before);
    await context.close();
  });

  it('summarises approximate locations from the data', async () => {
    const { page, context } = await open('?lang=en');
    const approx = sites.filter((s) => s.approx).length;
    const item = page.locator('[data-panel="factchecks"] [data-flag="approxSites"]');
    expect(Number(await item.getAttribute('data-count'))).toBe(approx);
    expect(await item.locator('summary').textContent()).toContain(`${approx} approximate location`);
    await context.close();
  });

  it('“show in view” selects the record and brings its view into sight', async () => {
    const { page, context } = await open('?lang=en');
    const buttons = page.locator('[data-panel="factchecks"] li.check button[data-show]');
    for (const view of ['map', 'sankey', 'power']) {
      const button = page.locator(`[data-panel="factchecks"] li.check button[data-show-view="${view}"]`).first();
      if ((await button.count()) === 0) continue;
      const target = (await button.getAttribute('data-show'))!;
      await button.click();
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('sel') === id, target);
      await page.waitForFunction((v) => {
        const r = document.querySelector(`[data-view="${v}"]`)!.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0 && Math.abs(r.top) < innerHeight / 2;
      }, view);
      // Let the smooth scroll end: the next click's own scroll to its button would cut it short, and
      // Chromium then drops a second smooth scroll to the same place (the Sankey and the power chart
      // share a row) as one already under way.
      await page.evaluate(
        () =>
          new Promise<void>((settled) => {
            let last = -1;
            let still = 0;
            const step = () => {
              still = scrollY === last ? still + 1 : 0;
              last = scrollY;
              if (still >= 3) settled();
              else requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
          }),
      );
    }
    expect(await buttons.count()).toBeGreaterThanOrEqual(claims.size);
    await context.close();
  });
});
