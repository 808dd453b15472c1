// Every page of the sitemap in a real Chromium, served with the headers of dist/_headers (its
// Content-Security-Policy): no CSP violation, no console errors, no requests to other origins,
// zero axe violations for WCAG 2.0/2.1/2.2 A and AA.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';
import { hydrateAll } from '../helpers/widget-page.ts';
import { loadAllResults } from '../helpers/search-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

// The pages, from the built sitemap (one test per page, each with its own time limit).
const sitemap = join(import.meta.dirname, '..', '..', 'dist', 'sitemap-0.xml');
const paths = existsSync(sitemap) ? [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname) : [];

describe.skipIf(!chromePath)('every page in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the sitemap lists the pages', () => {
    expect(paths.length).toBeGreaterThanOrEqual(10);
    expect(paths).toContain('/hoofdstukken/een-betere-bijstand/');
  });

  for (const path of [...paths, '/bestaat-niet/']) {
    it(`${path}: loads under its CSP without violations, console errors or foreign requests, and axe finds no violations`, async () => {
      const failures: string[] = [];
      const w = await openWatchedPage(browser, baseUrl);
      const response = await w.page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      if (path === '/bestaat-niet/') {
        expect(response?.status()).toBe(404);
        expect(await w.page.locator('h1').textContent()).toBe('Pagina niet gevonden');
      } else if (response?.status() !== 200) {
        failures.push(`${path}: status ${response?.status()}`);
      }
      const violations = await runAxe(w.page);
      for (const v of violations) failures.push(`${path}: axe ${v.id} (${v.impact}) op ${v.targets.slice(0, 3).join(', ')}`);
      // the browser logs the 404 status of an unknown page itself; that is the expected answer
      const expected = path === '/bestaat-niet/' ? /status of 404/ : /^$/;
      for (const e of w.consoleErrors.filter((e) => !expected.test(e))) failures.push(`${path}: console ${e}`);
      for (const r of w.foreignRequests) failures.push(`${path}: verzoek naar ander domein ${r}`);
      for (const v of w.cspViolations) failures.push(`${path}: CSP blokkeerde ${v}`);
      // the policy came as a header (the 404 page, at an unknown address, has only its <meta>)
      const csp = response?.headers()['content-security-policy'];
      if (path !== '/bestaat-niet/' && !csp?.includes("style-src 'self'")) failures.push(`${path}: geen CSP-header`);
      if (csp?.includes('unsafe-inline')) failures.push(`${path}: CSP met unsafe-inline`);
      await w.context.close();
      expect(failures).toEqual([]);
    });
  }

  // Reflow (WCAG 1.4.10), also once client-side content is in: every widget hydrated (each
  // redraws its chart at the width it has) and the search page's results loaded. Neither the page
  // may scroll sideways nor any text be cut off sideways by a box that hides its overflow (a
  // search excerpt in one long line did that: the page stayed 320 px wide, the text was lost).
  const overflow = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll, [data-table]'));
      const clipped = [...document.body.querySelectorAll<HTMLElement>('*')].filter((e) => {
        const css = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        // not: a form field (it scrolls its own value), a box of a few px (the screen-reader-only
        // pattern, which shows nothing), text with an ellipsis (it says that it is cut off)
        if (e.matches('input, textarea, select') || box.width <= 4 || box.height <= 4 || css.textOverflow === 'ellipsis') return false;
        return ['hidden', 'clip'].includes(css.overflowX) && e.scrollWidth > e.clientWidth + 1;
      });
      return [
        ...(document.documentElement.scrollWidth > width ? [`${document.documentElement.scrollWidth - width} px te breed: ${wide.slice(0, 3).map((e) => e.outerHTML.slice(0, 80)).join(' | ')}`] : []),
        ...clipped.slice(0, 3).map((e) => `afgesneden (${e.scrollWidth} px in ${e.clientWidth} px): ${e.outerHTML.slice(0, 100)}`),
      ];
    });

  it('works at 320 px wide without horizontal scrolling, also with every widget hydrated', { timeout: 180_000 }, async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 320, height: 640 } });
    let widgets = 0;
    for (const path of [...paths, '/cijfers/een-betere-bijstand/']) {
      await w.page.goto(`${baseUrl}${path}`);
      expect(await overflow(w.page), path).toEqual([]);
      const n = await hydrateAll(w.page);
      widgets += n;
      if (n > 0) expect(await overflow(w.page), `${path}, gehydrateerd`).toEqual([]);
    }
    // the check must have seen widgets at work (the widget pages, the chapters that have one)
    expect(widgets).toBeGreaterThanOrEqual(5);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('works at 320 px wide on the search page once the results have loaded', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 320, height: 640 } });
    await w.page.goto(`${baseUrl}/zoeken/?q=bijstand`);
    const results = await loadAllResults(w.page);
    expect(results.length).toBeGreaterThan(20);
    // the filters folded open as well
    await w.page.locator('[data-filters] > summary').click();
    await w.page.locator('pagefind-filter-pane').waitFor();
    expect(await overflow(w.page)).toEqual([]);
    await w.context.close();
  });

  it('on a 390 px phone every chart text on every page is at least 12 CSS px', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    const small: string[] = [];
    for (const path of paths) {
      await w.page.goto(`${baseUrl}${path}`);
      const found = await w.page.evaluate(() =>
        [...document.querySelectorAll<SVGTextContentElement>('main svg text')]
          .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '' && getComputedStyle(t).visibility !== 'hidden')
          .map((t) => ({ text: t.textContent!.trim().slice(0, 30), px: parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement?.getScreenCTM()?.a ?? 1) }))
          .filter((t) => t.px < 11.99),
      );
      for (const f of found) small.push(`${path}: "${f.text}" ${f.px.toFixed(1)} px`);
    }
    expect(small).toEqual([]);
    await w.context.close();
  });
});
