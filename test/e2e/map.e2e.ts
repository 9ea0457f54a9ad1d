import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';
import { pointProjection } from '../../src/lib/model/map/projection';
import { PACIFIC_MERIDIAN } from '../../src/lib/model/map/framing';

interface SiteRow {
  id: string;
  entity: string;
  role: string;
  origin: string | null;
  announced: string | null;
  sources: string[];
  claims?: { id: string }[];
  city: { en: string };
  lon: number;
  lat: number;
}
const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const sites: SiteRow[] = data('sites.json').sites;
const entities = new Map<string, { hq: unknown }>(data('entities.json').entities.map((e: { id: string }) => [e.id, e]));
const sourceTitles = new Map<string, string>(data('sources.json').sources.map((s: { id: string; title: string }) => [s.id, s.title]));
const withArc = sites.filter((s) => s.origin !== null && entities.get(s.origin)?.hq);

const MAP = '[data-view="map"]';
const MARKS = `${MAP} .mark[data-id]`;
// Reduced motion: framing changes land at once, so geometry can be measured right after a click.
const still = { reducedMotion: 'reduce' as const, serviceWorkers: 'block' as const };

afterAll(closeBrowser);

describe('the corridor map', () => {
  it('draws one marker per site and one arc per site with a Taiwan origin, the air route dashed', async () => {
    const { page, problems, context } = await open('?lang=en', still);
    expect(await page.getAttribute(MAP, 'data-state')).toBe('ready');
    const ids = await page.locator(MARKS).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids.sort()).toEqual(sites.map((s) => s.id).sort());
    const arcs = await page.locator(`${MAP} [data-arc]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-arc')));
    expect(arcs.sort()).toEqual(withArc.map((s) => s.id).sort());
    const air = withArc.filter((s) => s.role === 'air').map((s) => s.id);
    expect(air.length).toBeGreaterThan(0);
    for (const id of air) {
      expect(await page.locator(`${MAP} [data-arc="${id}"]`).evaluate((e) => getComputedStyle(e).strokeDasharray)).not.toBe('none');
    }
    // Every undisclosed amount is a hollow marker; sites with a fact check carry the marker.
    for (const s of data('sites.json').sites as (SiteRow & { investment: unknown })[]) {
      const mark = page.locator(`${MAP} [data-id="${s.id}"]`);
      expect(await mark.locator('.dot.hollow').count()).toBe(s.investment === null ? 1 : 0);
      expect(await mark.locator('.claim-mark').count()).toBe(s.claims?.length ? 1 : 0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('frames Phoenix, Fort Worth, Houston, Ciudad Juárez and Guadalajara with the Corridor preset', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page, problems, context } = await open('?lang=en', { ...still, viewport });
      await page.click(`${MAP} [data-framing="corridor"]`);
      expect(page.url()).toContain('frame=corridor');
      await page.waitForSelector(`${MAP} svg[data-geo="fine"]`);
      const svg = (await page.locator(`${MAP} svg[data-geo]`).boundingBox())!;
      const cities = ['Phoenix', 'Fort Worth', 'Houston', 'Ciudad Juárez', 'Guadalajara'];
      for (const city of cities) {
        const site = sites.find((s) => s.city.en.startsWith(city));
        expect(site, city).toBeDefined();
        const box = (await page.locator(`${MAP} [data-id="${site!.id}"] .dot`).boundingBox())!;
        expect({ city, inside: box.x >= svg.x && box.y >= svg.y && box.x + box.width <= svg.x + svg.width && box.y + box.height <= svg.y + svg.height }).toEqual({ city, inside: true });
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('is one tab stop whose arrow keys visit every site; Enter opens a card with the sources', async () => {
    const { page, context } = await open('?lang=en', still);
    await page.locator(`${MAP} button[data-role]`).last().focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    const first = await focused();
    expect(first).not.toBeNull();
    await page.keyboard.press('Home');
    const seen = new Set([await focused()]);
    for (let i = 0; i < sites.length; i++) {
      await page.keyboard.press('ArrowRight');
      seen.add(await focused());
    }
    expect([...seen].sort()).toEqual(sites.map((s) => s.id).sort());

    const site = sites.find((s) => s.claims?.length) ?? sites[0]!;
    await page.locator(`${MAP} [data-id="${site.id}"]`).focus();
    await page.keyboard.press('Enter');
    expect(page.url()).toContain(`sel=${site.id}`);
    expect(await page.getAttribute(`${MAP} [data-id="${site.id}"]`, 'aria-selected')).toBe('true');
    const card = page.locator(`${MAP} [data-detail]`);
    await card.waitFor();
    const text = await card.textContent();
    for (const id of site.sources) expect(text).toContain(sourceTitles.get(id));
    for (const claim of site.claims ?? []) expect(await card.locator(`[data-claim="${claim.id}"]`).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(page.url()).not.toContain('sel=');
    await context.close();
  });

  it('pans and zooms by buttons, keys, wheel and drag, and resets; the marks keep their size', async () => {
    const { page, problems, context } = await open('?lang=en', still);
    const zoom = () =>
      page.$eval(`${MAP} svg.base-map > g`, (g) => {
        const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '');
        return m ? { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) } : null;
      });
    const radius = (id: string) => page.$eval(`${MAP} [data-id="${id}"] .dot`, (c) => Number(c.getAttribute('r')));
    const until = async (test: (z: { x: number; y: number; k: number }) => boolean) => {
      await expect.poll(async () => { const z = await zoom(); return z !== null && test(z); }, { timeout: 5000 }).toBe(true);
      return (await zoom())!;
    };
    expect(await zoom()).toEqual({ x: 0, y: 0, k: 1 });
    const site = sites[0]!;
    const r = await radius(site.id);

    // The + button right after ready (pan/zoom loads after the views are drawn: the click waits for it).
    await page.click(`${MAP} .zoom button >> nth=0`);
    const zoomed = await until((z) => z.k > 1.5);
    expect(await radius(site.id)).toBe(r);

    // Keys on the map: minus zooms out, Shift+arrow pans.
    await page.locator(`${MAP} [data-id="${site.id}"]`).focus();
    await page.keyboard.press('-');
    const out = await until((z) => z.k < zoomed.k);
    await page.keyboard.press('Shift+ArrowLeft');
    await until((z) => z.x > out.x);

    // Wheel and drag on the map itself.
    const box = (await page.locator(`${MAP} svg.marks-layer`).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8);
    const beforeWheel = (await zoom())!;
    await page.mouse.wheel(0, -400);
    const wheeled = await until((z) => z.k > beforeWheel.k);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.up();
    await until((z) => z.x < wheeled.x && z.y < wheeled.y);

    // Reset.
    await page.click(`${MAP} .zoom button >> nth=2`);
    await until((z) => z.k === 1 && z.x === 0 && z.y === 0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a card on hover and dims the sites of other companies', async () => {
    const { page, context } = await open('?lang=en', still);
    const site = sites.find((s) => sites.some((o) => o.entity !== s.entity))!;
    // Centred, so no sticky bar of the page sits over the mark.
    await page.locator(`${MAP} [data-id="${site.id}"]`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.hover(`${MAP} [data-id="${site.id}"] .dot`);
    await page.locator(`${MAP} [data-detail]`).waitFor();
    expect(await page.locator(`${MAP} [data-detail] [data-site="${site.id}"]`).count()).toBe(1);
    const other = sites.find((s) => s.entity !== site.entity && s.origin !== site.entity && s.entity !== site.origin)!;
    // The layers dim as a whole; the lit sites (and their arcs) are drawn again over them, unhittable.
    expect(await page.getAttribute(`${MAP} svg[role="group"]`, 'data-active')).toBe('');
    expect(await page.locator(`${MAP} .lit [data-lit="${site.id}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${MAP} .lit [data-lit="${other.id}"]`).count()).toBe(0);
    expect(await page.$eval(`${MAP} .lit`, (el) => getComputedStyle(el).pointerEvents)).toBe('none');
    expect(Number(await page.$eval(`${MAP} svg.marks-layer`, (el) => getComputedStyle(el).opacity))).toBeLessThan(0.5);
    await context.close();
  });

  it('hides a role from the legend, and the timeline reveals sites in order', async () => {
    const { page, context } = await open('?lang=en', still);
    const role = [...new Set(sites.map((s) => s.role))].sort((a, b) => sites.filter((s) => s.role === b).length - sites.filter((s) => s.role === a).length)[0]!;
    await page.click(`${MAP} button[data-role="${role}"]`);
    expect(await page.getAttribute(`${MAP} button[data-role="${role}"]`, 'aria-pressed')).toBe('false');
    expect(page.url()).toContain(`hide=${role}`);
    expect(await page.locator(`${MAP} .mark[data-role="${role}"]`).count()).toBe(0);
    expect(await page.locator(MARKS).count()).toBe(sites.filter((s) => s.role !== role).length);
    await page.click(`${MAP} button[data-role="${role}"]`);
    expect(await page.locator(MARKS).count()).toBe(sites.length);

    const range = page.locator(`${MAP} input[type="range"]`);
    await range.focus();
    await page.keyboard.press('Home');
    const earliest = await page.locator(MARKS).count();
    expect(page.url()).toMatch(/until=\d{4}-\d{2}/);
    const undated = sites.filter((s) => s.announced === null).length;
    expect(earliest).toBeGreaterThanOrEqual(undated);
    await page.keyboard.press('End');
    expect(await page.locator(MARKS).count()).toBe(sites.length);
    expect(earliest).toBeLessThan(sites.length);
    await context.close();
  });

  it('plays the timeline from the first month and pauses it, by keyboard', async () => {
    const { page, context } = await open('?lang=en', still);
    const play = page.locator(`${MAP} button.play`);
    const range = page.locator(`${MAP} input[type="range"]`);
    const max = Number(await range.getAttribute('max'));
    expect(await range.inputValue()).toBe(String(max));
    await play.focus();
    await page.keyboard.press('Space');
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    expect(await play.getAttribute('aria-label')).toBe('Pause');
    // Playing starts again from the first month, then steps on by itself.
    await expect.poll(async () => Number(await range.inputValue())).toBeLessThan(max);
    const started = Number(await range.inputValue());
    expect(await page.locator(MARKS).count()).toBeLessThan(sites.length);
    await expect.poll(async () => Number(await range.inputValue()), { timeout: 5000 }).toBeGreaterThan(started);
    await page.keyboard.press('Space');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = await range.inputValue();
    await page.waitForTimeout(1200);
    expect(await range.inputValue()).toBe(paused);
    await context.close();
  });

  it('on a phone: fills the width, keeps its controls on screen, 24 px targets, a tap opens a bottom sheet', async () => {
    const { page, context } = await open('?lang=en', { ...still, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const box = async (selector: string) => page.$eval(selector, (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const view = await box(MAP);
    const stage = await box(`${MAP} .stage`);
    expect(stage.width).toBeGreaterThanOrEqual(view.width - 2);
    const controls = await page.$$eval(`${MAP} button, ${MAP} input`, (els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(controls.length).toBeGreaterThan(5);
    for (const c of controls) {
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(c.right).toBeLessThanOrEqual(390);
    }
    const targets = await page.$$eval(`${MAP} .mark .hit`, (els) => els.map((e) => e.getBoundingClientRect().width));
    expect(targets.length).toBe(sites.length);
    expect(Math.min(...targets)).toBeGreaterThanOrEqual(24);

    const mark = page.locator(MARKS).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap({ force: true });
    const sheet = page.locator(`${MAP} [data-detail]`);
    await sheet.waitFor();
    const s = await box(`${MAP} [data-detail]`);
    expect(await sheet.evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
    expect([Math.round(s.left), Math.round(s.right), Math.round(s.bottom)]).toEqual([0, 390, 844]);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(await mark.getAttribute('data-id'));
    await context.close();
  });

  it('has no axe violations, with a site selected and the data table open, in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      const site = sites.find((s) => s.claims?.length) ?? sites[0]!;
      const { page, context } = await open(`?lang=${lang}&sel=${site.id}`, still);
      await page.click(`${MAP} details.site-table summary`);
      const results = await new AxeBuilder({ page }).include(MAP).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    }
  });

  it('shows a failed base-map fetch as an error in the map only, for the opening map and for the Corridor’s', async () => {
    for (const [query, file] of [
      ['?lang=en', 'geo/pacific-110m.json'],
      ['?lang=en&frame=corridor', 'geo/countries-50m.json'],
    ] as const) {
      const { page, context } = await open(query, { ...still, waitReady: false });
      await context.route(`**/${file}`, (route) => route.fulfill({ status: 404, body: 'missing' }));
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      expect(await page.getAttribute(MAP, 'data-state')).toBe('error');
      expect(await page.textContent(`${MAP} [role="alert"]`)).toContain(file);
      expect(await page.getAttribute('[data-view="sankey"]', 'data-state')).toBe('ready');
      await context.close();
    }
  });

  it('says so in the map when the code that projects other base maps cannot load', async () => {
    // The browser keeps a failed module import for the page's life, so only a reload recovers: the message says so.
    const { page, context } = await open('?lang=en&frame=corridor', { ...still, waitReady: false });
    await context.route('**/base-projector-*.js', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    expect(await page.getAttribute(MAP, 'data-state')).toBe('error');
    const alert = await page.textContent(`${MAP} [role="alert"]`);
    expect(alert).toContain('base-projector.js');
    expect(alert).toContain('reload');
    expect(await page.getAttribute('[data-view="sankey"]', 'data-state')).toBe('ready');
    await context.close();
  });

  it('opens on the base map projected at build time, under the sites it belongs to, and loads the projector only for other views', async () => {
    const { page, problems, context } = await open('?lang=en', still);
    const beforeReady = await page.evaluate(() => {
      const ready = performance.getEntriesByName('views-ready')[0]!.startTime;
      return performance.getEntriesByType('resource').filter((e) => e.startTime < ready).map((e) => new URL(e.name).pathname.split('/').pop()!);
    });
    expect(beforeReady).toContain('pacific-110m.json');
    expect(beforeReady.filter((name) => /countries-|states-|base-projector/.test(name))).toEqual([]);
    // The paths were moved into place at the page's own scale and translate, which an arc gives (it
    // starts at a headquarters in Taiwan and ends at a site across the Pacific): the world's land then
    // spans the map's width, 2π·0.8707 radians of Natural Earth at the equator, centred on the meridian.
    const arc = withArc[0]!;
    const hq = entities.get(arc.origin!)!.hq as { lon: number; lat: number };
    const [from, to] = await page.evaluate(
      ([map, id]) => {
        const xy = [...document.querySelector(`${map} [data-arc="${id}"]`)!.getAttribute('d')!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)];
        return [xy[0]!, xy.at(-1)!].map((m) => [Number(m[1]), Number(m[2])] as const);
      },
      [MAP, arc.id] as const,
    );
    const unit = pointProjection(PACIFIC_MERIDIAN, 1);
    const [u0, u1] = [unit([hq.lon, hq.lat]), unit([arc.lon, arc.lat])];
    const k = (to![0] - from![0]) / (u1[0] - u0[0]);
    const tx = from![0] - k * u0[0];
    const land = await page.evaluate((map) => {
      const [svg, path] = [document.querySelector(`${map} svg.base-map`)!, document.querySelector(`${map} .land`)!].map((e) => e.getBoundingClientRect());
      return { left: path!.left - svg!.left, right: path!.right - svg!.left };
    }, MAP);
    expect(land.left).toBeCloseTo(tx - Math.PI * 0.8707 * k, -0.5);
    expect(land.right).toBeCloseTo(tx + Math.PI * 0.8707 * k, -0.5);
    // Inland sites sit inside their country's outline.
    const inland = ['Phoenix', 'Fort Worth'].map((city) => sites.find((s) => s.city.en.startsWith(city))!.id);
    const inside = (id: string) =>
      page.evaluate(
        ([map, id]) => {
          const dot = document.querySelector(`${map} [data-id="${id}"] .dot`)!.getBoundingClientRect();
          const country = document.querySelector<SVGPathElement>(`${map} .focus-land`)!;
          const local = new DOMPoint(dot.x + dot.width / 2, dot.y + dot.height / 2).matrixTransform(country.getScreenCTM()!.inverse());
          return country.isPointInFill(local);
        },
        [MAP, id] as const,
      );
    for (const id of inland) expect({ id, inside: await inside(id) }).toEqual({ id, inside: true });
    // Another framing is projected in the page, with the detailed outlines; back again, and the sites still sit inside.
    await page.click(`${MAP} [data-framing="corridor"]`);
    await page.waitForSelector(`${MAP} svg[data-geo="fine"]`);
    for (const id of inland) expect({ id, inside: await inside(id) }).toEqual({ id, inside: true });
    await page.click(`${MAP} [data-framing="pacific"]`);
    await page.waitForSelector(`${MAP} svg[data-geo="coarse"]`);
    for (const id of inland) expect({ id, inside: await inside(id) }).toEqual({ id, inside: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
