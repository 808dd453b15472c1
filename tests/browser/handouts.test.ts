// The handouts for students and teachers (/studenten/hand-out/<chapter>/) must fit on two A4
// pages in Chromium's PDF, at the same 15 mm margins as the other print checks, and the paper
// must hold what the handout promises: the chapter's summary, its questions and the reference.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';
import { builtPages } from '../helpers/dist.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const bare = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
const MAX_PAGES = 2;

describe.skipIf(!chromePath)('handouts in print', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const handouts = chromePath ? builtPages().filter((p) => p.path.startsWith('/studenten/hand-out/')) : [];
  it('finds the handouts', () => {
    expect(handouts.length).toBeGreaterThanOrEqual(8);
  });

  for (const handout of handouts) {
    it(`${handout.path}: fits on ${MAX_PAGES} A4 pages and prints its summary, questions and reference`, { timeout: 60_000 }, async () => {
      const w = await openWatchedPage(browser, baseUrl);
      await w.page.goto(`${baseUrl}${handout.path}`);
      const pdf = await w.page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
      const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      expect(totalPages, 'pagina’s in de pdf').toBeLessThanOrEqual(MAX_PAGES);
      const printed = bare(text);
      const expected = await w.page.evaluate(() => {
        const list = (id: string) => {
          const items: string[] = [];
          let el = document.getElementById(id)?.nextElementSibling;
          while (el && el.tagName !== 'H2') {
            for (const li of el.querySelectorAll('li')) {
              // what prints: without the explanation popovers and their buttons
              const copy = li.cloneNode(true) as HTMLElement;
              for (const x of copy.querySelectorAll('[popover], button')) x.remove();
              items.push(copy.textContent ?? '');
            }
            el = el.nextElementSibling;
          }
          return items;
        };
        return { summary: list('in-het-kort'), questions: list('vragen-om-over-na-te-denken'), citation: document.querySelector('.hand-out .citation')?.textContent ?? '' };
      });
      expect(expected.summary.length).toBeGreaterThanOrEqual(3);
      expect(expected.questions.length).toBeGreaterThanOrEqual(3);
      for (const item of [...expected.summary, ...expected.questions]) expect(printed, item.slice(0, 60)).toContain(bare(item).slice(0, 30));
      expect(printed).toContain(bare(expected.citation).slice(0, 80));
      expect(w.consoleErrors).toEqual([]);
      expect(w.cspViolations).toEqual([]);
      await w.context.close();
    });
  }
});
