// Printing, checked in Chromium's own PDF (QUALITY.md: "the print stylesheet gives a clean
// printout of a chapter and of a widget in its current state, with its table, its source and its
// citation"). The PDF's text is read back with unpdf (Mozilla's PDF.js) and must hold what the
// page showed the reader at that moment (a widget after the reader worked it), and none of what
// only works on a screen: navigation, buttons, controls. Folded parts print open, without
// JavaScript too; tables folded for their length stay folded and say where they are.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { builtPages } from '../helpers/dist.ts';
import { hydrateAll, workFirstControl } from '../helpers/widget-page.ts';
import { WIDGETS } from '../../src/widgets/registry.ts';
import { widgetPath } from '../../src/lib/widget-kit/urls.ts';
import { renderPreset } from '../../src/lib/widget-kit/render.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

/** Letters and digits only: PDF text breaks lines (inside URLs too) and drops CSS-made characters. */
const bare = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

async function printedText(page: Page): Promise<{ text: string; pages: number }> {
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return { text: bare(text), pages: totalPages };
}

/** What must be on paper, and what only works on a screen. */
const MUST_PRINT = {
  tabelkop: 'main table caption',
  tabelrij: 'main table tbody tr',
  verwijzing: '[data-citation], [data-share-citation]',
  bronregel: '.widget-source, .lijngrafiek-bron',
  bijschrift: 'main figure figcaption',
  samenvatting: 'main [data-summary]',
  grafiektekst: 'main [data-chart] svg text',
} as const;
const SCREEN_ONLY = 'nav, button, input, select, textarea, a[download], [data-controls], [data-preset-nav], .search-trigger, .skip-link';
/** A4 less the 15 mm margins of printedText, in CSS px: the width the printout is laid out at */
const PAPER_WIDTH = Math.round(((210 - 30) / 25.4) * 96);

interface PrintCheck {
  /** what must print: shown on screen, rendered in print, with the text it has there */
  must: { what: string; text: string; rendered: boolean }[];
  /** shown on screen but meant for it only, and still rendered in print */
  screenOnly: string[];
  /** the text of every navigation, to look for in the PDF */
  navTexts: string[];
  /** first rows of tables folded for their length, which must not print */
  foldedRows: string[];
  /** boxes that cut their content off sideways at the paper's width */
  clipped: string[];
}

/**
 * Marks what the reader sees on screen, then reads the same elements under print media: what
 * must print has to be rendered there (its text as printed is what the PDF must hold), what is
 * for the screen only may not be. A table folded for its length is neither: its rows must not print.
 */
