// Search finds the right chapter: for each document its title, a main author, a city or a key
// term puts its chapter (or a page of it) first. Filters by document and theme narrow the
// results, and sub-results point into sections. Uses Pagefind's own browser API on the built
// index, the same one the search UI uses.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { projectPath } from '../../src/lib/project-root.ts';

const GLOSSARY = readYamlLists(projectPath('content', 'glossary')) as unknown as { id: string; term: string }[];

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

interface Hit {
  url: string;
  subUrls: string[];
}

async function search(page: Page, term: string, filters: Record<string, string[]> = {}, limit = 8): Promise<Hit[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  const script = `(async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const found = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(found.results.slice(0, ${limit}).map((r) => r.data()));
    return data.map((d) => ({ url: d.url, subUrls: d.sub_results.map((s) => s.url) }));
  })()`;
  return (await page.evaluate(script)) as Hit[];
}

// term → the chapter (or the start of the chapter's URLs) that must come first
const EXPECTATIONS: [string, string][] = [
  ['Kronkelige gewelven', '/hoofdstukken/kronkelige-gewelven/'],
  ['uitkeringsfabriek', '/hoofdstukken/kronkelige-gewelven/'],
  ['Onder druk wordt alles vloeibaar', '/hoofdstukken/onder-druk/'],
  ['De Gier Miedema', '/hoofdstukken/onder-druk/'],
  ['granieten kern', '/hoofdstukken/onder-druk/'],
  ['Werk aan de winkel', '/hoofdstukken/werk-aan-de-winkel/'],
  ['Rodenburg arbeidsbureau', '/hoofdstukken/werk-aan-de-winkel/'],
  ['Betkó verdeling gemeentelijke budgetten', '/hoofdstukken/werk-aan-de-winkel/'],
  ['Een betere bijstand', '/hoofdstukken/een-betere-bijstand/'],
  ['institutionele verwaarlozing', '/hoofdstukken/een-betere-bijstand/'],
  ['Werkt de zachte hand in de bijstand', '/hoofdstukken/zachte-hand/'],
  ['Stockholm Bremen', '/hoofdstukken/zachte-hand/'],
  ['Leeuwarden', '/hoofdstukken/zachte-hand/'],
  ['gordijnbeweging', '/hoofdstukken/gordijnbeweging/'],
];

describe.skipIf(!chromePath)('search per document', () => {
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

  for (const [term, expected] of EXPECTATIONS) {
    // Where the phrase is also a glossary term, its definition may come first; the chapter then
    // comes right after it.
    const glossaryId = GLOSSARY.find((g) => g.term.toLowerCase() === term.toLowerCase())?.id;
    it(`"${term}" finds ${expected} first${glossaryId ? ' (after the term’s definition)' : ''}`, async () => {
      const hits = await search(page, term);
      const urls = hits.map((h) => h.url);
      const rest = glossaryId && urls[0] === `/begrippen/#${glossaryId}` ? urls.slice(1) : urls;
      expect(rest[0], urls.join(', ')).toMatch(new RegExp(`^${expected}`));
    });
  }

  it('a subject with a theme chapter: the theme chapter’s part first, the document that argues it close behind', async () => {
    // "verdeelmodel" is the subject of a part of Geld en prikkels, which draws on chapter 7 of
    // Werk aan de winkel; a reader must find both
    const urls = (await search(page, 'verdeelmodel')).map((h) => h.url).filter((u) => !u.startsWith('/begrippen/'));
    expect(urls[0], urls.join(', ')).toBe('/hoofdstukken/geld-en-prikkels/verdeelmodel/');
    expect(urls.slice(0, 5), urls.join(', ')).toContain('/hoofdstukken/werk-aan-de-winkel/budgetten-en-verdeelmodel/');
  });

  it('puts every glossary term’s definition among the first three results for that term, opening at the term', async () => {
    // "bijstand" stands on every page of a site about the bijstand, so its definition ranks lower
    // in the list; the search page shows it above the results (search.test.ts).
    const missing: string[] = [];
    for (const g of GLOSSARY.filter((x) => x.id !== 'bijstand')) {
      const urls = (await search(page, g.term, {}, 3)).map((h) => h.url);
      if (!urls.includes(`/begrippen/#${g.id}`)) missing.push(`${g.term}: ${urls.join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('finds pages that only say "bijstandsuitkering" when the reader types "uitkering" (Dutch compounds)', async () => {
    const hits = await search(page, 'uitkering', {}, 100);
    // the chapter never uses the bare word, only compounds such as "bijstandsuitkering"
    const html = await (await fetch(`${baseUrl}/hoofdstukken/een-betere-bijstand/`)).text();
    const { document } = parseHTML(html);
    document.querySelectorAll('[data-pagefind-ignore], meta').forEach((el) => el.remove());
    const prose = document.querySelector('[data-pagefind-body]')!.textContent ?? '';
    expect(prose).toMatch(/bijstandsuitkering/);
    expect(prose).not.toMatch(/[^a-z]uitkering[^a-z]/i);
    expect(hits.map((h) => h.url)).toContain('/hoofdstukken/een-betere-bijstand/');
  });

  it('narrows results to one document with the document filter', async () => {
    const all = await search(page, 'bijstand');
    const filtered = await search(page, 'bijstand', { document: ['Een betere bijstand'] });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const hit of filtered) expect(hit.url).toMatch(/^\/hoofdstukken\/een-betere-bijstand\//);
  });

  it('narrows results by theme', async () => {
    const filtered = await search(page, 'bijstand', { thema: ['De gordijnbeweging'] });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.map((h) => h.url)).toContain('/hoofdstukken/gordijnbeweging/');
  });

  it('points sub-results to sections of a chapter', async () => {
    const hits = await search(page, 'caseload klantmanager');
    const withSections = hits.find((h) => h.subUrls.some((u) => u.includes('#')));
    expect(withSections).toBeDefined();
  });
});
