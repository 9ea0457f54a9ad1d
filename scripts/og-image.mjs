#!/usr/bin/env node
// Renders public/og-image.png (1200x630, the social-card size) from a built site, in Debian's
// Chromium via playwright-core: the explorer as a reader first sees it, with the map.
// Usage: npm run build && node scripts/og-image.mjs [dist] [out]
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';

const [root = 'dist', out = 'public/og-image.png'] = process.argv.slice(2);
const served = await serveDist({ root, base: '/explorer/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // Laid out at 1600x840 and drawn at 0.75x, so the card holds the headline and most of the map.
  const page = await browser.newPage({ viewport: { width: 1600, height: 840 }, deviceScaleFactor: 0.75 });
  // English: the card must read on a machine without CJK fonts too; the page itself defaults to the reader's language.
  await page.goto(`${served.url}?lang=en`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', undefined, { timeout: 30_000 });
  // A card is a picture: no toolbars or controls (the language button would need CJK fonts), no focus ring.
  await page.addStyleTag({ content: '.controlbar,.masthead .tools,.view-controls,.view-foot{display:none!important} *:focus{outline:none!important}' });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await served.close();
}
