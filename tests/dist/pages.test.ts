// Checks every built page for what a reader, a search engine and a screen reader rely on.
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, fileForPath, linkProblems, DIST } from '../helpers/dist.ts';
import { glossaryRecords } from '../../src/lib/search-glossary.ts';
import { BUILD_STAMP, parseBuildStamp } from '../../src/lib/site-url.ts';

const pages = builtPages();
// the address dist/ was built for (src/integrations/site-url.ts)
const site = parseBuildStamp(readFileSync(join(DIST, BUILD_STAMP), 'utf8'))!.site;
const byFile = new Map(pages.map((p) => [p.file, p]));

describe('built pages', () => {
  it('include every page type the site promises', () => {
    const paths = pages.map((p) => p.path);
    for (const p of ['/', '/hoofdstukken/', '/hoofdstukken/een-betere-bijstand/', '/zoeken/', '/bronnen/', '/over/', '/toegankelijkheid/', '/begrippen/', '/cijfers/', '/404.html']) {
      expect(paths).toContain(p);
    }
  });

  for (const page of pages) {
    describe(page.path, () => {
      const doc = page.document;

      it('is Dutch, with one h1, a title, a meta description and a canonical URL on the site’s address', () => {
        expect(doc.documentElement.getAttribute('lang')).toBe('nl');
        expect(doc.querySelectorAll('h1')).toHaveLength(1);
        expect(doc.querySelector('title')?.textContent?.trim().length).toBeGreaterThan(3);
        expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(30);
        const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
        const robots = doc.querySelector('meta[name="robots"]')?.getAttribute('content');
        if (page.path === '/404.html') {
          // the 404 page is served at every unknown address: it is no page of its own
          expect(canonical).toBeUndefined();
          expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
          expect(robots).toBe('noindex');
          return;
        }
        // an embed page points search engines to the widget's own page
        const expected = page.path.startsWith('/embed/') ? page.path.replace('/embed/', '/grafieken/') : page.path;
        expect(canonical).toBe(new URL(expected, site).href);
        expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
        expect(robots).toBe(page.path.startsWith('/embed/') ? 'noindex' : undefined);
        expect(fileForPath(new URL(canonical!).pathname), 'the canonical page exists').toBeDefined();
      });

      it.skipIf(page.path.startsWith('/embed/'))('has a skip link to the main content and landmarks', () => {
        const skip = doc.querySelector('a.skip-link');
        expect(skip?.getAttribute('href')).toBe('#inhoud');
        expect(doc.querySelector('main#inhoud')).not.toBeNull();
        expect(doc.querySelector('header')).not.toBeNull();
        expect(doc.querySelector('footer')).not.toBeNull();
      });

      it('keeps a space between a word and a link beside it (Astro drops it at a line break before a tag)', () => {
        const html = doc.querySelector('main')?.innerHTML ?? '';
        const glued = [...html.matchAll(/\p{L}<a\s[^>]*>[^<]{0,30}|<\/a>\p{L}+/gu)].map((m) => m[0]);
        expect(glued).toEqual([]);
      });

      it('has no duplicate ids', () => {
        const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
        const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
        expect(dupes).toEqual([]);
      });

      it('links only to pages, files and anchors that exist (its own absolute URLs too)', () => {
        expect(linkProblems(page, byFile, DIST, '/', site)).toEqual([]);
      });

      // the accessibility page names WCAG versions (2.0, 2.1, 2.2), which are not decimals
      it.skipIf(page.path === '/toegankelijkheid/')('writes decimal numbers with a comma (15,2), in prose, tables and charts alike', () => {
        const main = doc.querySelector('main');
        if (!main) return;
        // text with a space where each element ends, so "93." and a footnote's "17" stay apart
        const text = main.innerHTML.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
        // allowed: section numbers ("‘4.2 Over de…", "§ 4.5"), the licence "CC BY 4.0", "WCAG 2.2"
        const cleaned = text.replace(/(CC BY|WCAG) \d\.\d/g, '').replace(/(‘|§\s?|onderdeel |hoofdstuk |paragraaf |paragrafen |par\. )\d+(\.\d+)+/gi, '');
        const points = [...cleaned.matchAll(/(?<![\d.,])\d+\.\d{1,2}(?!\d)/g)].map((m) => cleaned.slice(Math.max(0, m.index! - 25), m.index! + 10));
        expect(points).toEqual([]);
      });

      it('loads scripts, styles and images only from this site', () => {
        const external = [...doc.querySelectorAll('script[src], link[rel="stylesheet"], img[src], link[rel="icon"]')]
          .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '')
          .filter((u) => /^(https?:)?\/\//.test(u));
        expect(external).toEqual([]);
        for (const s of doc.querySelectorAll('script[src]')) expect(fileForPath(s.getAttribute('src')!), s.getAttribute('src')!).toBeDefined();
      });
    });
  }
});

