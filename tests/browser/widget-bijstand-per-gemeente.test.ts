// The map "Bijstand per gemeente" as a reader uses it: the search box by keyboard (ARIA APG
// combobox), the year, the table of all municipalities with its sort in the link, a merged
// municipality, and the municipality under the pointer. What every widget must do (hostile links,
// no JS, downloads, embeds, phone, dark scheme) is in widget-kit.test.ts and the page suites.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';
import { hydrated } from '../helpers/widget-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PAGE = '/grafieken/bijstand-per-gemeente/';
const BOX = 'input[data-control="gemeente"]';
const summary = (w: { page: import('playwright-core').Page }) => w.page.locator('[data-summary]').textContent();

describe.skipIf(!chromePath)('bijstand-per-gemeente widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds a municipality by keyboard: type, arrow down, Enter; the summary, table, outline and link follow', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    await w.page.goto(`${baseUrl}${PAGE}`);
    await w.page.locator('[data-widget]').scrollIntoViewIfNeeded();
    await hydrated(w.page);
    const box = w.page.locator(BOX);
    await box.focus();
    await w.page.keyboard.type('leeuw');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const listbox = w.page.locator('[role="listbox"]');
    expect(await listbox.locator('[role="option"]').first().textContent()).toBe('Leeuwarden');
    await w.page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await w.page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await w.page.keyboard.press('Enter');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('Leeuwarden');
    await expect.poll(() => summary(w)).toContain('In Leeuwarden waren het er 69, meer dan in heel Nederland (35,5).');
    expect(await w.page.locator('[data-table] tbody tr').nth(1).textContent()).toContain('jouw keuze');
    expect(await w.page.locator('[data-chart] path.keuze').getAttribute('d')).toMatch(/^M/);
    await expect.poll(() => new URL(w.page.url()).search).toBe('?gemeente=GM0080&v=1&data=2026-12');
    // Escape closes the list, a second Escape empties the box
    await box.focus();
    await w.page.keyboard.type('x');
    await w.page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await runAxe(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('a merged municipality: Bussum in 2017 shows Gooise Meren and says why; the year control brings Bussum back', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}?gemeente=GM0381&v=1&data=2026-12`);
    await w.page.locator('[data-widget]').scrollIntoViewIfNeeded();
    await hydrated(w.page);
    expect(await summary(w)).toContain('Bussum is in 2016 opgegaan in Gooise Meren');
    await w.page.locator('input[data-control="jaar"]').fill('2015');
    await expect.poll(() => summary(w)).toContain('In Bussum waren het er 24,');
    await expect.poll(() => new URL(w.page.url()).search).toBe('?jaar=2015&gemeente=GM0381&v=1&data=2026-12');
    await w.context.close();
  });

  it('the table of all municipalities: built on opening, filtered by name, sorted by a column head, the sort in the link', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await w.page.locator('[data-widget]').scrollIntoViewIfNeeded();
    await hydrated(w.page);
    await w.page.locator('details[data-all-table] summary').click();
    const rows = w.page.locator('details[data-all-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(388);
    await w.page.locator('details[data-all-table] button', { hasText: 'Per 1.000 inwoners' }).click();
    await expect.poll(() => new URL(w.page.url()).search).toBe('?sorteer=-dichtheid&v=1&data=2026-12');
    expect(await rows.first().locator('th').textContent()).toBe('Rotterdam');
    expect(await w.page.locator('[data-sort-head="dichtheid"]').getAttribute('aria-sort')).toBe('descending');
    await w.page.locator('details[data-all-table] input[type="search"]').fill('rott');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('a').getAttribute('href')).toBe('/hoofdstukken/zachte-hand/rotterdam/');
    expect(await runAxe(w.page)).toEqual([]);
    // the link reopens the same order
    const other = await openWatchedPage(browser, baseUrl);
    await other.page.goto(w.page.url());
    await other.page.locator('[data-widget]').scrollIntoViewIfNeeded();
    await hydrated(other.page);
    await other.page.locator('details[data-all-table] summary').click();
    expect(await other.page.locator('details[data-all-table] tbody tr').first().locator('th').textContent()).toBe('Rotterdam');
    await other.context.close();
    await w.context.close();
  });

  it('the live map draws every border, and names the municipality under the pointer; a click chooses it', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 1280, height: 900 } });
    await w.page.goto(`${baseUrl}${PAGE}`);
    await w.page.locator('[data-widget]').scrollIntoViewIfNeeded();
    await hydrated(w.page);
    expect((await w.page.locator('[data-chart] path.grenzen').getAttribute('d'))!.length).toBeGreaterThan(1000);
    // the marker of Utrecht is inside Utrecht
    const marker = w.page.locator('[data-chart] g.steden circle').nth(2);
    const box = (await marker.boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 1);
    await expect.poll(() => w.page.locator('[data-pointer-info]').textContent()).toMatch(/^Utrecht: 43,5 per 1\.000 inwoners/);
    await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 1);
    await expect.poll(() => summary(w)).toContain('In Utrecht waren het er 43,5');
    await w.context.close();
  });
});
