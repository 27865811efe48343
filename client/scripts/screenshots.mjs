// Screenshots of the main pages at desktop and phone widths: `node client/scripts/screenshots.mjs <baseUrl> [outDir]`.
/* global process, console, document -- a Node script; document is read inside the browser page */
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:4000';
const out = process.argv[3] ?? '/tmp/screens';
const pages = (
  process.env.PAGES ??
  'home=/ method=/methods/de-utrolige-aar talk=/talks/overgange-uden-brud event=/events/forummoede-2027-laering-og-trivsel search=/search?q=plejefamilie'
)
  // "name=/path?query" pairs separated by spaces (paths may hold '=' and ',').
  .split(' ')
  .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]);
const widths = { desktop: 1280, phone: 390 };

mkdirSync(out, { recursive: true });
const browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'vb-shot-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
for (const [name, url] of pages) {
  for (const [device, width] of Object.entries(widths)) {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${name}] page error: ${e.message}`));
    await page.setViewportSize({ width, height: device === 'phone' ? 844 : 900 });
    await page.goto(base + url);
    await page.waitForSelector('main h1');
    await page.waitForTimeout(600);
    const file = path.join(out, `${name}-${device}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    // Phone pages are tall; tiles of one and a half screens are easier to look at.
    if (device === 'phone') {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < height; y += 1200, i++) {
        const tile = path.join(out, `${name}-${device}-${i}.png`);
        await page.screenshot({
          path: tile,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(1200, height - y) },
        });
      }
    }
    await page.close();
  }
}
await browser.close();
