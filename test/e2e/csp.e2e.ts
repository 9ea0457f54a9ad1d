import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { launch, closeBrowser, waitForReady } from './browser';

/** The policy the built site must run under: no inline script, no eval, data only from its own origin. */
const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; worker-src 'self'; frame-ancestors *";

let served: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  served = await serveDist({ root: process.env.NC_DIST ?? 'dist', base: '/explorer/', headers: { 'Content-Security-Policy': CSP } });
});
afterAll(async () => {
  await closeBrowser();
  await served?.close();
});

/** A page that records every CSP violation (event and console report) from its first script on. */
async function strictPage(path: string, width = 1280): Promise<{ page: Page; violations: () => Promise<string[]>; close: () => Promise<void> }> {
  const context = await (await launch()).newContext({ viewport: { width, height: 800 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${served.url}${path}`);
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console],
    close: () => context.close(),
  };
}

describe('the build under a strict Content-Security-Policy', () => {
  it('is served with the policy', async () => {
    const response = await fetch(served.url);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it.each(['?lang=en', '?lang=zh&embed=sankey', '?present=1&lang=en'])('reaches data-ready with no violation: %s', async (path) => {
    const { page, violations, close } = await strictPage(path);
    await waitForReady(page);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('stays clean while the reader works: selection, dialogs, another dataset, a phone layout', async () => {
    const { page, violations, close } = await strictPage('?lang=en', 390);
    await waitForReady(page);
    await page.locator('[data-view="map"] [data-id]').first().click({ force: true });
    await page.locator('[data-view="sankey"] [data-id]').first().click({ force: true });
    await page.keyboard.press('Escape');
    const embed = page.locator('[data-action="embed"]');
    if (await embed.count()) {
      await embed.click();
      await page.waitForTimeout(500);
      await page.keyboard.press('Escape');
    }
    const example = page.locator('[data-action="load-example"]');
    if (await example.count()) {
      await example.click();
      await page.waitForFunction(() => document.querySelector('[data-panel="loader"] [data-dataset-name]')?.textContent?.includes('DEMO'), undefined, { timeout: 20_000 });
    }
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.waitForTimeout(300);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('explains a dataset on another origin that the policy blocks, instead of breaking', async () => {
    const { page, violations, close } = await strictPage('?lang=en&data=https://data.example.test/manifest.json');
    await waitForReady(page);
    for (const view of ['map', 'sankey', 'power']) {
      expect(await page.getAttribute(`[data-view="${view}"]`, 'data-state')).toBe('error');
      expect(await page.textContent(`[data-view="${view}"] [role="alert"]`)).toContain('cross-origin');
    }
    // The one violation is the blocked fetch itself (which also shows the recorder works).
    const seen = await violations();
    expect(seen.some((v) => v.includes('data.example.test'))).toBe(true);
    expect(seen.filter((v) => !v.includes('data.example.test'))).toEqual([]);
    await close();
  });
});
