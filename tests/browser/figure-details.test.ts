// A figure's popover loads its quote, note and source line only when a reader opens it
// (src/components/Cijfer.astro, src/lib/client/figure-details.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const CHAPTER = '/hoofdstukken/een-betere-bijstand/';

describe.skipIf(!chromePath)('figure details on demand', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fetches nothing until a popover opens, then shows the quote from the figure’s entry, in its place, once per page', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${CHAPTER}`, { waitUntil: 'networkidle' });
    const details = () => w.requests.filter((u) => u.endsWith('/bronnen.json'));
    expect(details()).toEqual([]);

    const buttons = w.page.locator('.bron-knop');
    const first = buttons.first();
    const popover = w.page.locator(`#${await first.getAttribute('popovertarget')}`);
    await first.click();
    const quote = popover.locator('q');
    await quote.waitFor();
    // the same words as on the figure's entry, which readers without JavaScript are sent to
    const entryHref = (await popover.locator('a[href]').getAttribute('href'))!;
    const entry = await browser.newPage();
    await entry.goto(`${baseUrl}${entryHref}`);
    const id = decodeURIComponent(entryHref.split('#')[1]!);
    expect(await quote.textContent()).toBe(await entry.locator(`[id="${id}"] q`).textContent());
    await entry.close();
    // in the order of the entry: where it stands, the quote, the source
    const lines = await popover.locator(':scope > span').allTextContents();
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at('Staat in:')).toBeLessThan(at('Citaat:'));
    expect(at('Citaat:')).toBeLessThan(at('Bron volgens het stuk:'));
    expect(await popover.getByRole('button', { name: 'Kopieer bronvermelding' }).count()).toBe(1);
    await w.page.keyboard.press('Escape');

    // another figure of the same document: its own quote, no second fetch; reopening adds nothing twice
    await buttons.nth(1).click();
    const second = w.page.locator(`#${await buttons.nth(1).getAttribute('popovertarget')}`);
    await second.locator('q').waitFor();
    await w.page.keyboard.press('Escape');
    await first.click();
    expect(await popover.locator('q').count()).toBe(1);
    expect(await popover.getByRole('button', { name: 'Kopieer bronvermelding' }).count()).toBe(1);
    expect(details()).toHaveLength(1);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('says where the details are when they cannot be loaded', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.route('**/bronnen.json', (route) => route.abort());
    await w.page.goto(`${baseUrl}${CHAPTER}`);
    const button = w.page.locator('.bron-knop').first();
    await button.click();
    const popover = w.page.locator(`#${await button.getAttribute('popovertarget')}`);
    await expect.poll(() => popover.locator('[role="status"]').textContent()).toContain('verantwoording van dit cijfer');
    expect(await popover.locator('a[href]').isVisible()).toBe(true);
    await w.context.close();
  });
});
