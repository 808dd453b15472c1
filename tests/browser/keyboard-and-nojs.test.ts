// Keyboard use and reading without JavaScript.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage } from '../helpers/browser-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const CHAPTER = '/hoofdstukken/een-betere-bijstand/';

describe.skipIf(!chromePath)('keyboard and no JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('first Tab reaches the skip link, which moves focus to the main content', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${CHAPTER}`);
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
    const ring = await w.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await w.page.keyboard.press('Enter');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await w.context.close();
  });

  it('a figure’s source opens with Enter and closes with Escape', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${CHAPTER}`);
    const button = w.page.locator('.bron-knop').first();
    await button.focus();
    await w.page.keyboard.press('Enter');
    const id = await button.getAttribute('popovertarget');
    const popover = w.page.locator(`#${id}`);
    expect(await popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await popover.textContent()).toContain('Staat in:');
    await w.page.keyboard.press('Escape');
    expect(await popover.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await w.context.close();
  });

  it('without JavaScript a chapter still shows its figures, their sources and the citation', async () => {
    const w = await openWatchedPage(browser, baseUrl, { javaScriptEnabled: false });
    await w.page.goto(`${baseUrl}${CHAPTER}`);
    await w.page.locator('.bron-knop').first().click();
    const id = await w.page.locator('.bron-knop').first().getAttribute('popovertarget');
    expect(await w.page.locator(`#${id}`).isVisible()).toBe(true);
    expect(await w.page.locator('table caption').first().textContent()).toContain('Kerncijfers');
    expect(await w.page.locator('[data-citation]').textContent()).toMatch(/Geraadpleegd op/);
    // the header search falls back to a plain link to the search page
    expect(await w.page.getByRole('link', { name: 'Zoeken' }).getAttribute('href')).toBe('/zoeken/');
    await w.context.close();
  });

  it('on a 390 px phone every button in a chapter is a tap target of at least 24 × 24 px', async () => {
    const w = await openWatchedPage(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    for (const path of [CHAPTER, '/hoofdstukken/gordijnbeweging/']) {
      await w.page.goto(`${baseUrl}${path}`);
      const small = await w.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main button, main summary, main input, main select')]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => ({ what: e.outerHTML.slice(0, 70), ...e.getBoundingClientRect().toJSON() }))
          .filter((r) => r.width < 24 || r.height < 24),
      );
      expect(small, path).toEqual([]);
      expect(await w.page.locator('.bron-knop').count()).toBeGreaterThan(0);
    }
    await w.context.close();
  });

  it('a figure’s source popover copies a source line that names the figure, its document and this page', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await w.page.goto(`${baseUrl}${CHAPTER}`);
    const button = w.page.locator('.bron-knop').first();
    await button.click();
    const popover = w.page.locator(`#${await button.getAttribute('popovertarget')}`);
    await popover.getByRole('button', { name: 'Kopieer bronvermelding' }).click();
    await expect.poll(() => popover.locator('[role="status"]').textContent()).toBe('Bronvermelding gekopieerd.');
    const copied = await w.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await popover.locator('[data-figure-citation]').textContent())!.trim());
    expect(copied).toContain('Een betere bijstand');
    expect(copied).toContain(`${CHAPTER}`);
    // it starts with the figure the reader clicked
    const figure = (await button.getAttribute('aria-label'))!.replace(/^Bron van /, '');
    expect(copied.startsWith(`${figure}: `), copied).toBe(true);
    await w.context.close();
  });
});
