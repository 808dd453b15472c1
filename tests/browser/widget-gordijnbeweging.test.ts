// The gordijnbeweging widget as a reader uses it: controls, URL state, links that reopen the same
// chart, hostile links, no JavaScript, keyboard, reduced motion, downloads and axe.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { csvParse } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PAGE = '/grafieken/gordijnbeweging/';

async function widgetSnapshot(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-widget="gordijnbeweging"]')!;
    const rect = (cls: string) => root.querySelector(`svg .${cls}`)!.getAttribute('width');
    return {
      slider: root.querySelector<HTMLInputElement>('input[data-control="conjunctuur"]')!.value,
      fund: root.querySelector<HTMLInputElement>('input[data-control="fonds"]')!.checked,
      publicWidth: rect('g-curtain-publiek'),
      marketX: root.querySelector('svg .g-curtain-markt')!.getAttribute('x'),
      summary: root.querySelector('[data-summary]')!.textContent,
      table: [...root.querySelectorAll('[data-table] tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()).join('|')),
      notice: root.querySelector<HTMLElement>('[data-notice]')!.hidden ? '' : root.querySelector('[data-notice]')!.textContent,
    };
  });
}

async function hydrated(page: Page) {
  await page.locator('[data-widget="gordijnbeweging"][data-hydrated="true"]').waitFor({ timeout: 15_000 });
}

