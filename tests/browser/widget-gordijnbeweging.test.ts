// The gordijnbeweging as a reader uses it: its controls, URL state, links that reopen the same
// chart, a preset page read with its query, two instances on one page, keyboard and reduced
// motion. What every widget must do (hostile links, no JS, downloads, embeds, phone) is in
// widget-kit.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';
import { hydrated, widgetSnapshot } from '../helpers/widget-page.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PAGE = '/grafieken/gordijnbeweging/';
const SLIDER = 'input[data-control="conjunctuur"]';
const FUND = 'input[data-control="fonds"]';

describe.skipIf(!chromePath)('gordijnbeweging widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moving the slider changes the picture, the summary, the table, the title and the URL; the URL reopens the same state', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    const before = await widgetSnapshot(w.page);
    expect(before.current).toEqual(['normaal']);
    await w.page.locator(SLIDER).fill('-60');
    await w.page.locator(FUND).check();
    const after = await widgetSnapshot(w.page);
    expect(after.controls).toEqual(['-60', 'true']);
    expect(after.chart).not.toEqual(before.chart);
    expect(after.summary).toContain('Laagconjunctuur, met participatiefonds.');
    expect(after.table).not.toEqual(before.table);
    expect(after.current).toEqual([]); // no preset is this state
    await expect.poll(() => new URL(w.page.url()).search).toBe('?conjunctuur=-60&fonds=1&v=1');
    const url = new URL(w.page.url());
    expect(url.pathname).toBe(PAGE);
    expect(url.searchParams.get('fonds')).toBe('1');
    expect(await w.page.title()).toMatch(/^De gordijnbeweging: laagconjunctuur \(-60\), met participatiefonds \|/);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);

    // a fresh browser context: nothing shared but the link
    const other = await openWatchedPage(browser, baseUrl);
    await other.page.goto(url.href);
    await hydrated(other.page);
    expect(await widgetSnapshot(other.page)).toEqual(after);
    await other.context.close();
    await w.context.close();
  });

  it('a preset state gets the preset page as its link, with its title, and that page shows the same chart', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    await w.page.locator(SLIDER).fill('-100');
    await expect.poll(() => new URL(w.page.url()).pathname).toBe(`${PAGE}crisis-zonder-fonds/`);
    expect((await widgetSnapshot(w.page)).current).toEqual(['crisis-zonder-fonds']);
    expect(await w.page.title()).toMatch(/^De gordijnbeweging: crisis zonder participatiefonds \|/);
    const shown = await widgetSnapshot(w.page);
    await w.page.goto(`${baseUrl}${PAGE}crisis-zonder-fonds/`);
    await hydrated(w.page);
    expect(await widgetSnapshot(w.page)).toEqual(shown);
    await w.context.close();
  });

  it('a preset page reads its query on top of its own preset', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}hoogconjunctuur/?fonds=1&v=1`);
    await hydrated(w.page);
    const snap = await widgetSnapshot(w.page);
    expect(snap.controls).toEqual(['100', 'true']);
    expect(snap.summary).toContain('Hoogconjunctuur, met participatiefonds.');
    expect(snap.notice).toBe('');
    // a value written otherwise than the site writes it is still read, with a notice that says so
    await w.page.goto(`${baseUrl}${PAGE}hoogconjunctuur/?fonds=ja`);
    await hydrated(w.page);
    const sloppy = await widgetSnapshot(w.page);
    expect(sloppy.controls).toEqual(['100', 'true']);
    expect(sloppy.notice).toMatch(/anders geschreven dan deze site dat doet; ze is toch gelezen/);
    await w.context.close();
  });

  it('two instances on one chapter page keep their own state and parameters', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    const path = '/hoofdstukken/gordijnbeweging/';
    await w.page.goto(`${baseUrl}${path}`);
    const first = '[data-namespace="gordijnbeweging"]';
    const second = '[data-namespace="met-fonds"]';
    await w.page.locator(first).scrollIntoViewIfNeeded();
    await hydrated(w.page, first);
    await w.page.locator(second).scrollIntoViewIfNeeded();
    await hydrated(w.page, second);
    const secondBefore = await widgetSnapshot(w.page, second);
    await w.page.locator(`${first} ${SLIDER}`).fill('-40');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('gordijnbeweging.conjunctuur')).toBe('-40');
    await w.page.locator(`${second} ${SLIDER}`).fill('20');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('met-fonds.conjunctuur')).toBe('20');
    const url = new URL(w.page.url());
    expect(url.searchParams.get('gordijnbeweging.conjunctuur')).toBe('-40');
    expect(url.pathname).toBe(path);
    const firstShown = await widgetSnapshot(w.page, first);
    const secondShown = await widgetSnapshot(w.page, second);
    expect(secondShown).not.toEqual(secondBefore);
    expect(firstShown.controls).toEqual(['-40', 'false']);
    expect(secondShown.controls).toEqual(['20', 'true']);

    const other = await openWatchedPage(browser, baseUrl);
    await other.page.goto(url.href);
    for (const sel of [first, second]) {
      await other.page.locator(sel).scrollIntoViewIfNeeded();
      await hydrated(other.page, sel);
    }
    expect(await widgetSnapshot(other.page, first)).toEqual(firstShown);
    expect(await widgetSnapshot(other.page, second)).toEqual(secondShown);
    expect(await runAxe(other.page)).toEqual([]);
    expect(other.consoleErrors).toEqual([]);
    await other.context.close();
    await w.context.close();
  });

  it('is operable with the keyboard: arrow keys move the slider, space toggles the fund', async () => {
    const w = await openWatchedPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    await w.page.locator(SLIDER).focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    expect((await widgetSnapshot(w.page)).controls[0]).toBe('10');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Space');
    expect((await widgetSnapshot(w.page)).controls[1]).toBe('true');
    expect(await w.page.locator(SLIDER).getAttribute('aria-valuetext')).toBe('normale conjunctuur (+10)');
    await w.context.close();
  });

  it('plays a business cycle in steps when the reader prefers reduced motion', async () => {
    const w = await openWatchedPage(browser, baseUrl, { reducedMotion: 'reduce' });
    await w.page.goto(`${baseUrl}${PAGE}`);
    await hydrated(w.page);
    const play = w.page.locator('[data-play]');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await w.page.waitForTimeout(1300);
    const stepped = Number((await widgetSnapshot(w.page)).controls[0]);
    expect(stepped).not.toBe(0);
    expect(stepped % 5).toBe(0);
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    expect(await runAxe(w.page)).toEqual([]);
    await w.context.close();
  });
});
