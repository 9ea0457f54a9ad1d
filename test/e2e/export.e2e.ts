import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open } from './browser';

const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const sites = data('sites.json').sites as { entity: string }[];
const entities = new Map((data('entities.json').entities as { id: string; name: { zh: string } }[]).map((e) => [e.id, e]));
const links = data('flows.json').links as unknown[];
const points = (data('power.json').series as { points: unknown[] }[]).flatMap((s) => s.points);

/** How many CSV rows each view's data has, from the data files themselves. */
const expectedRows = { map: sites.length, sankey: links.length, power: points.length } as const;
type View = keyof typeof expectedRows;
const views = Object.keys(expectedRows) as View[];

afterAll(closeBrowser);

async function download(page: Page, view: View, format: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator(`[data-view="${view}"] [data-downloads]`);
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-format="${format}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page and reads the alpha of its top-left pixel. */
async function cornerAlpha(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(2, 2, 1, 1).data[3]!;
  }, bytes.toString('base64'));
}

describe('downloads from every view', () => {
  for (const view of views) {
    it(`${view}: PNG at 2x with title and footer, SVG that parses and stands alone, CSV and JSON of the data`, async () => {
      const { page, context, problems } = await open('?lang=zh', { acceptDownloads: true });
      expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
      const onPage = await page.$$eval(`[data-view="${view}"] .view-body svg`, (svgs) =>
        svgs.map((s) => ({ w: Math.round(s.getBoundingClientRect().width), h: Math.round(s.getBoundingClientRect().height) })),
      );

      // SVG: well-formed XML, one nested <svg> per chart at its on-page size, title and source line as text, no CSS variables left.
      const svg = await download(page, view, 'svg');
      expect(svg.name).toMatch(new RegExp(`^new-coordinates-${view}-zh-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
      const text = svg.bytes.toString('utf8');
      expect(text.match(/.{0,40}var\(--.{0,20}/)?.[0] ?? null).toBeNull();
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const root = doc.documentElement;
        const charts = [...root.children].filter((c) => c.localName === 'svg');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          ns: root.namespaceURI,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          charts: charts.map((c) => ({ w: Number(c.getAttribute('width')), h: Number(c.getAttribute('height')), y: Number(c.getAttribute('y')) })),
          texts: [...root.children].filter((c) => c.localName === 'text').map((t) => t.textContent ?? ''),
          styled: root.querySelectorAll('[style*="fill"]').length,
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
      expect(parsed.charts.length).toBeGreaterThan(0);
      for (const c of parsed.charts) {
        expect(onPage.some((p) => Math.abs(p.w - c.w) <= 1 && Math.abs(p.h - c.h) <= 1), JSON.stringify(c)).toBe(true);
        expect(c.y).toBeGreaterThan(0);
      }
      const chartsBottom = Math.max(...parsed.charts.map((c) => c.y + c.h));
      expect(parsed.height).toBeGreaterThan(chartsBottom);
      const title = (await page.textContent(`[data-view="${view}"] h2`))!.trim();
      expect(parsed.texts[0]!.replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
      expect(parsed.texts.at(-1)).toContain('資料來源：');
      expect(parsed.texts.at(-1)).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(parsed.styled).toBeGreaterThan(0);

      // PNG: twice the SVG's size (chart plus title and footer bands), opaque background.
      const png = await download(page, view, 'png');
      expect(png.name).toMatch(/\.png$/);
      expect(pngSize(png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
      expect(await cornerAlpha(page, png.bytes)).toBe(255);

      // Transparent PNG for slides: same size, see-through corner.
      const clear = await download(page, view, 'png-transparent');
      expect(clear.name).toMatch(/-transparent\.png$/);
      expect(pngSize(clear.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
      expect(await cornerAlpha(page, clear.bytes)).toBe(0);

      // CSV: BOM, one row per record, Chinese intact through csvParse.
      const csv = await download(page, view, 'csv');
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvParse(csv.bytes.toString('utf8').slice(1));
      expect(rows).toHaveLength(expectedRows[view]);
      expect(rows.every((r) => r.source_titles)).toBe(true);
      if (view === 'map') expect(rows.map((r) => r.company_zh)).toEqual(sites.map((s) => entities.get(s.entity)!.name.zh));
      if (view === 'sankey') expect(rows.map((r) => r.target_zh)).toEqual((links as { target: string }[]).map((l) => entities.get(l.target)?.name.zh ?? l.target));
      if (view === 'power') expect(rows.some((r) => /[\u4e00-\u9fff]/.test(r.series_zh!))).toBe(true);

      // JSON: the records as stored, with the sources they cite.
      const json = JSON.parse((await download(page, view, 'json')).bytes.toString('utf8'));
      expect(json.view).toBe(view);
      expect(json.sources.length).toBeGreaterThan(0);
      if (view === 'map') expect(json.sites).toEqual(data('sites.json').sites);
      if (view === 'sankey') expect(json.links).toEqual(links);
      if (view === 'power') expect(json.series).toEqual(data('power.json').series);

      expect(await page.textContent(`[data-view="${view}"] [data-downloads] [role="status"]`)).toContain('.json');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('has a social card: title, description and a 1200x630 og:image served beside the page', async () => {
    const { page, context } = await open('?lang=en');
    const meta = (key: string) => page.getAttribute(`meta[property="${key}"], meta[name="${key}"]`, 'content');
    expect(await meta('og:title')).toContain('New Coordinates');
    expect((await meta('og:description'))!.length).toBeGreaterThan(50);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const image = new URL((await meta('og:image'))!, page.url()).href;
    const response = await context.request.get(image);
    expect(response.status()).toBe(200);
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    await context.close();
  });

  it('loads the export code only when a download is asked for', async () => {
    const { page, context } = await open('?lang=en', { acceptDownloads: true });
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    const before = await scripts();
    await download(page, 'map', 'csv');
    const after = await scripts();
    const loaded = after.filter((n) => !before.includes(n));
    expect(loaded.length).toBeGreaterThan(0);
    expect(before.some((n) => loaded.includes(n))).toBe(false);
    await context.close();
  });
});
