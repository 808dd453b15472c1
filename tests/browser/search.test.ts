// Search as a reader uses it: the search page with ?q=, the dialog from the header, Dutch
// compounds, and no search code before the reader asks for it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const CHAPTER = '/hoofdstukken/een-betere-bijstand/';

describe.skipIf(!chromePath)('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens /zoeken/?q=… and returns the result URLs in order, once the result list has settled. */
  async function searchPage(term: string) {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent(term)}`);
    await w.page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    const links = () =>
      w.page.locator('pagefind-results .pf-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // results render progressively: wait until two reads in a row agree
    let hrefs = await links();
    await expect
      .poll(async () => {
        const next = await links();
        const stable = next.length === hrefs.length;
        hrefs = next;
        return stable;
      }, { timeout: 10_000, interval: 300 })
      .toBe(true);
    return { w, hrefs };
  }

  it('finds the chapter for a phrase from it ("granieten bestand"; "institutionele verwaarlozing" first)', async () => {
    // several chapters discuss the 'granieten bestand'; the phrase only this chapter uses ranks it first
    expect((await searchPage('institutionele verwaarlozing')).hrefs[0]).toBe(CHAPTER);
    const { w, hrefs } = await searchPage('granieten bestand');
    expect(hrefs).toContain(CHAPTER);
    expect(await w.page.inputValue('#q')).toBe('granieten bestand');
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(await runAxe(w.page)).toEqual([]);
    await w.context.close();
  });

  it('shows prose excerpts, without the figure and term buttons', async () => {
    const { w } = await searchPage('bijstandsuitkering');
    // excerpts are prose: the "bron" and "?" buttons next to figures and terms are not indexed
    const excerpts = await w.page.locator('pagefind-results .pf-result-excerpt').allTextContents();
    for (const e of excerpts) expect(e).not.toMatch(/\dbron|bron\s*\?/);
    await w.context.close();
  });

  it('finds the chapter by a city and its authors; an author of two documents finds one of them first', async () => {
    const city = await searchPage('Groningen basisbanen');
    expect(city.hrefs[0]).toBe(CHAPTER);
    await city.w.context.close();
    // Monique Kremer wrote this piece and the 2017/2018 dossier: either may come first
    const author = await searchPage('Kremer');
    expect(author.hrefs[0]).toMatch(/^\/hoofdstukken\/(een-betere-bijstand|zachte-hand)\//);
    expect(author.hrefs).toContain(CHAPTER);
    await author.w.context.close();
  });

  it('loads no search code until the reader opens search from the header, then finds results', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/`);
    expect(w.requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    await w.page.getByRole('link', { name: 'Zoeken' }).click();
    const input = w.page.locator('pagefind-modal input').first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('institutionele verwaarlozing');
    const first = w.page.locator('pagefind-modal a[href*="/hoofdstukken/"]').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toContain(CHAPTER);
    expect(await runAxe(w.page)).toEqual([]);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Zoeken');
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('updates the URL as the reader types on the search page', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/zoeken/`);
    await w.page.fill('#q', 'klantmanager');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('q')).toBe('klantmanager');
    await w.page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    await w.context.close();
  });
});
