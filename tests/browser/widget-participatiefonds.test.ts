// The participatiefonds as a reader uses it: the cycle choice and the sliders change chart,
// summary, table and URL; the chosen year's link opens that year in the gordijnbeweging, in the
// state it names. What every widget must do (hostile links, no JS, embeds, phone) is in
// widget-kit.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { hydrated, widgetSnapshot } from '../helpers/widget-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PAGE = '/grafieken/participatiefonds/';

describe.skipIf(!chromePath)('participatiefonds widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switching to the WW cycle and choosing a year updates everything, and the link opens that year in the gordijnbeweging', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    const link = w.page.locator('[data-gordijn-link]');
    expect(await link.getAttribute('href')).toBe('/grafieken/gordijnbeweging/crisis-met-fonds/');
    const before = await widgetSnapshot(w.page);
    await w.page.locator('select[data-control="cyclus"]').selectOption('ww-1998-2017');
    const stap = w.page.locator('input[data-control="stap"]');
    expect(await stap.getAttribute('max')).toBe('20');
    await stap.fill('1');
    const after = await widgetSnapshot(w.page);
    expect(after.chart).not.toEqual(before.chart);
    expect(after.summary).toContain('de WW-uitkeringen van 1998 tot 2017 (CBS)');
    expect(after.table).not.toEqual(before.table);
    await expect.poll(() => new URL(w.page.url()).search).toBe('?cyclus=ww-1998-2017&stap=1&v=1');
    expect(await w.page.locator('[data-output="stap"]').textContent()).toBe('1998 (normale conjunctuur)');
    // 1998: conjunctuur −10, and the fund is still empty: the gordijnbeweging without fund
    expect(await link.getAttribute('href')).toBe('/grafieken/gordijnbeweging/?conjunctuur=-10&v=1');
    await link.click();
    await w.page.waitForURL('**/grafieken/gordijnbeweging/**');
    await hydrated(w.page);
    expect(await w.page.locator('input[data-control="conjunctuur"]').inputValue()).toBe('-10');
    expect(await w.page.locator('input[data-control="fonds"]').isChecked()).toBe(false);
    expect(await w.page.locator('[data-notice]').isHidden()).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
