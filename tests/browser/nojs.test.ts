// Every page of the sitemap without JavaScript, on a 390 px phone (QUALITY.md: "With JavaScript
// disabled, every page is readable and every chart shows its static SVG, summary and table"):
// the main content is there, no container waits empty for a script, every chart (any SVG image
// in the main content) stands in a figure with a visible drawing, its summary and its table (or
// a link to it), and nothing is wider than the screen. Playwright's JS-off mode does not render
// <noscript>, so what the site says to readers without JavaScript it says through CSS
// (`html:not(.js)`), and this test sees exactly that.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../helpers/chromium.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

const sitemap = join(import.meta.dirname, '..', '..', 'dist', 'sitemap-0.xml');
const paths = existsSync(sitemap) ? [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname) : [];
/** the charts the site draws; any other SVG image in the main content is reported as a chart without its parts */
export const CHART_FIGURES = '[data-widget], .lijngrafiek, .vergelijking';

export interface NoJsReport {
  textLength: number;
  h1: string;
  /** visible elements that take room but show nothing (waiting for a script) */
  empty: string[];
  /** visible controls that only work with JavaScript */
  needsJs: string[];
  /** SVG images outside a chart figure */
  strayCharts: string[];
  charts: { what: string; svg: boolean; summary: boolean; table: 'zichtbaar' | 'uitklapbaar' | 'link' | 'eigen pagina' | 'geen' }[];
  overflow: number;
  /** elements sticking out of the screen on the right (outside a scroll container) */
  wide: string[];
}

/** What a page shows, read in the browser (runs in the page: keep it self-contained). */
export function readNoJsPage(chartSelector: string): NoJsReport {
  const main = document.querySelector('main')!;
  const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
  const media = 'svg, img, picture, video, canvas, iframe, input, select, textarea, button, hr';
  const empty = [...main.querySelectorAll<HTMLElement>('*')]
    .filter((e) => visible(e) && !e.matches(media) && !e.closest('svg'))
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.height >= 32 && r.width >= 32 && (e.textContent ?? '').trim() === '' && !e.querySelector(media);
    })
    .map(name);
  const needsJs = [...document.querySelectorAll('[data-needs-js]')].filter(visible).map(name);
  const strayCharts = [...main.querySelectorAll('svg[role="img"]')].filter((s) => !s.closest(chartSelector)).map((s) => `${name(s.parentElement!)} > svg`);
  const charts = [...main.querySelectorAll<HTMLElement>(chartSelector)].map((fig) => {
    const svg = [...fig.querySelectorAll<SVGSVGElement>('svg')].some((s) => visible(s) && s.getBoundingClientRect().height > 50 && s.querySelectorAll('text, path, rect, line').length > 3);
    const summary = [...fig.querySelectorAll('[data-summary], figcaption')].some((s) => visible(s) && (s.textContent ?? '').trim().length > 20);
    const table = fig.querySelector('table');
    const rows = table ? table.querySelectorAll('tbody tr').length : 0;
    const folded = table?.closest('details');
    const link = fig.querySelector<HTMLAnchorElement>('a[data-full-link]');
    // a long table on a page of its own (StaticLineChart's tableHref): a folded section with the link to it
    const elsewhere = fig.querySelector<HTMLDetailsElement>('details[data-table-from]');
    const elsewhereLink = elsewhere?.querySelector<HTMLAnchorElement>('a[href]');
    const state =
      table && rows > 0 && visible(table)
        ? 'zichtbaar'
        : table && rows > 0 && folded && visible(folded.querySelector('summary')!)
          ? 'uitklapbaar'
          : link && visible(link) && /#/.test(link.href)
            ? 'link'
            : elsewhere && visible(elsewhere.querySelector('summary')!) && elsewhereLink && new URL(elsewhereLink.href).pathname === new URL(elsewhere.dataset.tableFrom!, location.href).pathname
              ? 'eigen pagina'
              : 'geen';
    return { what: `${name(fig)}${fig.dataset.widget ? `[${fig.dataset.widget}]` : ''}`, svg, summary, table: state as NoJsReport['charts'][number]['table'] };
  });
  const width = document.documentElement.clientWidth;
  const scrolls = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const wide = [...document.body.querySelectorAll('*')]
    .filter((e) => visible(e) && e.getBoundingClientRect().right > width + 1)
    .filter((e) => {
      for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return false;
      return true;
    })
    .map(name)
    .slice(0, 5);
  return {
    textLength: (main.innerText ?? '').trim().length,
    h1: (document.querySelector('h1')?.textContent ?? '').trim(),
    empty,
    needsJs,
    strayCharts,
    charts,
    overflow: document.documentElement.scrollWidth - width,
    wide,
  };
}

describe.skipIf(!chromePath)('every page without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the pages, and the charts on them', () => {
    expect(paths.length).toBeGreaterThanOrEqual(40);
  });

  it('the search page says that search needs JavaScript, and where else to look', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zoeken/?q=bijstand`);
    const note = page.getByText('Zoeken werkt alleen met JavaScript');
    expect(await note.isVisible()).toBe(true);
    expect(await page.locator('main a[href="/hoofdstukken/"]').isVisible()).toBe(true);
    // the form still works: it reloads the page with ?q=
    expect(await page.locator('form[data-search-page]').getAttribute('action')).toMatch(/\/zoeken\/$/);
    await page.close();
    // with JavaScript the note is gone before the first paint
    const js = await browser.newPage();
    await js.goto(`${baseUrl}/zoeken/`);
    expect(await js.getByText('Zoeken werkt alleen met JavaScript').isVisible()).toBe(false);
    await js.close();
  });

  for (const path of [...paths, '/bestaat-niet/']) {
    it(`${path}: readable, every chart with its drawing, summary and table, nothing wider than 390 px`, async () => {
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
      const report = await page.evaluate(readNoJsPage, CHART_FIGURES);
      await page.close();
      const problems: string[] = [];
      if (!report.h1) problems.push('geen h1');
      if (report.textLength < 100) problems.push(`maar ${report.textLength} tekens tekst`);
      for (const e of report.empty) problems.push(`leeg vak dat op een script wacht: ${e}`);
      for (const e of report.needsJs) problems.push(`bediening die JavaScript nodig heeft, toch zichtbaar: ${e}`);
      for (const e of report.strayCharts) problems.push(`grafiek buiten een figuur met samenvatting en tabel: ${e}`);
      for (const c of report.charts) {
        if (!c.svg) problems.push(`${c.what}: geen zichtbare grafiek`);
        if (!c.summary) problems.push(`${c.what}: geen samenvatting`);
        if (c.table === 'geen') problems.push(`${c.what}: geen tabel en geen link ernaar`);
      }
      if (report.overflow > 0) problems.push(`${report.overflow} px te breed (${report.wide.join(', ')})`);
      expect(problems).toEqual([]);
    });
  }
});
