// "De bijstand door de jaren heen" as a reader uses it: choose series and years (state in the
// URL, which reopens the same view), read one year exactly by keyboard or pointer (not in the
// URL), and the last series cannot be switched off. What every widget must do (hostile links,
// no JS, downloads, embeds, phone) is in widget-kit.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';
import { hydrated } from '../helpers/widget-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PAGE = '/grafieken/bijstand-in-de-tijd/';
const box = (id: string) => `input[data-control="reeks"][value="${id}"]`;
const rows = '[data-widget] [data-table] tbody tr';

describe.skipIf(!chromePath)('bijstand-in-de-tijd widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('series and years change the chart, the table and the URL; the URL reopens the same view', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    await w.page.locator(box('uitkeringen')).uncheck();
    await w.page.locator(box('werkloosheid')).check();
    await w.page.locator('select[data-control="van"]').selectOption('2019');
    await w.page.locator('select[data-control="tot"]').selectOption('2021');
    await expect.poll(() => new URL(w.page.url()).search).toBe('?reeks=personen%2Cwerkloosheid&jaren=2019..2021&v=1&data=2026-11');
    // the CSV files' values, one row per year and series, and the document's "begin 2020"
    const table = await w.page.locator(rows).evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent!.trim()).join(' | ')));
    // in time order: an annual average (mid-year) before the stock at the end of that year
    expect(table).toEqual([
      '2019 | Werklozen | 423',
      '2019 | Personen met bijstand | 415',
      'begin 2020 | Uit ‘Een betere bijstand’: mensen | 413',
      '2020 | Werklozen | 465',
      '2020 | Personen met bijstand | 428',
      '2021 | Werklozen | 408',
      '2021 | Personen met bijstand | 408',
    ]);
    expect(await w.page.locator('[data-widget] svg [data-series]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-series')))).toEqual(['personen', 'werkloosheid']);
    const link = w.page.url();
    const again = await browser.newPage();
    await again.goto(link);
    await hydrated(again);
    expect(await again.locator(rows).count()).toBe(7);
    expect(await again.locator(box('uitkeringen')).isChecked()).toBe(false);
    expect(await again.locator('[data-notice]').isHidden()).toBe(true);
    await again.close();
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('reads one year exactly, by keyboard and by pointer, without changing the link', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    const select = w.page.locator('select[data-control="jaar"]');
    await select.focus();
    await select.selectOption('2016');
    await expect
      .poll(() => w.page.locator('[data-readout]').textContent())
      .toBe('2016: bijstandsuitkeringen (gemiddeld): 395,0 duizend uitkeringen; personen met bijstand (eind december): 465 duizend personen.');
    expect(await w.page.locator('[data-widget] svg .t-focus rect').count()).toBe(1);
    // the pointer over 2023 (the persons' voorlopig figure)
    const svg = w.page.locator('[data-widget] [data-chart] svg');
    const at = await svg.evaluate((el: SVGSVGElement) => {
      const w = el.viewBox.baseVal.width;
      const box = el.getBoundingClientRect();
      // the plot runs from 40 px to 14 px before the right edge, over 1998 to the end of 2025
      return { x: ((40 + ((2023.5 - 1998) / 28) * (w - 54)) / w) * box.width, y: box.height / 3 };
    });
    await svg.hover({ position: at });
    await expect.poll(() => w.page.locator('[data-readout]').textContent()).toMatch(/^2023: .*401 duizend personen, voorlopig\.$/);
    expect(new URL(w.page.url()).search).toBe('');
    expect(await runAxe(w.page)).toEqual([]);
    await w.context.close();
  });

  it('keeps at least one series: the last one cannot be switched off', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}?reeks=ww&v=1`);
    await hydrated(w.page);
    await w.page.locator(box('ww')).click();
    expect(await w.page.locator(box('ww')).isChecked()).toBe(true);
    expect(await w.page.locator('[data-readout]').textContent()).toBe('Er blijft minstens één reeks in beeld.');
    expect(await w.page.locator('[data-widget] svg [data-series]').count()).toBe(1);
    await w.context.close();
  });
});