describe.skipIf(!chromePath)('gordijnbeweging widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moving the slider changes the picture, the summary, the table and the URL; the URL reopens the same state', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    expect(await runAxe(w.page)).toEqual([]);
    const before = await widgetSnapshot(w.page);
    await w.page.locator('input[data-control="conjunctuur"]').fill('-60');
    await w.page.locator('input[data-control="fonds"]').check();
    const after = await widgetSnapshot(w.page);
    expect(after.slider).toBe('-60');
    expect(after.marketX).not.toBe(before.marketX);
    expect(after.summary).not.toBe(before.summary);
    expect(after.summary).toContain('met participatiefonds');
    expect(after.table).not.toEqual(before.table);
    // the address bar follows once the reader pauses
    await expect.poll(() => new URL(w.page.url()).searchParams.get('conjunctuur')).toBe('-60');
    const url = new URL(w.page.url());
    expect(url.pathname).toBe(PAGE);
    expect(url.searchParams.get('conjunctuur')).toBe('-60');
    expect(url.searchParams.get('fonds')).toBe('1');
    expect(await runAxe(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);

    // a fresh browser context: nothing shared but the link
    const other = await openWatchedPage(browser, baseUrl);
    await other.page.goto(url.href);
    await hydrated(other.page);
    const reopened = await widgetSnapshot(other.page);
    expect({ ...reopened, notice: '' }).toEqual({ ...after, notice: '' });
    expect(reopened.notice).toBe('');
    await other.context.close();
    await w.context.close();
  });

  it('a preset state gets the preset page as its link, which shows the same chart', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    await w.page.locator('input[data-control="conjunctuur"]').fill('-100');
    await expect.poll(() => new URL(w.page.url()).pathname).toBe(`${PAGE}crisis-zonder-fonds/`);
    // pattern ids carry a per-page prefix; everything else must be identical
    const chartMarkup = async () => (await w.page.locator('svg.widget-svg').innerHTML()).replace(/gordijn-\d+-/g, 'gordijn-');
    const chart = await chartMarkup();
    await w.page.goto(`${baseUrl}${PAGE}crisis-zonder-fonds/`);
    await hydrated(w.page);
    expect(await chartMarkup()).toBe(chart);
    await w.context.close();
  });

  it('a garbage or hostile query shows the default with a polite notice, and no console error', async () => {
    for (const query of ['?conjunctuur=banaan&fonds=misschien', '?conjunctuur=%3Cimg%20src=x%20onerror=alert(1)%3E', '?preset=__proto__', '?v=99&%E0%A4%A']) {
      const w = await openWatchedPage(browser, baseUrl);
      await w.page.goto(`${baseUrl}${PAGE}${query}`);
      await hydrated(w.page);
      const snap = await widgetSnapshot(w.page);
      expect(snap.slider, query).toBe('0');
      expect(snap.fund, query).toBe(false);
      expect(snap.notice, query).not.toBe('');
      expect(await w.page.locator('[data-notice]').getAttribute('role')).toBe('status');
      expect(await w.page.locator('img').count()).toBe(0);
      expect(w.consoleErrors, query).toEqual([]);
      await w.context.close();
    }
  });

  it('without JavaScript the page shows the static chart, its summary, its table and preset links', async () => {
    const w = await openWatchedPage(browser, baseUrl, { javaScriptEnabled: false });
    await w.page.goto(`${baseUrl}${PAGE}crisis-met-fonds/`);
    expect(await w.page.locator('svg.widget-svg .g-curtain-publiek').count()).toBe(1);
    expect(await w.page.locator('[data-summary]').textContent()).toContain('met participatiefonds');
    expect(await w.page.locator('[data-table] tr').count()).toBe(3);
    expect(await w.page.locator('[data-controls]').isVisible()).toBe(false);
    expect(await w.page.getByRole('link', { name: 'Crisis zonder participatiefonds' }).first().getAttribute('href')).toBe(`${PAGE}crisis-zonder-fonds/`);
    await w.context.close();
  });

  it('is operable with the keyboard: arrow keys move the slider, space toggles the fund', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    await w.page.locator('input[data-control="conjunctuur"]').focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    expect((await widgetSnapshot(w.page)).slider).toBe('10');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Space');
    expect((await widgetSnapshot(w.page)).fund).toBe(true);
    expect(await w.page.locator('input[data-control="conjunctuur"]').getAttribute('aria-valuetext')).toContain('(10)');
    await w.context.close();
  });

  it('plays a business cycle in steps when the reader prefers reduced motion', async () => {
    const w = await openWatchedPage(browser, baseUrl, { reducedMotion: 'reduce' });
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    const play = w.page.locator('[data-play]');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await w.page.waitForTimeout(1300);
    const stepped = Number((await widgetSnapshot(w.page)).slider);
    expect(stepped).not.toBe(0);
    expect(stepped % 5).toBe(0);
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    expect(await runAxe(w.page)).toEqual([]);
    await w.context.close();
  });

  it('downloads valid SVG, PNG and CSV files of the current state', async () => {
    const w = await openWatchedPage(browser, baseUrl, { acceptDownloads: true });
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    await w.page.locator('input[data-control="conjunctuur"]').fill('40');
    const grab = async (name: string) => {
      const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator(`[data-share="${name}"]`).click()]);
      return { file: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const svg = await grab('svg');
    expect(svg.file).toMatch(/^gordijnbeweging-.*\.svg$/);
    const svgDoc = parseHTML(svg.bytes.toString('utf8')).document;
    expect(svgDoc.querySelector('svg .g-curtain-markt')).not.toBeNull();
    expect(svg.bytes.toString('utf8')).toContain('Aantrekkende economie, zonder fonds');

    const png = await grab('png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.readUInt32BE(16)).toBe(1440); // width: 720 × 2
    expect(png.bytes.readUInt32BE(20)).toBe(680);

    const csv = await grab('csv');
    const rows = csvParse(csv.bytes.toString('utf8').replace(/^\ufeff/, ''));
    expect(rows.columns).toEqual(['zone', 'van', 'tot', 'breedte', 'verschil_met_normaal']);
    expect(rows).toHaveLength(3);
    const table = (await widgetSnapshot(w.page)).table;
    expect(table[1]).toBe(`${rows[1]!.zone}|${rows[1]!.van}|${rows[1]!.tot}|${rows[1]!.breedte}|${rows[1]!.verschil_met_normaal}`);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('offers an embed snippet and a citation for the current state; the embed page opens that state', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    await w.page.locator('input[data-control="conjunctuur"]').fill('-35');
    await expect.poll(() => w.page.locator('[data-share-embed]').inputValue()).toContain('conjunctuur=-35');
    const snippet = await w.page.locator('[data-share-embed]').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!;
    expect(new URL(src).pathname).toBe('/embed/gordijnbeweging/');
    expect(await w.page.locator('[data-share-citation]').textContent()).toMatch(/Geraadpleegd op .* van http.*conjunctuur=-35/);
    const embed = await openWatchedPage(browser, baseUrl);
    await embed.page.goto(`${baseUrl}${new URL(src).pathname}${new URL(src).search}`);
    await hydrated(embed.page);
    expect((await widgetSnapshot(embed.page)).slider).toBe('-35');
    expect(await runAxe(embed.page)).toEqual([]);
    expect(embed.consoleErrors).toEqual([]);
    await embed.context.close();
    await w.context.close();
  });

  it('has social preview images and does not shift the layout when the island takes over', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}crisis-met-fonds/`);
    const og = await w.page.locator('meta[property="og:image"]').getAttribute('content');
    const image = await fetch(`${baseUrl}${new URL(og!).pathname}`);
    expect(image.headers.get('content-type')).toContain('image/png');
    const bytes = Buffer.from(await image.arrayBuffer());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    await w.page.evaluate(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await w.page.locator('.widget').scrollIntoViewIfNeeded();
    await hydrated(w.page);
    await w.page.waitForTimeout(300);
    expect(await w.page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    await w.context.close();
  });
});
