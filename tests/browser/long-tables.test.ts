// A chart's long table is fetched from its own page when the reader opens it; without JavaScript
// the folded table links to that page (src/lib/client/table-on-demand.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { builtPages } from '../helpers/dist.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
// the first built page with a chart whose table lives on a page of its own
const PAGE = builtPages().find((p) => p.document.querySelector('figure.lijngrafiek details[data-table-from]'))?.path ?? '/';

/** Clicks the summary and waits for its toggle event: two quick clicks would merge into none. */
const toggle = (details: Locator) =>
  details.evaluate(
    (d) =>
      new Promise<void>((resolve) => {
        d.addEventListener('toggle', () => resolve(), { once: true });
        d.querySelector('summary')!.click();
      }),
  );

describe.skipIf(!chromePath)('long chart tables on demand', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the table only when the reader opens it, with every row of the table page, once', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`, { waitUntil: 'networkidle' });
    const details = w.page.locator('details[data-table-from]').first();
    const href = (await details.getAttribute('data-table-from'))!;
    const fetched = () => w.requests.filter((u) => new URL(u).pathname === href);
    expect(fetched()).toEqual([]);
    await details.locator('summary').click();
    const rows = details.locator('[data-dataset-table] tbody tr');
    await rows.first().waitFor();
    const own = await browser.newPage();
    await own.goto(`${baseUrl}${href}`);
    expect(await rows.allTextContents()).toEqual(await own.locator('[data-dataset-table] tbody tr').allTextContents());
    await own.close();
    expect(await details.locator('[data-dataset-table]').getAttribute('aria-label')).toBeTruthy();
    // closing and opening again shows it once, without fetching again
    await toggle(details);
    await toggle(details);
    expect(await details.locator('[data-dataset-table]').count()).toBe(1);
    expect(fetched()).toHaveLength(1);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('without JavaScript the folded table leads to the page with the table', async () => {
    const w = await openWatchedPage(browser, baseUrl, { javaScriptEnabled: false });
    await w.page.goto(`${baseUrl}${PAGE}`);
    const details = w.page.locator('details[data-table-from]').first();
    await details.locator('summary').click();
    const link = details.locator('a');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await w.page.waitForURL(/\/cijfers\/reeksen\//);
    expect(await w.page.locator('[data-dataset-table] tbody tr').count()).toBeGreaterThan(100);
    await w.context.close();
  });

  it('says so when the table cannot be loaded, and tries again on the next opening', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    let fail = true;
    await w.page.route('**/cijfers/reeksen/**', (route) => (fail ? route.abort() : route.continue()));
    await w.page.goto(`${baseUrl}${PAGE}`);
    const details = w.page.locator('details[data-table-from]').first();
    await details.locator('summary').click();
    await expect.poll(() => details.locator('[data-table-status]').textContent()).toContain('lukte niet');
    fail = false;
    await toggle(details);
    await toggle(details);
    await details.locator('[data-dataset-table] tbody tr').first().waitFor();
    expect(await details.locator('[data-table-status]').textContent()).toBe('');
    await w.context.close();
  });
});