describe('search index', () => {
  it('exists, is Dutch and covers every page with data-pagefind-body, plus one record per glossary term', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind-component-ui.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const searchable = pages.filter((p) => p.document.querySelector('[data-pagefind-body]'));
    const terms = glossaryRecords();
    expect(terms.length).toBeGreaterThan(50);
    expect(entry.languages.nl!.page_count).toBe(searchable.length + terms.length);
    // the glossary page itself is not in the index: its terms are, each at its anchor
    expect(searchable.map((p) => p.path)).not.toContain('/begrippen/');
    const begrippen = pages.find((p) => p.path === '/begrippen/')!.document;
    for (const r of terms) expect(begrippen.getElementById(r.url.split('#')[1]!), r.url).not.toBeNull();
  });

  it('gives every glossary term the documents that use it, linked to their chapters, and related terms that exist', () => {
    const begrippen = pages.find((p) => p.path === '/begrippen/')!.document;
    const entries = [...begrippen.querySelectorAll('.begrippen dt')];
    expect(entries.length).toBeGreaterThanOrEqual(80);
    for (const dt of entries) {
      const dd = dt.nextElementSibling!;
      const usage = dd.querySelector('.in-stukken');
      expect(usage, dt.id).not.toBeNull();
      const links = [...usage!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      // either the documents, each a chapter page, or the plain statement that none uses it
      if (links.length === 0) expect(usage!.textContent).toContain('Komt in geen van de vijf stukken voor');
      for (const href of links) expect(href, dt.id).toMatch(/^\/hoofdstukken\/[a-z-]+\/$/);
      const related = [...dd.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Verwante begrippen'));
      expect(related, `${dt.id}: geen verwante begrippen`).toBeDefined();
      for (const a of related!.querySelectorAll('a')) expect(begrippen.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    }
  });

  it('indexes the main content only, not the navigation or footer', () => {
    for (const page of pages) {
      const body = page.document.querySelector('[data-pagefind-body]');
      if (!body) continue;
      expect(body.tagName).toBe('MAIN');
      expect(body.querySelector('nav.main-nav, footer')).toBeNull();
    }
  });

  it('leaves the search page and the 404 page out of the index', () => {
    for (const path of ['/zoeken/', '/404.html']) {
      expect(pages.find((p) => p.path === path)!.document.querySelector('[data-pagefind-body]')).toBeNull();
    }
  });

  it('gives chapters filters for document and theme and compound keywords', () => {
    const chapter = pages.find((p) => p.path === '/hoofdstukken/een-betere-bijstand/')!.document;
    expect([...chapter.querySelectorAll('[data-pagefind-filter="document"]')].map((e) => e.textContent)).toEqual(['Een betere bijstand']);
    expect(chapter.querySelectorAll('[data-pagefind-filter="thema"]').length).toBeGreaterThan(0);
    const keywords = chapter.querySelector('meta[data-pagefind-meta="trefwoorden[content]"]')?.getAttribute('content') ?? '';
    expect(keywords.split(', ')).toEqual(expect.arrayContaining(['uitkering', 'budget', 'ontvanger']));
  });

  it('loads no search code before the reader asks for it', () => {
    for (const page of pages) {
      for (const s of page.document.querySelectorAll('script[src]')) expect(s.getAttribute('src')).not.toMatch(/pagefind/);
      expect(page.document.querySelector('link[href*="pagefind"]')).toBeNull();
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page except the 404 page and the embed pages, at the site’s address', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.filter((l) => !l.startsWith(`${site}/`))).toEqual([]);
    const listed = locs.map((l) => new URL(l).pathname).sort();
    expect(listed).toEqual(pages.filter((p) => p.path !== '/404.html' && !p.path.startsWith('/embed/')).map((p) => p.path).sort());
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${site}/sitemap-0.xml</loc>`);
  });

  it('robots.txt allows crawling and points to the sitemap index on the site’s address', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \S/m);
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]);
    expect(sitemaps).toEqual([`${site}/sitemap-index.xml`]);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });
});
