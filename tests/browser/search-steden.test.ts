// Search finds the comparison of cities ("Gemeenten kiezen hun eigen weg", its parts and the
// widget `steden`) for every city it compares, among the first results, while each city's own
// document chapter keeps its place (search-per-document.test.ts). Pagefind's own browser API on
// the built index, as the search UI uses it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

async function searchUrls(page: Page, term: string, limit = 10): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  const script = `(async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const found = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(found.results.slice(0, ${limit}).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`;
  return (await page.evaluate(script)) as string[];
}

const STEDEN = ['Rotterdam', 'Amsterdam', 'Utrecht', 'Tilburg', 'Leeuwarden', 'Stockholm', 'Bremen'];
/** the comparison's pages: the theme chapter, its parts, the widget page and its presets */
const COMPARISON = /^\/(hoofdstukken\/gemeenten\/|grafieken\/steden\/)/;
/**
 * How far down the comparison may be: among the results the search shows first (it asks for
 * eight, src/lib/client/search-answer.ts). The city's own document chapter and its parts rightly
 * come before it (Amsterdam has several).
 */
const WITHIN = 8;

describe.skipIf(!chromePath)('search finds the comparison of cities', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
    page = (await openWatchedPage(browser, baseUrl)).page;
    await page.goto(`${baseUrl}/zoeken/`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const city of STEDEN) {
    it(`steden: "${city}" finds the comparison among the first ${WITHIN} results`, async () => {
      const urls = await searchUrls(page, city);
      const at = urls.findIndex((u) => COMPARISON.test(u));
      expect(at, urls.join(', ')).toBeGreaterThanOrEqual(0);
      expect(at, urls.join(', ')).toBeLessThan(WITHIN);
    });
  }

  it('steden: "Gemeenten kiezen hun eigen weg" finds the theme chapter first', async () => {
    const urls = await searchUrls(page, 'Gemeenten kiezen hun eigen weg');
    expect(urls[0], urls.join(', ')).toMatch(/^\/hoofdstukken\/gemeenten\//);
  });
});
