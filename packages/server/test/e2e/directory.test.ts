import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleServer } from '../helpers/server.ts';
import { CHROMIUM_PATH, launchChromium, seriousViolations } from './browser.ts';

let app: FastifyInstance;
let base: string;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM_PATH}: run apt-get install -y chromium.`,
    );
  }
  app = await exampleServer();
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  ({ context, close: closeBrowser } = await launchChromium());
}, 60_000);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('the directory page in Chromium', () => {
  it('searches, opens a listing, builds a shortlist and opens its share link, with no serious accessibility violations', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(`${base}/`);
    expect(await page.title()).toBe('Search – OpenYouth directory');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Postcode').fill('bs5 9jb');
    await page.getByLabel('Age', { exact: true }).fill('13');
    // The interests fold away on a phone; open them with the keyboard, as a screen reader user would.
    await page.locator('summary', { hasText: 'Interests' }).press('Enter');
    await page.getByRole('checkbox', { name: 'Peer support' }).check();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/directory\?/);
    expect(await page.getByRole('heading', { level: 2, name: /listings? found/ }).textContent()).toBe(
      '2 listings found',
    );
    expect(await page.locator('.card h3').allTextContents()).toEqual(['Worry Less Group', 'Prism Online']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Worry Less Group', exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Worry Less Group');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Add to shortlist' }).click();
    expect(await page.getByRole('complementary', { name: 'Shortlist' }).textContent()).toContain(
      '1 listing on your shortlist',
    );

    await page.getByRole('link', { name: 'Back to search results' }).click();
    await page.getByRole('link', { name: 'Add Prism Online to shortlist' }).click();
    await page.getByRole('link', { name: 'View, print or share your shortlist' }).click();
    expect(await page.locator('.card h2').allTextContents()).toEqual(['Worry Less Group', 'Prism Online']);
    expect(await seriousViolations(page)).toEqual([]);

    const shareUrl = await page.getByLabel('Link to this shortlist').inputValue();
    const shared = await context.newPage();
    await shared.goto(shareUrl);
    expect(await shared.locator('.card h2').allTextContents()).toEqual(['Worry Less Group', 'Prism Online']);
    expect(await shared.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
  }, 60_000);

  it('shows what is wrong with a postcode next to the form, reachable by keyboard', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(`${base}/directory?postcode=${encodeURIComponent('<script>x</script>')}`);
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain('is not a UK postcode');
    // The error summary takes focus so screen reader users hear it first.
    expect(await page.evaluate('document.activeElement?.className')).toBe('error-summary');
    await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement?.getAttribute('href')")).toBe('#field-postcode');
    expect(await seriousViolations(page)).toEqual([]);
  }, 30_000);
});
