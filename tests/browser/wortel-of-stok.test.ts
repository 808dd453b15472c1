// "Wortel of stok: wat werkt?": the evidence overview keeps findings, conclusions and opinions apart
// in words (a heading per kind and a label on every entry) and in shape (each kind its own border
// style), not by colour alone; it reflows at 390 px and axe finds nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PAGE = '/hoofdstukken/wortel-of-stok/';

describe.skipIf(!chromePath)('the evidence overview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the kind of every entry in words, under a heading per kind, and draws each kind differently', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    const labels: Record<string, string> = { bevinding: 'Bevinding', conclusie: 'Conclusie', mening: 'Mening' };
    const styles = new Set<string>();
    for (const [kind, label] of Object.entries(labels)) {
      const items = w.page.locator(`.bw-${kind} > p`);
      expect(await items.count(), kind).toBeGreaterThan(0);
      for (const text of await items.locator('.bw-label').allTextContents()) expect(text).toBe(`${label}:`);
      // the list stands under the heading of its kind
      const heading = await w.page.locator(`.bw-${kind}`).first().evaluate((ul) => ul.previousElementSibling?.textContent?.trim());
      expect(heading, kind).toMatch(/^Wat (onderzoek vond|de auteurs concluderen|iemand vindt of verwacht)$/);
      styles.add(await items.first().evaluate((li) => getComputedStyle(li).borderLeftStyle));
    }
    // three kinds, three border styles: the difference does not rest on colour
    expect(styles.size).toBe(3);
    // every topic has its own heading
    expect(await w.page.locator('h3[id^="bewijs-"]').count()).toBe(5);
    await w.context.close();
  });

  it('reflows at 390 px without sideways scrolling, and axe finds no violations', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    await w.page.goto(`${baseUrl}${PAGE}`);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await runAxe(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
