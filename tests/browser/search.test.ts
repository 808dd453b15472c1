// Search as a reader uses it: the search page with ?q=, the dialog from the header, Dutch
// compounds, and no search code before the reader asks for it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

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
    // results load as they scroll into view, one by one: scroll to the end until no more arrive
    // (two reads in a row agree)
    let hrefs = await links();
    await expect
      .poll(
        async () => {
          await w.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          const next = await links();
          const stable = next.length === hrefs.length;
          hrefs = next;
          return stable;
        },
        { timeout: 20_000, interval: 400 },
      )
      .toBe(true);
    await w.page.evaluate(() => window.scrollTo(0, 0));
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

  it('finds the theme chapter on money for the words a journalist types (BUIG, macrobudget, vangnet, participatiefonds)', async () => {
    // each part of "Geld en prikkels" must be found for its own subject, within the first results
    const cases: [string, string][] = [
      ['macrobudget', '/hoofdstukken/geld-en-prikkels/geldstromen/'],
      ['vangnetregeling', '/hoofdstukken/geld-en-prikkels/verdeelmodel/'],
      ['activeringsbudget', '/hoofdstukken/geld-en-prikkels/begeleiding/'],
      ['participatiefonds', '/hoofdstukken/geld-en-prikkels/voorstellen/'],
    ];
    for (const [query, href] of cases) {
      const { w, hrefs } = await searchPage(query);
      expect(hrefs.slice(0, 6), query).toContain(href);
      await w.context.close();
    }
  });

  it('finds "De voorstellen naast elkaar" by the name of each proposal in its matrix, within the first results', { timeout: 180_000 }, async () => {
    const { proposals } = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'voorstellen.yaml'), 'utf8')) as { proposals: { name: string }[] };
    expect(proposals.length).toBeGreaterThanOrEqual(10);
    const missed: string[] = [];
    for (const { name } of proposals) {
      const { w, hrefs } = await searchPage(name);
      if (!hrefs.slice(0, 6).includes('/hoofdstukken/voorstellen/')) missed.push(`${name}: ${hrefs.slice(0, 6).join(' ')}`);
      await w.context.close();
    }
    expect(missed).toEqual([]);
  });

  it('finds the theme chapter on the level of the bijstand for a citizen’s question and for the kostendelersnorm', async () => {
    // "Hoe hoog is de bijstand?": the question a citizen types finds the chapter first, and the
    // kostendelersnorm (once a word the site did not have) finds the chapter or its part on it first
    const question = await searchPage('hoeveel bijstand krijg ik');
    expect(question.hrefs[0]).toBe('/hoofdstukken/hoe-hoog/');
    await question.w.context.close();
    const norm = await searchPage('kostendelersnorm');
    expect(norm.hrefs[0]).toMatch(/^\/hoofdstukken\/hoe-hoog\//);
    expect(norm.hrefs.slice(0, 3)).toContain('/hoofdstukken/hoe-hoog/kostendelersnorm/');
    expect(await norm.w.page.locator('[data-search-answer] .zoek-ontbreekt').count()).toBe(0);
    await norm.w.context.close();
  });

  it('finds the theme chapter on what the bijstand is, with its timeline, for the old laws', async () => {
    for (const query of ['Algemene Bijstandswet', 'Armenwet']) {
      const { w, hrefs } = await searchPage(query);
      expect(hrefs[0], query).toBe('/hoofdstukken/wat-is-de-bijstand/');
      await w.context.close();
    }
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

  it('shows a glossary term’s definition above the results, linking to the term', async () => {
    const cases: [string, string][] = [
      ['tegenprestatie', 'tegenprestatie'],
      ['bijstand', 'bijstand'],
      ['Klantmanagers', 'klantmanager'],
    ];
    for (const [term, id] of cases) {
      const { w } = await searchPage(term);
      const card = w.page.locator('[data-search-answer] .zoek-begrip');
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.locator('a').getAttribute('href')).toBe(`/begrippen/#${id}`);
      // above the first result
      const cardBottom = (await card.boundingBox())!.y;
      const first = (await w.page.locator('pagefind-results .pf-result-link').first().boundingBox())!.y;
      expect(cardBottom).toBeLessThan(first);
      await w.context.close();
    }
    // the link opens the glossary at the term, which the A–Z index also reaches
    const g = await openWatchedPage(browser, baseUrl);
    await g.page.goto(`${baseUrl}/begrippen/#tegenprestatie`);
    expect(await g.page.evaluate(() => Math.round(document.getElementById('tegenprestatie')!.getBoundingClientRect().top))).toBeLessThan(100);
    await g.page.locator('.az a', { hasText: /^T$/ }).click();
    expect(new URL(g.page.url()).hash).toBe('#letter-t');
    await g.context.close();
  });

  it('says plainly when a word is not on the site, instead of showing results for a part of it', async () => {
    const { w } = await searchPage('huishoudboekje');
    const note = w.page.locator('[data-search-answer] .zoek-ontbreekt');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('Het woord ‘huishoudboekje’ staat niet op deze site.');
    await w.context.close();
    const typo = await searchPage('tegenpresatie');
    const near = typo.w.page.locator('[data-search-answer] .zoek-ontbreekt a');
    await expect.poll(() => near.count()).toBeGreaterThan(0);
    expect(await near.first().textContent()).toBe('tegenprestatie');
    expect(await near.first().getAttribute('href')).toBe('/zoeken/?q=tegenprestatie');
    await typo.w.context.close();
    // a word that is on the site gets no such notice
    const found = await searchPage('participatiefonds');
    await found.w.page.waitForTimeout(300);
    expect(await found.w.page.locator('[data-search-answer] .zoek-ontbreekt').count()).toBe(0);
    await found.w.context.close();
  });

  it('on a phone, once the results are in: no sideways scrolling at 320 or 390 px, the first result on the screen, no layout shift', async () => {
    for (const width of [320, 390]) {
      const w = await openWatchedPage(browser, baseUrl, { viewport: { width, height: width === 390 ? 844 : 640 } });
      await w.page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await w.page.goto(`${baseUrl}/zoeken/?q=bijstand`);
      // results load as they come into view
      await w.page.locator('pagefind-results').scrollIntoViewIfNeeded();
      await w.page.locator('pagefind-results .pf-result-link').first().waitFor({ timeout: 15_000 });
      await w.page.waitForTimeout(1500);
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}px`).toBeLessThanOrEqual(0);
      // while the first results arrive on the screen nothing may jump (a tap would land on the
      // wrong result); at 320 px they arrive below it, and load as the reader scrolls
      if (width === 390) expect(await w.page.evaluate(() => (window as unknown as { cls: number }).cls), `${width}px`).toBeLessThan(0.1);
      // scroll through all results (they load as they come into view), then check again
      await w.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await w.page.waitForTimeout(1500);
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}px, na scrollen`).toBeLessThanOrEqual(0);
      await w.page.evaluate(() => window.scrollTo(0, 0));
      if (width === 390) {
        const firstTop = (await w.page.locator('pagefind-results .pf-result-link').first().boundingBox())!.y;
        expect(firstTop, `${width}px: eerste resultaat op het scherm`).toBeLessThan(844);
      }
      expect(await runAxe(w.page)).toEqual([]);
      await w.context.close();
    }
  });
});
