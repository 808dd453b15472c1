// Dark mode (prefers-color-scheme: dark) in Chromium (QUALITY.md: "for text and charts, contrast
// checked by axe in both schemes"): every page of the sitemap is dark and axe-clean; every chart
// text is readable on the page behind it and every chart line visible, in both schemes (widgets
// hydrated, so their redrawn charts count); embeds and the SVG and PNG downloads stay light.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';
import { hydrateAll } from '../helpers/widget-page.ts';
import { WIDGETS } from '../../src/widgets/registry.ts';
import { embedPath, widgetPath } from '../../src/lib/widget-kit/urls.ts';
import { DARK_INK, SERIES } from '../../src/lib/charts/theme.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const sitemap = join(import.meta.dirname, '..', '..', 'dist', 'sitemap-0.xml');
const paths = existsSync(sitemap) ? [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname) : [];

/** Relative luminance of the page background, 0 (black) … 1 (white). */
function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/[\d.]+/g)!.map(Number).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

/**
 * Every visible chart text and chart line in the main content, with its contrast against the
 * colour behind the chart (charts are transparent: the nearest background of an ancestor).
 */
function chartContrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const contrast = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const behind = (el: Element) => {
      for (let e: Element | null = el.closest('svg')!.parentElement; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c[3] ?? 1) > 0) return c;
      }
      return [255, 255, 255];
    };
    const shown = (e: SVGGraphicsElement) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && getComputedStyle(e).display !== 'none';
    const texts = [...document.querySelectorAll<SVGTextElement>('main svg text')]
      .filter((t) => shown(t) && (t.textContent ?? '').trim() !== '' && Number(getComputedStyle(t).fillOpacity) === 1)
      .map((t) => ({ what: (t.textContent ?? '').trim().slice(0, 30), fill: getComputedStyle(t).fill, ratio: contrast(rgb(getComputedStyle(t).fill), behind(t)) }));
    // lines and outlines at full opacity (grid lines at 10 % are meant to be faint)
    const lines = [...document.querySelectorAll<SVGGraphicsElement>('main svg :is(path, line, rect, polyline)')]
      .filter((e) => shown(e) && !e.closest('pattern, defs'))
      .map((e) => ({ e, css: getComputedStyle(e) }))
      .filter(({ css }) => css.stroke.startsWith('rgb') && Number(css.strokeOpacity) === 1 && Number(css.opacity) === 1 && parseFloat(css.strokeWidth) >= 1.5)
      .map(({ e, css }) => ({ what: `${e.tagName} ${e.getAttribute('class') ?? ''}`.trim(), stroke: css.stroke, ratio: contrast(rgb(css.stroke), behind(e)) }));
    return { texts, lines };
  });
}

describe.skipIf(!chromePath)('dark mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const path of [...paths, '/bestaat-niet/']) {
    it(`${path}: dark, and axe finds no violations`, async () => {
      const w = await openWatchedPage(browser, baseUrl, { colorScheme: 'dark', viewport: { width: 390, height: 844 } });
      await w.page.goto(`${baseUrl}${path}`);
      // the scheme must really be dark, or this would only repeat the light run
      expect(await backgroundLuminance(w.page)).toBeLessThan(0.02);
      await hydrateAll(w.page);
      const violations = await runAxe(w.page);
      expect(violations.map((v) => `${v.id} (${v.impact}) op ${v.targets.slice(0, 3).join(', ')}`)).toEqual([]);
      await w.context.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`in the ${scheme} scheme every chart text is at least 4.5:1 and every chart line 3:1 against the page`, { timeout: 180_000 }, async () => {
      const w = await openWatchedPage(browser, baseUrl, { colorScheme: scheme, viewport: { width: 390, height: 844 } });
      const low: string[] = [];
      let texts = 0;
      for (const path of paths) {
        await w.page.goto(`${baseUrl}${path}`);
        await hydrateAll(w.page);
        const found = await chartContrasts(w.page);
        texts += found.texts.length;
        for (const t of found.texts.filter((t) => t.ratio < 4.5)) low.push(`${path}: tekst "${t.what}" ${t.fill} ${t.ratio.toFixed(2)}:1`);
        for (const l of found.lines.filter((l) => l.ratio < 3)) low.push(`${path}: lijn ${l.what} ${l.stroke} ${l.ratio.toFixed(2)}:1`);
      }
      expect(texts).toBeGreaterThan(100);
      expect(low).toEqual([]);
      await w.context.close();
    });
  }

  it('draws the charts in the dark palette in the dark scheme', async () => {
    const w = await openWatchedPage(browser, baseUrl, { colorScheme: 'dark' });
    await w.page.goto(`${baseUrl}${widgetPath(WIDGETS[0]!.spec.name)}`);
    await hydrateAll(w.page);
    const strokes = await w.page.evaluate(() => [...document.querySelectorAll('main svg *')].map((e) => getComputedStyle(e).stroke));
    const hex = (c: string) => `rgb(${[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(', ')})`;
    expect(strokes).toContain(hex(SERIES[0].dark.color));
    expect(strokes).not.toContain(hex(SERIES[0].color));
    await w.context.close();
  });

  for (const { spec } of WIDGETS) {
    it(`${spec.name}: in the dark scheme the embed and the SVG and PNG downloads stay light`, async () => {
      const w = await openWatchedPage(browser, baseUrl, { colorScheme: 'dark', acceptDownloads: true });
      await w.page.goto(`${baseUrl}${embedPath(spec.name)}`);
      expect(await backgroundLuminance(w.page)).toBeGreaterThan(0.9);
      await w.page.goto(`${baseUrl}${widgetPath(spec.name)}`);
      await hydrateAll(w.page);
      const grab = async (kind: string) => {
        const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator(`[data-share="${kind}"]`).click()]);
        return readFileSync((await download.path())!);
      };
      const svg = (await grab('svg')).toString('utf8');
      expect(svg).toMatch(/<rect width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/);
      for (const darkColour of [DARK_INK.background, DARK_INK.text, ...SERIES.map((s) => s.dark.color)]) expect(svg).not.toContain(darkColour);
      // the PNG: a white corner, and dark ink somewhere (the title)
      const { data, info } = await sharp(await grab('png')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
      expect(pixel(2, 2)).toEqual([255, 255, 255]);
      let darkest = 255 * 3;
      for (let i = 0; i < data.length; i += 3) darkest = Math.min(darkest, data[i]! + data[i + 1]! + data[i + 2]!);
      expect(darkest).toBeLessThan(150);
      await w.context.close();
    });
  }
});
