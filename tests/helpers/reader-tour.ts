// What a reader does on the site, as steps that browser tests run against a served build: search
// (the search page and the header dialog), a widget (hydrate, work a control, share link, PNG
// download, embed on another site). Each step fails on any Content-Security-Policy violation,
// console error or request to another origin, in the page or its frames. `root` is the site's
// address with the base and a final slash ("http://127.0.0.1:4000/" or ".../bijstand/"), so the
// same steps check the normal build and a build for a sub-path.
import { expect } from 'vitest';
import { createServer } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { listen } from '../../scripts/static-server.ts';
import { openWatchedPage, type WatchedPage } from './browser-page.ts';
import { hydrated } from './widget-page.ts';

export const TOUR_CHAPTER = 'hoofdstukken/een-betere-bijstand/';
export const TOUR_WIDGET = 'grafieken/gordijnbeweging/';

/** Fails on what the page should never do; closes it. */
export async function expectCleanAndClose(w: WatchedPage, ignore: RegExp = /^$/): Promise<void> {
  const problems = [
    ...w.cspViolations.map((v) => `CSP: ${v}`),
    ...w.consoleErrors.filter((e) => !ignore.test(e)).map((e) => `console: ${e}`),
    ...w.foreignRequests.map((r) => `ander domein: ${r}`),
  ];
  await w.context.close();
  expect(problems).toEqual([]);
}

const pathOf = (href: string) => new URL(href).pathname;

/**
 * Search page with ?q=: results arrive, and every result links into the site under its base.
 * `withoutWorker` refuses Pagefind's web worker, so that it searches on the page's own thread,
 * where its WebAssembly needs the policy's 'wasm-unsafe-eval' (in the worker, which has no
 * policy of its own, it does not).
 */
export async function searchPageStep(browser: Browser, root: string, { withoutWorker = false } = {}): Promise<string[]> {
  const w = await openWatchedPage(browser, root);
  if (withoutWorker) await w.page.route('**/pagefind-worker.js', (route) => route.abort());
  await w.page.goto(`${root}zoeken/?q=bijstand`);
  await w.page.locator('pagefind-results a[href]').first().waitFor({ timeout: 20_000 });
  const hrefs = await w.page.locator('pagefind-results a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(pathOf(h), h).toMatch(new RegExp(`^${pathOf(root)}[^/]`));
  // the first result opens
  const first = await w.page.goto(hrefs[0]!);
  expect(first?.status()).toBe(200);
  await expectCleanAndClose(w, withoutWorker ? /Failed to load resource: net::ERR_FAILED/ : /^$/);
  return hrefs;
}

/** The header's search dialog on a chapter: loads Pagefind on demand, finds the chapter. */
export async function searchDialogStep(browser: Browser, root: string): Promise<void> {
  const w = await openWatchedPage(browser, root);
  await w.page.goto(`${root}${TOUR_CHAPTER}`);
  await w.page.getByRole('link', { name: 'Zoeken' }).click();
  const input = w.page.locator('pagefind-modal input').first();
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill('institutionele verwaarlozing');
  const first = w.page.locator('pagefind-modal a[href*="/hoofdstukken/"]').first();
  await first.waitFor({ timeout: 15_000 });
  expect(pathOf(await first.evaluate((a) => (a as HTMLAnchorElement).href))).toBe(`${pathOf(root)}${TOUR_CHAPTER}`);
  await expectCleanAndClose(w);
}

async function workControl(page: Page): Promise<void> {
  const range = page.locator('[data-widget] [data-controls] input[type="range"]').first();
  await range.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
}

/** Moves an absolute URL that names the public address (SITE_URL) onto the server under test. */
function local(url: string, root: string): string {
  const u = new URL(url);
  return `${new URL(root).origin}${u.pathname}${u.search}${u.hash}`;
}

/**
 * A widget page: hydrates, follows a control, writes a share link under the base that opens the
 * same state, makes a PNG (from a blob: image), and an embed snippet whose iframe and script work
 * on another site.
 */
export async function widgetStep(browser: Browser, root: string): Promise<void> {
  const w = await openWatchedPage(browser, root, { acceptDownloads: true });
  await w.page.goto(`${root}${TOUR_WIDGET}`);
  await hydrated(w.page);
  const before = await w.page.locator('[data-summary]').textContent();
  await workControl(w.page);
  await expect.poll(() => w.page.locator('[data-summary]').textContent()).not.toBe(before);
  await expect.poll(() => w.page.url()).toContain('?');
  expect(pathOf(w.page.url())).toBe(`${pathOf(root)}${TOUR_WIDGET}`);
  const summary = await w.page.locator('[data-summary]').textContent();
  const share = await w.page.locator('[data-share-link]').inputValue();
  expect(pathOf(share)).toBe(`${pathOf(root)}${TOUR_WIDGET}`);
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('[data-share="png"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  await expect.poll(() => w.page.locator('[data-share-embed]').inputValue()).toMatch(/embed\/[^"]*\?/);
  const snippet = await w.page.locator('[data-share-embed]').inputValue();
  await expectCleanAndClose(w);

  const again = await openWatchedPage(browser, root);
  await again.page.goto(local(share, root));
  await hydrated(again.page);
  expect(await again.page.locator('[data-summary]').textContent()).toBe(summary);
  await expectCleanAndClose(again);

  // the snippet names the public address; here its iframe and script come from the server under test
  const srcs = [...snippet.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
  expect(srcs.map(pathOf)).toEqual([`${pathOf(root)}embed/gordijnbeweging/`, `${pathOf(root)}insluiten.js`]);
  const html = snippet.replace(/src="([^"]+)"/g, (_m, src: string) => `src="${local(src, root)}"`);
  const host = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="nl"><head><title>Gastsite</title></head><body><h1>Een artikel</h1>${html}</body></html>`);
  });
  const port = await listen(host, 0);
  try {
    const guest = await openWatchedPage(browser, `http://localhost:${port}/`);
    await guest.page.goto(`http://localhost:${port}/`);
    const frame = guest.page.frameLocator('iframe');
    await frame.locator('[data-widget][data-hydrated="true"]').waitFor({ timeout: 15_000 });
    expect(await frame.locator('[data-summary]').textContent()).toBe(summary);
    const back = await frame.locator('[data-full-link]').getAttribute('href');
    expect(pathOf(new URL(back!, root).href)).toBe(`${pathOf(root)}${TOUR_WIDGET}`);
    // the embed is sized by insluiten.js: its height follows the content, not the snippet's fallback
    const fallback = Number(/height="(\d+)"/.exec(snippet)![1]);
    await expect.poll(() => guest.page.locator('iframe').getAttribute('height')).not.toBe(String(fallback));
    // the guest page is another origin: its requests to our server are expected
    guest.foreignRequests.length = 0;
    await expectCleanAndClose(guest);
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
}
