import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');

/**
 * The pages run under the server's Content-Security-Policy (no inline script, no eval, styles and media as
 * configured in server/src/platform/security-headers.ts): a page that needed more would log a violation here.
 */
describe.skipIf(!base)('the Content-Security-Policy', () => {
  let browser: Browser;
  const violations: string[] = [];
  beforeAll(async () => {
    browser = await openBrowser();
    await browser.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    browser.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(message.text()))
        violations.push(message.text());
    });
    browser.page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is sent with the app, which runs under it: home, a list, a talk with its video', async () => {
    const { page } = browser;
    const response = await page.goto(`${base}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await visit(page, base, '/');
    await visit(page, base, '/methods');
    await page.locator('.cards .card a').first().click();
    await page.locator('main h1').first().waitFor();
    await visit(page, base, '/talks/naar-18-aarsdagen-naermer-sig');
    await page.locator('.talk-player video').waitFor({ state: 'attached' });
    expect(violations).toEqual([]);
  });

  it('lets the explorer start and answer a query', async () => {
    const { page } = browser;
    await page.goto(`${base}/explorer`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('totalCount').first().waitFor();
    expect(violations).toEqual([]);
  });
});
