import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, switchLanguage } from './browser';
import { dropFiles, waitForDataset } from './drop';
import { validDataset } from '../unit/data/arbitrary';

const EXAMPLE = 'data/examples/tesla-after-dojo';
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const keys = ['entities', 'sources', 'sites', 'flows', 'power', 'story'] as const;
const example = (key: string) => JSON.parse(read(`${EXAMPLE}/${key}.json`));
const shipped = (key: string) => JSON.parse(read(`data/${key}.json`));

afterAll(closeBrowser);

type Listed = { sites?: { id: string }[]; links?: { source: string; target: string }[]; series?: { id: string }[]; annotations?: { id: string }[] };
const drawn = (files: (key: string) => Listed) => ({
  sites: (files('sites').sites ?? []).map((s) => s.id),
  // A Sankey draws the nodes that some link touches.
  nodes: [...new Set((files('flows').links ?? []).flatMap((l) => [l.source, l.target]))],
  // The power chart shows one unit at a time: any of its marks must belong to this dataset.
  series: [...(files('power').series ?? []), ...(files('power').annotations ?? [])].map((s) => s.id),
});
const exampleDrawn = drawn(example);
const shippedDrawn = drawn(shipped);

describe('bring your own data', () => {
  it('loads the example dataset from ?data= and draws it in every view', async () => {
    const { page, problems, context } = await open(`?lang=en&data=./${EXAMPLE}/manifest.json`);
    await waitForDataset(page, exampleDrawn);
    expect(await page.textContent('[data-panel="loader"] [data-dataset-name]')).toBe(JSON.parse(read(`${EXAMPLE}/manifest.json`)).name.en);
    // Chapter tabs come from the new dataset too.
    const chapters = example('entities').entities.filter((e: { kind: string }) => e.kind === 'chapter');
    for (const c of chapters) expect(await page.locator('body').textContent()).toContain(c.short.en);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads dropped single files, replacing the default story, and clears a selection the new data lacks', async () => {
    const selected = exampleDrawn.sites.includes(shippedDrawn.sites[0]!) ? shippedDrawn.sites[1]! : shippedDrawn.sites[0]!;
    expect(exampleDrawn.sites).not.toContain(selected);
    const { page, problems, context } = await open(`?lang=en&sel=${selected}`);
    await waitForDataset(page, shippedDrawn);
    await dropFiles(page, [...keys.map((k) => ({ name: `${k}.json`, body: read(`${EXAMPLE}/${k}.json`) })), { name: 'manifest.json', body: read(`${EXAMPLE}/manifest.json`) }]);
    await waitForDataset(page, exampleDrawn);
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads one combined bundle through the file picker, in Chinese', async () => {
    const { page, context } = await open('?lang=zh');
    const bundle = Object.fromEntries(['manifest', ...keys].map((k) => [k, JSON.parse(read(`${EXAMPLE}/${k}.json`))]));
    await page.setInputFiles('[data-panel="loader"] input[type="file"]', { name: 'bundle.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });
    await waitForDataset(page, exampleDrawn);
    expect(await page.textContent('[data-panel="loader"] [data-dataset-name]')).toBe(bundle.manifest.name.zh);
    await context.close();
  });

  it('reports all ten problems of a broken dataset with their paths, and keeps the data on screen', async () => {
    const { page, context } = await open('?lang=en');
    await waitForDataset(page, shippedDrawn);
    const f = Object.fromEntries(keys.map((k) => [k, shipped(k)]));
    delete f.entities.entities[0].name.en;
    f.entities.entities[1].kind = 'robot';
    f.sources.sources[0].url = 'javascript:alert(1)';
    f.sources.sources[1].date = '2025-13-01';
    f.sites.sites[0].lat = 'N/A';
    f.sites.sites[1].announced = '2025-13';
    f.flows.links[0].chapters = [];
    f.flows.nodes[0].column = 9;
    f.power.series[0].unit = 'GW';
    f.power.series[1].points[0].year = 1850;
    const expected = [
      'entities.json entities[0].name.en',
      'entities.json entities[1].kind',
      'sources.json sources[0].url',
      'sources.json sources[1].date',
      'sites.json sites[0].lat',
      'sites.json sites[1].announced',
      'flows.json links[0].chapters',
      'flows.json nodes[0].column',
      'power.json series[0].unit',
      'power.json series[1].points[0].year',
    ];
    await dropFiles(page, keys.map((k) => ({ name: `${k}.json`, body: JSON.stringify(f[k]) })));
    await page.waitForSelector('[data-panel="loader"] [data-errors]');
    expect(await page.getAttribute('[data-panel="loader"] [data-errors]', 'data-errors')).toBe('10');
    const rows = await page.$$eval('[data-panel="loader"] [data-issues="error"] tbody tr', (trs) => trs.map((tr) => `${tr.getAttribute('data-file')} ${tr.getAttribute('data-path')}`));
    expect(rows.sort()).toEqual(expected.sort());
    expect(await page.textContent('[data-panel="loader"] [data-errors]')).toContain('10 problems');
    // Nothing on screen changed: the default story is still drawn, every view ready.
    await waitForDataset(page, shippedDrawn);
    // The same list in Chinese, once the reader switches language.
    await switchLanguage(page, 'zh');
    expect(await page.textContent('[data-panel="loader"] [data-errors]')).toContain('10 個錯誤');
    expect(await page.textContent('[data-panel="loader"] [data-issues="error"]')).toContain('YYYY-MM 格式的年月');
    await page.click('[data-action="keep-current"]');
    expect(await page.$('[data-panel="loader"] [data-errors]')).toBeNull();
    await context.close();
  });

  it('loads a partly broken dataset anyway: its valid views draw it, the broken one shows why', async () => {
    const { page, context } = await open('?lang=en');
    const power = example('power');
    power.series[0].points[0].kind = 'guess';
    await dropFiles(page, keys.map((k) => ({ name: `${k}.json`, body: k === 'power' ? JSON.stringify(power) : read(`${EXAMPLE}/${k}.json`) })));
    await page.click('[data-action="load-anyway"]');
    await page.waitForSelector('[data-view="power"][data-state="error"]');
    expect(await page.textContent('[data-view="power"] [role="alert"]')).toContain('power.json: series[0].points[0].kind');
    const map = await page.$$eval('[data-view="map"] [data-id]', (els) => els.map((e) => e.getAttribute('data-id')).sort());
    expect(map).toEqual([...exampleDrawn.sites].sort());
    expect(await page.getAttribute('[data-view="sankey"]', 'data-state')).toBe('ready');
    // Back to the default story in one click.
    await page.click('[data-action="reset-data"]');
    await waitForDataset(page, shippedDrawn);
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    await context.close();
  });

  it('refuses files over the size and count limits with a clear message', async () => {
    const { page, context } = await open('?lang=en');
    const sites = example('sites');
    sites.sites = Array.from({ length: 5001 }, (_, i) => ({ ...sites.sites[0], id: `s-${i}` }));
    await dropFiles(page, keys.map((k) => ({ name: `${k}.json`, body: k === 'sites' ? JSON.stringify(sites) : read(`${EXAMPLE}/${k}.json`) })));
    await page.waitForSelector('[data-panel="loader"] [data-errors="1"]');
    const row = await page.textContent('[data-panel="loader"] [data-issues="error"] tbody tr');
    expect(row).toContain('at most 5000 items');
    expect(row).toContain('5001 items');
    await page.click('[data-action="keep-current"]');
    // 10 MB: a File of 10 MB + 1 byte, built in the page (no need to ship it over the wire).
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(32)], 'sites.json'));
      for (const type of ['dragover', 'drop']) document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForSelector('[data-panel="loader"] [data-errors]');
    expect(await page.textContent('[data-panel="loader"] [data-issues="error"]')).toContain('at most 10 MB');
    await waitForDataset(page, shippedDrawn);
    await context.close();
  });

  it('looks right on a phone and on a desktop (screenshots for review)', async () => {
    for (const [width, height] of [[390, 844], [1280, 800]] as const) {
      const { page, context } = await open('?lang=zh', { viewport: { width, height } });
      const sites = shipped('sites');
      sites.sites[0].lat = 'N/A';
      sites.sites[2].colour = 'red';
      await dropFiles(page, keys.map((k) => ({ name: `${k}.json`, body: k === 'sites' ? JSON.stringify(sites) : read(`data/${k}.json`) })));
      await page.waitForSelector('[data-panel="loader"] [data-errors]');
      await page.locator('[data-panel="loader"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots-byod/loader-${width}.png` });
      // Nothing in the loader reaches past the viewport (its issue table scrolls inside its own box).
      const overflow = await page.$$eval('[data-panel="loader"], [data-panel="loader"] *', (els) =>
        els.filter((e) => !e.closest('.table-wrap') || e.classList.contains('table-wrap')).map((e) => e.getBoundingClientRect().right - document.documentElement.clientWidth),
      );
      expect(Math.max(...overflow)).toBeLessThanOrEqual(0.5);
      // Touch targets: every control in the loader is at least 24 px tall.
      const heights = await page.$$eval('[data-panel="loader"] button, [data-panel="loader"] input:not([type="file"]), [data-panel="loader"] summary', (els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
      await context.close();
    }
  });

  it('draws generated valid datasets (property samples) with every view ready and no error', async () => {
    const samples = fc.sample(validDataset(), { numRuns: 4, seed: 20251125 });
    const { page, context, problems } = await open('?lang=en');
    await context.route(/\/gen\/\d+\/[a-z]+\.json$/, (route) => {
      const [, n, name] = /\/gen\/(\d+)\/([a-z]+)\.json$/.exec(route.request().url())!;
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(samples[Number(n)]![name as 'sites']) });
    });
    for (const [n, sample] of samples.entries()) {
      await page.fill('#loader-url', `./gen/${n}/manifest.json`);
      await page.click('[data-panel="loader"] button[type="submit"]');
      await waitForDataset(page, drawn((k) => sample[k as 'sites'] as Listed));
    }
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('console'))).toEqual([]);
    await context.close();
  });
});
