import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's chromium with a fresh profile, so no test sees another's storage. */
export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'da-DK',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page as it is now (all rules axe runs by default: WCAG 2.x A/AA and best practices). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy forbids inline <script> tags.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Opens a path and waits until the page's own heading is there (the lazy chunk and its query have arrived). */
export async function visit(page: Page, base: string, pathname: string): Promise<void> {
  await page.goto(base + pathname);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .state--loading'));
}

/** Signs in through the form (in Danish, the default) and waits until the page at `next` has its heading. */
export async function signIn(
  page: Page,
  base: string,
  account: { email: string; password: string },
  next = '/',
): Promise<void> {
  await visit(page, base, `/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Adgangskode').fill(account.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
  await page.locator('main h1').first().waitFor();
}

/** The two sizes the experience is checked at: a 1366 px desktop and a 390 px phone. */
export const VIEWPORTS = [
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/** Declares `tests` once per viewport, each group with its own browser opened at that size and closed after. */
export function inEachViewport(tests: (browser: () => Browser) => void): void {
  for (const [name, size] of VIEWPORTS) {
    describe(name, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await openBrowser(size);
      });
      afterAll(async () => {
        await browser?.close();
      });
      tests(() => browser);
    });
  }
}
