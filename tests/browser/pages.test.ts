// Every page of the sitemap in a real Chromium, served with the headers of dist/_headers (its
// Content-Security-Policy): no CSP violation, no console errors, no requests to other origins,
// zero axe violations for WCAG 2.0/2.1/2.2 A and AA.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';

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

  it('works at 320 px wide without horizontal scrolling', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 320, height: 640 } });
    for (const path of [...paths, '/cijfers/een-betere-bijstand/']) {
      await w.page.goto(`${baseUrl}${path}`);
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
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
