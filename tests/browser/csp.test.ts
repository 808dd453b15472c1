// Search and widgets under the Content-Security-Policy the server sends (dist/_headers, through
// scripts/static-server.ts): no violation while a reader searches, works a widget, makes a PNG or
// embeds it elsewhere; and only the embed pages may be framed by another site. (Every page's
// plain load is checked in pages.test.ts.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer } from 'node:http';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { searchDialogStep, searchPageStep, widgetStep } from '../helpers/reader-tour.ts';
import { listen } from '../../scripts/static-server.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

describe.skipIf(!chromePath)('under the served Content-Security-Policy', () => {
  let browser: Browser;
  const root = `${baseUrl}/`;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the pages come with their policy as a header', async () => {
    const res = await fetch(`${root}zoeken/`);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
  });

  it('the search page finds results (Pagefind’s WebAssembly, worker and styles allowed)', async () => {
    await searchPageStep(browser, root);
  });

  it('search works without Pagefind’s worker too (WebAssembly on the page itself)', async () => {
    await searchPageStep(browser, root, { withoutWorker: true });
  });

  it('the header search dialog loads on demand and finds a chapter', async () => {
    await searchDialogStep(browser, root);
  });

  it('a widget hydrates, follows its controls, shares, makes a PNG and embeds on another site', async () => {
    await widgetStep(browser, root);
  });

  it('another site may frame an embed page but not an ordinary page', async () => {
    const host = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><html lang="nl"><head><title>Gastsite</title></head><body>` +
          `<iframe id="embed" title="insluiting" src="${root}embed/gordijnbeweging/"></iframe>` +
          `<iframe id="page" title="pagina" src="${root}over/"></iframe></body></html>`,
      );
    });
    const port = await listen(host, 0);
    const w = await openWatchedPage(browser, `http://localhost:${port}/`);
    try {
      await w.page.goto(`http://localhost:${port}/`);
      await w.page.frameLocator('#embed').locator('[data-widget]').waitFor({ timeout: 15_000 });
      await expect.poll(() => w.consoleErrors.join('\n')).toMatch(/frame-ancestors/);
      // a refused frame shows the browser's error page, not ours
      expect(await w.page.frameLocator('#page').locator('main').count()).toBe(0);
      expect(await w.page.frameLocator('#embed').locator('main').count()).toBe(1);
    } finally {
      await w.context.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});
