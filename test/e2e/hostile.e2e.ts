import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, open, switchLanguage } from './browser';
import { dropFiles } from './drop';
import { datasetFiles } from '../../src/lib/data/keys';
import { jsonPath } from '../../src/lib/data/validate';
import { validateAll } from '../../src/lib/data/validator';

afterAll(closeBrowser);

/** Each would run code if a string reached the DOM as markup or a link. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
];

type Slot = { parent: Record<string | number, unknown>; key: string | number; path: string; original: string };

function stringSlots(json: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown, path: { key: string | number }[]) => {
    if (Array.isArray(node) || (node && typeof node === 'object')) {
      for (const [k, v] of Object.entries(node)) {
        const key = Array.isArray(node) ? Number(k) : k;
        const here = [...path, { key }];
        if (typeof v === 'string') out.push({ parent: node as never, key, path: jsonPath(here), original: v });
        else walk(v, here);
      }
    }
  };
  walk(json, []);
  return out;
}

/**
 * The shipped dataset with every string replaced by a payload, except where the contract refuses
 * one (ids, enums, dates, URLs): those are put back, round after round, until the dataset validates.
 */
function hostileDataset(): Record<string, unknown> {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));
  const files = Object.fromEntries(['manifest', ...datasetFiles].map((k) => [k, read(k)]));
  const slots = Object.fromEntries(datasetFiles.map((k) => [k, stringSlots(files[k])]));
  for (const key of datasetFiles) slots[key]!.forEach((s, i) => (s.parent[s.key] = PAYLOADS[i % PAYLOADS.length]));
  // The manifest's name is shown too; its file paths must stay paths.
  files.manifest.name = { zh: PAYLOADS[0], en: PAYLOADS[3] };
  for (let round = 0; round < 6; round++) {
    const state = validateAll(Object.fromEntries(datasetFiles.map((k) => [k, files[k]])));
    const broken = datasetFiles.filter((k) => state[k]?.status !== 'ready');
    if (!broken.length) return files;
    for (const key of broken) {
      const f = state[key]!;
      const paths = new Set(f.status === 'error' ? f.issues.map((i) => i.path) : []);
      for (const s of slots[key]!) if ([...paths].some((p) => p === s.path || p.startsWith(`${s.path}[`))) s.parent[s.key] = s.original;
    }
  }
  throw new Error('the hostile dataset does not validate');
}

const hostile = hostileDataset();

async function serveHostile(context: BrowserContext): Promise<void> {
  await context.route(/\/data\/[a-z]+\.json$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!.replace('.json', '');
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile[name]) });
  });
}

/** Every way code could have run: the flag, a dialog, injected elements or attributes, a script link. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
    scripts: [...document.scripts].filter((s) => !s.src).length,
    badLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !/^(https?:|blob:)$/.test(a.protocol)).map((a) => a.getAttribute('href')),
  }));
  expect(injected).toEqual({ imgs: 0, scripts: 0, badLinks: [] });
}

describe('a hostile dataset: every string a script payload', () => {
  it('validates, so every view draws it as text', () => {
    const texts = JSON.stringify(hostile);
    for (const p of PAYLOADS) expect(texts).toContain(JSON.stringify(p).slice(1, -1));
  });

  it('runs nothing while the reader hovers, clicks, opens cards, tables and the sources panel', async () => {
    const { page, context, problems } = await open('?lang=en', { waitReady: false });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await serveHostile(context);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 30_000 });
    for (const view of ['map', 'sankey', 'power']) expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('ready');
    // The payloads are on the page, as text.
    expect(await page.textContent('body')).toContain(PAYLOADS[0]);

    for (const view of ['map', 'sankey', 'power']) {
      const marks = page.locator(`[data-view="${view}"] [data-id]`);
      const n = Math.min(await marks.count(), 4);
      for (let i = 0; i < n; i++) {
        await marks.nth(i).hover({ force: true });
        await marks.nth(i).click({ force: true });
        await page.waitForTimeout(50);
      }
      await page.keyboard.press('Escape');
    }
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.locator('[data-panel="sources"]').scrollIntoViewIfNeeded();
    await switchLanguage(page, 'zh');
    const search = page.getByRole('combobox').first();
    if (await search.count()) {
      await search.fill('<img');
      await page.waitForTimeout(200);
      await search.press('ArrowDown');
      await search.press('Enter');
    }
    await page.waitForTimeout(300);
    await expectNothingRan(page, dialogs);
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });

  it('runs nothing in presenter mode and in an embed', async () => {
    for (const path of ['?present=1&lang=en', '?present=2&lang=zh', '?embed=sankey&lang=en', '?embed=map&lang=en']) {
      const { page, context } = await open(path, { waitReady: false });
      const dialogs: string[] = [];
      page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
      await serveHostile(context);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 30_000 });
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(200);
      await expectNothingRan(page, dialogs);
      await context.close();
    }
  });

  it('runs nothing when hostile file names and contents are dropped on the loader', async () => {
    const { page, context } = await open('?lang=en');
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await dropFiles(page, [
      { name: `${PAYLOADS[0]}.json`, body: JSON.stringify({ [PAYLOADS[1]!]: PAYLOADS[2] }) },
      { name: 'sites.json', body: JSON.stringify({ sites: [{ id: PAYLOADS[3], lat: PAYLOADS[0] }] }) },
      ...['entities', 'sources', 'flows', 'power'].map((k) => ({ name: `${k}.json`, body: JSON.stringify(hostile[k]) })),
    ]);
    await page.waitForSelector('[data-panel="loader"] [data-errors]');
    expect(await page.textContent('[data-panel="loader"]')).toContain(PAYLOADS[0]);
    // Loading it anyway puts the hostile strings in every view that can draw.
    await page.click('[data-action="load-anyway"]');
    await page.waitForSelector('[data-view="map"][data-state="error"]');
    await page.waitForTimeout(300);
    await expectNothingRan(page, dialogs);
    await context.close();
  });
});
