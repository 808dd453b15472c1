// The sub-path build (BASE_DIST, see tests/dist/base-path.test.ts) served under its base in
// Chromium: every page loads under its policy with nothing missing, with the headers of _headers
// (Netlify, Cloudflare Pages); and on a host that sends no headers (GitHub Pages, where project
// sites live under a sub-path), with the policy of each page's <meta> alone, a reader can search,
// use a widget, share it and embed it. Runs with `npm run test:base-path`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { createStaticServer, listen } from '../../scripts/static-server.ts';
import { BUILD_STAMP, parseBuildStamp } from '../../src/lib/site-url.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { expectCleanAndClose, searchDialogStep, searchPageStep, widgetStep } from '../helpers/reader-tour.ts';

const chromePath = inject('chromePath');
const dir = process.env.BASE_DIST ? resolve(import.meta.dirname, '..', '..', process.env.BASE_DIST) : '';
const stamp = dir && existsSync(join(dir, BUILD_STAMP)) ? parseBuildStamp(readFileSync(join(dir, BUILD_STAMP), 'utf8')) : undefined;

describe.skipIf(!chromePath || !stamp)(`the sub-path build in Chromium (${stamp?.base ?? 'BASE_DIST niet gezet'})`, () => {
  const base = stamp?.base ?? '/';
  let browser: Browser;
  let server: Server;
  let bare: Server;
  let root = '';
  let origin = '';
  /** the same build from a server that sends no headers of its own */
  let bareRoot = '';
  beforeAll(async () => {
    server = createStaticServer(dir, { base });
    origin = `http://127.0.0.1:${await listen(server, 0)}`;
    root = `${origin}${base}`;
    bare = createStaticServer(dir, { base, headers: false });
    bareRoot = `http://127.0.0.1:${await listen(bare, 0)}${base}`;
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([server, bare].map((s) => new Promise<void>((r) => (s ? s.close(() => r()) : r()))));
  });

  it('every page of the sitemap loads under its policy, with every request answered', async () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(paths.length).toBeGreaterThanOrEqual(40);
    const w = await openWatchedPage(browser, root);
    const failed: string[] = [];
    w.page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    // going on to the next page aborts what is still loading (the favicon, a lazy chunk): not a failure
    w.page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.failure()?.errorText} ${r.url()}`);
    });
    for (const path of paths) {
      expect(path.startsWith(base), path).toBe(true);
      const res = await w.page.goto(`${origin}${path}`, { waitUntil: 'load' });
      expect(res?.status(), path).toBe(200);
      expect(res?.headers()['content-security-policy'], path).toMatch(/style-src 'self'/);
    }
    expect(failed).toEqual([]);
    await expectCleanAndClose(w);
  });

  it('an unknown address under the base gets the Dutch 404 page, whose links stay under the base', async () => {
    const w = await openWatchedPage(browser, root);
    const res = await w.page.goto(`${root}bestaat-niet/`);
    expect(res?.status()).toBe(404);
    expect(await w.page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    const hrefs = await w.page.locator('main a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(base), h).toBe(true);
    // the search form on it searches under the base
    await w.page.fill('#zoekterm-404', 'bijstand');
    await w.page.locator('main form button[type="submit"]').click();
    await w.page.waitForURL(`${root}zoeken/?q=bijstand`);
    await expectCleanAndClose(w, /status of 404/);
    // and the site is nowhere else on the host
    expect((await fetch(`${origin}/hoofdstukken/`)).status).toBe(404);
  });

  it('a host without headers: no policy header, but the page enforces its <meta> policy', async () => {
    const res = await fetch(`${bareRoot}zoeken/`);
    expect(res.headers.get('content-security-policy')).toBeNull();
    const w = await openWatchedPage(browser, bareRoot);
    await w.page.goto(`${bareRoot}over/`);
    // an inline style the page did not bring is refused: the <meta> policy is in force
    await w.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
    });
    await expect.poll(() => w.cspViolations.length).toBeGreaterThan(0);
    expect(w.cspViolations[0]).toMatch(/^style-src-elem/);
    await w.context.close();
  });

  it('the search page finds results, and they link under the base', async () => {
    await searchPageStep(browser, bareRoot);
  });

  it('a glossary term found by search links to its entry under the base', async () => {
    const w = await openWatchedPage(browser, bareRoot);
    await w.page.goto(`${bareRoot}zoeken/?q=tegenprestatie`);
    const term = w.page.locator('pagefind-results a[href*="begrippen/#"]').first();
    await term.waitFor({ timeout: 20_000 });
    expect(new URL(await term.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${base}begrippen/`);
    await expectCleanAndClose(w);
  });

  it('the header search dialog works', async () => {
    await searchDialogStep(browser, bareRoot);
  });

  it('a widget hydrates, its share link and embed work under the base', async () => {
    await widgetStep(browser, bareRoot);
  });
});
