// "De voorstellen naast elkaar" on a 390 px phone: the page does not scroll sideways, the matrix
// scrolls in its own labelled region that the keyboard reaches and moves, every cell says its stance
// in words and links to a heading that exists, and the per-proposal list reads without the table.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PAGE = '/hoofdstukken/voorstellen/';

describe.skipIf(!chromePath)('the proposals matrix', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reflows at 390 px: the table scrolls in a focusable, labelled region; the page does not', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    await w.page.goto(`${baseUrl}${PAGE}`);
    const page = w.page;
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: /Wat elk stuk met elk voorstel doet/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    const box = (await region.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // wider than the phone inside, and the keyboard moves it
    expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    expect(await runAxe(page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('has a caption, column and row heads, and a stance in words in every cell', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    const table = w.page.locator('table.vm');
    expect(await table.locator('caption').count()).toBe(1);
    const cols = await table.locator('thead th[scope="col"]').allTextContents();
    expect(cols.slice(1)).toEqual(['Kronkelige gewelven', 'Onder druk', 'Zachte hand', 'Werk aan de winkel', 'Een betere bijstand']);
    const rows = table.locator('tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThanOrEqual(10);
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells).toHaveLength(n * 5);
    for (const c of cells) expect(c).toMatch(/(stelt voor|steunt|noemt|wijst af|niet vermeld)$/);
    // "niet vermeld" is said, not left blank, and is not a link; every other cell is one
    const links = table.locator('tbody td a');
    expect(await links.count()).toBe(cells.filter((c) => !c.endsWith('niet vermeld')).length);
    // each row head lands on that proposal's own heading on this page
    for (const href of await table.locator('tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await w.page.locator(`h3${href}`).count(), href).toBe(1);
    }
    await w.context.close();
  });

  it('a cell link opens the document’s page at the heading where we discuss it', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    const link = w.page.locator('table.vm tbody tr', { hasText: 'Een participatiefonds' }).locator('td a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await w.page.waitForURL((u) => u.pathname === href.split('#')[0]);
    expect(await w.page.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1);
    await w.context.close();
  });
});
