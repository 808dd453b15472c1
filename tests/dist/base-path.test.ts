// A build for a sub-path of its host (BASE_PATH, Astro's `base`), in its own output directory:
// every address the site writes stays under the base and resolves, with the same link checker as
// the normal build. Runs with `npm run test:base-path` (BASE_DIST names the directory; CI runs
// it); skipped in a plain `npm test`, which checks the build for the root.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPagesIn, DIST, fileForPathIn, linkProblems } from '../helpers/dist.ts';
import { BUILD_STAMP, parseBuildStamp } from '../../src/lib/site-url.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { inlineCode, metaPolicy } from '../../src/lib/hosting/csp.ts';

const dir = process.env.BASE_DIST ? resolve(import.meta.dirname, '..', '..', process.env.BASE_DIST) : '';
const stamp = dir && existsSync(join(dir, BUILD_STAMP)) ? parseBuildStamp(readFileSync(join(dir, BUILD_STAMP), 'utf8')) : undefined;
if (dir && !stamp) throw new Error(`BASE_DIST=${process.env.BASE_DIST}: daar staat geen volledige build (${BUILD_STAMP} ontbreekt)`);

describe.skipIf(!stamp)(`a build under a sub-path (${stamp?.base ?? 'BASE_DIST niet gezet'})`, () => {
  const base = stamp?.base ?? '/';
  const site = stamp?.site ?? '';
  const pages = stamp ? builtPagesIn(dir, base) : [];
  const byFile = new Map(pages.map((p) => [p.file, p]));

  it('is a build for a sub-path, with all its pages', () => {
    expect(base).toMatch(/^\/[^/]+\/$/);
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages.map((p) => p.path)).toContain(`${base}hoofdstukken/een-betere-bijstand/`);
  });

  for (const page of pages) {
    it(`${page.path}: every address it writes is under the base and exists`, () => {
      const problems = linkProblems(page, byFile, dir, base, site);
      for (const el of page.document.querySelectorAll('*')) {
        for (const { name, value } of [...el.attributes]) {
          // a site path outside the base, or an absolute URL to the site outside the base
          const url = value.startsWith('/') && !value.startsWith('//') ? value : value.startsWith(`${site}/`) ? value.slice(site.length) : undefined;
          if (url === undefined) continue;
          if (!url.startsWith(base)) problems.push(`<${el.tagName.toLowerCase()} ${name}="${value}">: buiten ${base}`);
          else if (['src', 'href', 'action'].includes(name) && !url.includes('#') && !fileForPathIn(dir, base, url)) problems.push(`<${el.tagName.toLowerCase()} ${name}="${value}">: bestaat niet`);
        }
      }
      const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (page.path !== `${base}404.html`) {
        const expected = page.path.startsWith(`${base}embed/`) ? page.path.replace(`${base}embed/`, `${base}grafieken/`) : page.path;
        if (canonical !== `${site}${expected}`) problems.push(`canonical ${canonical}, verwacht ${site}${expected}`);
      }
      expect(problems).toEqual([]);
    });
  }

  // The root build (dist/, which `npm test` made first) is the reference: the sub-path may change
  // addresses, never what a page says or marks (a page comparing its own address with a route,
  // say for the corrections it lists or the current menu item, must take the base off first).
  const root = existsSync(join(DIST, BUILD_STAMP)) ? builtPagesIn(DIST) : [];
  it.skipIf(root.length === 0)('every page says and marks the same as in the build for the root', () => {
    const rootSite = parseBuildStamp(readFileSync(join(DIST, BUILD_STAMP), 'utf8'))!.site;
    const said = (doc: Document, origin: string, b: string) => ({
      // dates out too: a citation names the day of the build, and the two builds may straddle midnight
      text: (doc.body.textContent ?? '')
        .replaceAll(`${origin}${b}`, '<site>/')
        .replace(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}|\d{4}-\d{2}-\d{2}/g, '<datum>')
        .replace(/\s+/g, ' '),
      current: [...doc.querySelectorAll('[aria-current]')].map((e) => `${e.textContent?.trim()}=${e.getAttribute('aria-current')}`),
      corrections: doc.querySelectorAll('.page-correction a').length,
    });
    const differ: string[] = [];
    for (const page of pages) {
      const twin = root.find((p) => p.path === `/${page.path.slice(base.length)}`);
      if (!twin) {
        differ.push(`${page.path}: niet in de build voor de wortel`);
        continue;
      }
      const a = said(twin.document, rootSite, '/');
      const b = said(page.document, site, base);
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(page.path);
    }
    expect(differ).toEqual([]);
    expect(pages.length).toBe(root.length);
  });

  it('the sitemap lists the pages under the base, and robots.txt names it', () => {
    const locs = [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBe(pages.filter((p) => p.path !== `${base}404.html` && !p.path.startsWith(`${base}embed/`)).length);
    for (const loc of locs) expect(loc.startsWith(`${site}${base}`), loc).toBe(true);
    expect(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${site}${base}sitemap-0.xml</loc>`);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
  });

  it('every page carries its policy as a <meta> too (test:base-path builds with CSP_META=1, for hosts without headers)', () => {
    const missing = pages.filter((p) => {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(p.html)?.[1];
      const frameAncestors = p.path.startsWith(`${base}embed/`) ? null : "'self'";
      return meta?.replace(/&quot;/g, '"') !== metaPolicy({ code: inlineCode(p.html), frameAncestors });
    });
    expect(missing.map((p) => p.path)).toEqual([]);
  });

  it('_headers names every path with the base, and gives every page its policy', () => {
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    for (const r of rules) expect(r.path.startsWith(base), r.path).toBe(true);
    // its own rule, or its directory's (pages with one policy under one directory share a rule)
    for (const page of pages) expect(headersFor(rules, page.path).has('Content-Security-Policy'), page.path).toBe(true);
    expect(rules.some((r) => r.path.endsWith('/*') && r.path !== `${base}*` && r.headers.some(([n]) => n === 'Content-Security-Policy'))).toBe(true);
  });
});