async function printCheck(page: Page): Promise<PrintCheck> {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(
    ({ must, screenOnly }) => {
      const seen = (e: Element) => e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) && e.getClientRects().length > 0;
      let i = 0;
      for (const [what, selector] of Object.entries(must)) {
        for (const e of document.querySelectorAll(selector)) {
          // inside a folded <details> it is not seen on screen, but must print all the same
          if ((seen(e) || (e.closest('details:not([open])') && !e.closest('[data-print-folded]'))) && (e.textContent ?? '').trim().length > 3) e.setAttribute('data-print-check', `${what}:${i++}`);
        }
      }
      for (const e of document.querySelectorAll(screenOnly)) if (seen(e)) e.setAttribute('data-screen-only', '');
    },
    { must: MUST_PRINT, screenOnly: SCREEN_ONLY },
  );
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: PAPER_WIDTH, height: viewport.height });
  await page.emulateMedia({ media: 'print' });
  const check = await page.evaluate(() => {
    // checkVisibility also sees the content of a closed <details> (content-visibility: hidden),
    // which still has a layout box
    const rendered = (e: Element) => e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) && e.getClientRects().length > 0;
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''}: ${(e.textContent ?? '').trim().slice(0, 40)}`;
    return {
      must: [...document.querySelectorAll<Element>('[data-print-check]')].map((e) => ({
        what: e.getAttribute('data-print-check')!.split(':')[0]!,
        // SVG text has no innerText; its text is what it draws
        text: (e instanceof HTMLElement ? e.innerText : e.textContent) ?? '',
        rendered: rendered(e),
      })),
      screenOnly: [...document.querySelectorAll('[data-screen-only]')].filter(rendered).map(name),
      navTexts: [...document.querySelectorAll('nav')].map((n) => n.textContent ?? ''),
      foldedRows: [...document.querySelectorAll('details[data-print-folded] tbody tr:first-child')].map((r) => [...r.children].map((c) => c.textContent).join(' ')),
      // on paper nothing scrolls: what a box hides sideways is lost (its text may still be in the PDF)
      clipped: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((e) => {
          const css = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          if (!rendered(e) || box.width <= 4 || box.height <= 4 || css.textOverflow === 'ellipsis' || e.closest('svg')) return false;
          return css.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1;
        })
        .map(name),
    };
  });
  await page.emulateMedia({ media: null });
  await page.setViewportSize(viewport);
  return check;
}

function problems(printed: string, check: PrintCheck): string[] {
  const out: string[] = [];
  for (const m of check.must) {
    if (!m.rendered || bare(m.text) === '') out.push(`${m.what} niet afgedrukt: ${m.text.slice(0, 80)}`);
    else if (!printed.includes(bare(m.text))) out.push(`${m.what} ontbreekt in de pdf: ${m.text.replace(/\s+/g, ' ').slice(0, 80)}`);
  }
  for (const s of check.screenOnly) out.push(`alleen voor het scherm, toch afgedrukt: ${s}`);
  for (const c of check.clipped) out.push(`afgesneden op papier: ${c}`);
  // a navigation's whole text is long and particular: in the PDF only if the navigation printed
  for (const n of check.navTexts) if (bare(n).length >= 15 && printed.includes(bare(n))) out.push(`navigatie in de pdf: ${n.replace(/\s+/g, ' ').trim().slice(0, 60)}`);
  for (const r of check.foldedRows) if (bare(r).length > 8 && printed.includes(bare(r))) out.push(`lange ingeklapte tabel toch afgedrukt: ${r}`);
  return out;
}

describe.skipIf(!chromePath)('printing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const def of WIDGETS) {
    const { spec } = def;
    it(`${spec.name}: prints the state the reader left it in, with its table, source and citation, and no controls`, async () => {
      const w = await openWatchedPage(browser, baseUrl);
      await w.page.goto(`${baseUrl}${widgetPath(spec.name)}`);
      await hydrateAll(w.page);
      const citation = w.page.locator('[data-share-citation]');
      const before = await citation.textContent();
      await workFirstControl(w.page);
      // the citation names the new state once the reader pauses (a data widget's link has a query
      // from the start, data=…, so wait for the citation to change rather than for a "?")
      await expect.poll(() => citation.textContent()).toMatch(/\?/);
      await expect.poll(() => citation.textContent()).not.toBe(before);
      // the check is about the reader's state, not the one the page was built with
      const built = renderPreset(def, spec.defaultPreset).table.rows.map((r) => r.map((c) => c.text).join('|'));
      const shown = await w.page.locator('[data-widget] [data-table] tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim()).join('|')));
      expect(shown).not.toEqual(built);
      const check = await printCheck(w.page);
      // a caption (bijschrift) is only asked for where the page has a figure with one
      const figures = await w.page.locator('main figure figcaption').count();
      expect(new Set(check.must.map((m) => m.what))).toEqual(new Set(['tabelkop', 'tabelrij', 'verwijzing', 'bronregel', 'samenvatting', 'grafiektekst', ...(figures > 0 ? ['bijschrift'] : [])]));
      const { text } = await printedText(w.page);
      expect(problems(text, check)).toEqual([]);
      expect(text).toContain(bare(`Bron: ${spec.source}`));
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    });
  }

  // chapters: every one with a widget (in its current state too), and the longest
  const chapters = chromePath ? builtPages().filter((p) => /^\/hoofdstukken\/.+/.test(p.path)) : [];
  const longest = [...chapters].sort((a, b) => b.html.length - a.html.length)[0];
  const toPrint = [...new Set([...chapters.filter((p) => p.document.querySelector('[data-widget]')).map((p) => p.path), ...(longest ? [longest.path] : [])])];

  it('finds the chapters to print', () => {
    expect(toPrint.length).toBeGreaterThanOrEqual(2);
  });

  for (const path of toPrint) {
    it(`${path}: prints its text, tables, chart captions, sources and citation, without navigation or buttons`, { timeout: 120_000 }, async () => {
      const w = await openWatchedPage(browser, baseUrl);
      await w.page.goto(`${baseUrl}${path}`);
      if ((await hydrateAll(w.page)) > 0) {
        await workFirstControl(w.page);
        await w.page.waitForTimeout(400);
      }
      const check = await printCheck(w.page);
      expect(check.must.filter((m) => m.what === 'verwijzing').length, 'een verwijzing om af te drukken').toBeGreaterThan(0);
      expect(check.must.filter((m) => m.what === 'tabelrij').length, 'tabellen om af te drukken').toBeGreaterThan(0);
      const { text } = await printedText(w.page);
      expect(problems(text, check)).toEqual([]);
      // the first paragraph of the main text is there: the page prints its content
      const first = await w.page.locator('main p').first().textContent();
      expect(text).toContain(bare(first ?? '').slice(0, 60));
      await w.context.close();
    });
  }

  it('without JavaScript a folded citation still prints (CSS opens it)', async () => {
    const w = await openWatchedPage(browser, baseUrl, { javaScriptEnabled: false });
    await w.page.goto(`${baseUrl}${widgetPath(WIDGETS[0]!.spec.name)}`);
    expect(await w.page.locator('details:has([data-share-citation])').getAttribute('open')).toBeNull();
    const check = await printCheck(w.page);
    expect(check.must.some((m) => m.what === 'verwijzing')).toBe(true);
    const { text } = await printedText(w.page);
    expect(problems(text, check)).toEqual([]);
    await w.context.close();
  });

  it('where ::details-content is unknown, the page opens folded parts for the print and closes them after', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    // an older browser: CSS.supports does not know the selector
    await w.page.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((...args: [string, string?]) => (String(args[0]).includes('details-content') ? false : supports(...(args as [string])))) as typeof CSS.supports;
    });
    await w.page.goto(`${baseUrl}${widgetPath(WIDGETS[0]!.spec.name)}`);
    const state = () => w.page.evaluate(() => [...document.querySelectorAll('details')].map((d) => `${d.hasAttribute('data-print-folded') ? 'lang' : 'kort'}:${d.open}`));
    const before = await state();
    expect(before).toContain('kort:false');
    await w.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const during = await state();
    expect(during.filter((s) => s.startsWith('kort'))).toEqual(during.filter((s) => s.startsWith('kort')).map(() => 'kort:true'));
    expect(during.filter((s) => s.startsWith('lang'))).toEqual(before.filter((s) => s.startsWith('lang')));
    await w.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await state()).toEqual(before);
    await w.context.close();
  });
});
