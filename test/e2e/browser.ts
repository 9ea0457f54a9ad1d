import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

let browser: Browser | null = null;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    // playwright-core gives every launch a fresh temporary profile (it refuses --user-data-dir).
    args: CHROMIUM_ARGS,
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
}

/** A fresh context and page on a path under the served build; records every console error and failed request. */
export async function open(path = '', options: BrowserContextOptions & { waitReady?: boolean } = {}): Promise<OpenedPage> {
  const { waitReady = true, ...contextOptions } = options;
  // Service workers are blocked unless a test asks for them: a worker's cached answers would bypass
  // context.route(), which the error-isolation tests rely on (the offline tests opt in).
  const context = await (await launch()).newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A request cut short because the test itself navigated (reload, back) is not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url(path));
  if (waitReady) await waitForReady(page);
  return { page, context, problems };
}

export function url(path = ''): string {
  return `${inject('baseUrl')}${path}`;
}

/** The views drawn (`data-ready`), then what loads after them (search, the panels below) in place of its placeholder. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
}

/** Clicks the language button, then waits for the page to show the language (its strings are fetched on the switch). */
export async function switchLanguage(page: Page, to: 'zh' | 'en'): Promise<void> {
  await page.getByRole('button', { name: to === 'zh' ? '中文' : 'English' }).click();
  await page.waitForSelector(`html[lang="${to === 'zh' ? 'zh-Hant-TW' : 'en'}"]`, { state: 'attached' });
}
