// What the widget kit promises for every registered widget, in a real Chromium: hostile links,
// reading without JavaScript, downloads that say what they are, embeds that fit their content,
// no layout shift, axe after interaction, and a phone at 390 px: text of at least 12 px that
// does not overlap, tap targets of at least 24 × 24 px, and the chart in view while the reader
// works a control. New widgets are covered by registering them.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { listen } from '../../scripts/static-server.ts';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { openWatchedPage, runAxe } from '../helpers/browser-page.ts';
import { hydrated, widgetSnapshot, workFirstControl } from '../helpers/widget-page.ts';
import { WIDGETS } from '../../src/widgets/registry.ts';
import { widgetPath } from '../../src/lib/widget-kit/urls.ts';
import { parseTableCsv } from '../../src/lib/widget-kit/table.ts';
import { standaloneSize } from '../../src/lib/widget-kit/standalone.ts';
import { MIN_CHART_FONT_PX } from '../../src/lib/widget-kit/spec.ts';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };

async function watchLayoutShift(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe.skipIf(!chromePath)('widget kit, for every registered widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { spec } of WIDGETS) {
    const PAGE = widgetPath(spec.name);

    describe(spec.name, () => {
      it('shows the default with a polite notice for garbage or hostile links, never their markup', async () => {
        const clean = await openWatchedPage(browser, baseUrl);
        await clean.page.goto(`${baseUrl}${PAGE}`);
        await hydrated(clean.page);
        const standard = await widgetSnapshot(clean.page);
        await clean.context.close();
        const params = Object.values(spec.state.fields).map((f) => (f as { param: string }).param);
        const queries = [
          `?${params.map((p) => `${p}=banaan`).join('&')}`,
          `?${params[0]}=%3Cimg%20src=x%20onerror=alert(1)%3E`,
          '?preset=__proto__',
          '?v=99&%E0%A4%A',
          `?${params[0]}=${'9'.repeat(3000)}`,
        ];
        for (const query of queries) {
          const w = await openWatchedPage(browser, baseUrl);
          await w.page.goto(`${baseUrl}${PAGE}${query}`);
          await hydrated(w.page);
          const snap = await widgetSnapshot(w.page);
          expect({ ...snap, notice: '' }, query).toEqual({ ...standard, notice: '' });
          expect(snap.notice, query).not.toBe('');
          expect(await w.page.locator('[data-notice]').getAttribute('role')).toBe('status');
          expect(await w.page.locator('main img').count(), query).toBe(0);
          expect(w.consoleErrors, query).toEqual([]);
          await w.context.close();
        }
      });

      it('without JavaScript: the static chart for the width, its summary, its table, presets, and a notice that the link cannot change it', async () => {
        for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
          const w = await openWatchedPage(browser, baseUrl, { javaScriptEnabled: false, viewport });
          await w.page.goto(`${baseUrl}${PAGE}?${Object.values(spec.state.fields).map((f) => (f as { param: string }).param)[0]}=1`);
          const visible = await w.page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('[data-chart] svg')].filter((s) => s.getBoundingClientRect().height > 0).map((s) => s.dataset.layout));
          expect(visible).toEqual([viewport.width < 600 ? 'smal' : 'breed']);
          expect(await w.page.locator('[data-summary]').textContent()).not.toBe('');
          expect(await w.page.locator('[data-table] tbody tr').count()).toBeGreaterThan(0);
          expect(await w.page.locator('[data-controls]').isVisible()).toBe(false);
          expect(await w.page.getByText('Zonder JavaScript toont deze grafiek altijd dezelfde stand').isVisible()).toBe(true);
          expect(await w.page.locator('[data-preset-nav] a').count()).toBe(Object.keys(spec.state.presets).length);
          await w.context.close();
        }
      });

      it('downloads SVG, PNG and CSV of the current state that carry its title, state, source and link', async () => {
        const w = await openWatchedPage(browser, baseUrl, { acceptDownloads: true });
        await w.page.goto(`${baseUrl}${PAGE}`);
        await hydrated(w.page);
        await workFirstControl(w.page);
        await expect.poll(() => w.page.url()).not.toBe(`${baseUrl}${PAGE}`);
        const link = await w.page.locator('[data-share-link]').inputValue();
        const title = (await w.page.title()).replace(/ \| .*$/, '');
        const grab = async (name: string) => {
          const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator(`[data-share="${name}"]`).click()]);
          return { file: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
        };
        const svg = await grab('svg');
        expect(svg.file).toMatch(new RegExp(`^${spec.name}-.*\\.svg$`));
        const svgText = svg.bytes.toString('utf8');
        for (const part of [title, link, spec.source.slice(0, 40)]) expect(svgText).toContain(part.replace(/&/g, '&amp;'));

        const png = await grab('png');
        expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        const size = standaloneSize(svgText);
        expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([size.width * 2, size.height * 2]);

        const csv = parseTableCsv((await grab('csv')).bytes.toString('utf8'));
        expect(csv.meta.Titel).toBe(title);
        expect(csv.meta.Link).toBe(link);
        expect(csv.meta.Licentie).toBe(spec.licence);
        const table = (await widgetSnapshot(w.page)).table;
        expect(csv.rows.map((r) => r.join('|'))).toEqual(table);
        expect(w.consoleErrors).toEqual([]);
        await w.context.close();
      });

      it('embeds at the height of its content at 390 and 1280 px, and links back to the same state', async () => {
        const w = await openWatchedPage(browser, baseUrl);
        await w.page.goto(`${baseUrl}${PAGE}`);
        await hydrated(w.page);
        await workFirstControl(w.page);
        await expect.poll(() => w.page.locator('[data-share-embed]').inputValue()).toMatch(/embed\/[^"]*\?/);
        const snippet = await w.page.locator('[data-share-embed]').inputValue();
        const shareUrl = new URL(await w.page.locator('[data-share-link]').inputValue());
        await w.context.close();
        // the snippet names our public address; the test serves it from its own
        const local = snippet.replace(/https?:\/\/[^/"]+\//g, `${baseUrl}/`);
        const fallback = Number(/height="(\d+)"/.exec(snippet)![1]);
        const heights: number[] = [];
        for (const width of [390, 1280]) {
          const host = await openWatchedPage(browser, baseUrl, { viewport: { width, height: 900 } });
          // A host page on another origin, served by a server of the test's own on loopback (Chromium
          // refuses to let a page from the public internet embed a loopback address).
          const hostServer = createServer((_req, res) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(`<!doctype html><html lang="nl"><head><title>Gastsite</title></head><body style="margin:8px"><h1>Een artikel</h1>${local}<p>Verder.</p></body></html>`);
          });
          const port = await listen(hostServer, 0);
          await host.page.goto(`http://localhost:${port}/`);
          const frame = host.page.frameLocator('iframe');
          await frame.locator('[data-widget][data-hydrated="true"]').waitFor({ timeout: 15_000 });
          // the content's own height: where the last element of the page ends
          const content = await frame.locator('body').evaluate((body) => Math.ceil([...body.querySelectorAll('*')].reduce((max, e) => Math.max(max, e.getBoundingClientRect().bottom), 0) + parseFloat(getComputedStyle(body).marginBottom)));
          heights.push(content);
          await expect.poll(() => host.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(content);
          const inner = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
          expect(inner, `${width}px: de insluiting moet zelf niet scrollen`).toBeLessThanOrEqual(0);
          if (width === 390) expect(fallback, 'zonder script is de vaste hoogte genoeg voor een telefoon').toBeGreaterThanOrEqual(content);
          const back = new URL(await frame.locator('[data-full-link]').getAttribute('href') ?? '', baseUrl);
          expect(`${back.pathname}${back.search}`).toBe(`${shareUrl.pathname}${shareUrl.search}`);
          const snap = await frame.locator('[data-summary]').textContent();
          expect(snap).not.toBe('');
          console.log(`insluiting ${spec.name}: ${content} px hoog bij ${width} px breed (vaste hoogte zonder script: ${fallback})`);
          await host.context.close();
          await new Promise((resolve) => hostServer.close(resolve));
        }
        // a wide screen needs less height than a phone: the iframe follows the content, not a fixed size
        expect(heights[1]).toBeLessThan(heights[0]!);
      });

      it('every preset page names a 1200×630 preview image that the server sends as PNG', async () => {
        for (const preset of Object.keys(spec.state.presets)) {
          const path = preset === spec.defaultPreset ? PAGE : `${PAGE}${preset}/`;
          const html = await (await fetch(`${baseUrl}${path}`)).text();
          const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
          expect(og, path).toBeDefined();
          const image = await fetch(`${baseUrl}${new URL(og!).pathname}`);
          expect(image.headers.get('content-type'), path).toContain('image/png');
          const bytes = Buffer.from(await image.arrayBuffer());
          expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], path).toEqual([1200, 630]);
        }
      });

      it('does not shift the layout when the island takes over, at 390 or 1280 px', async () => {
        for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
          const w = await openWatchedPage(browser, baseUrl, { viewport });
          await w.page.goto(`${baseUrl}${PAGE}`);
          await watchLayoutShift(w.page);
          await w.page.locator('[data-widget]').scrollIntoViewIfNeeded();
          await hydrated(w.page);
          await w.page.waitForTimeout(300);
          expect(await w.page.evaluate(() => (window as unknown as { cls: number }).cls), `${viewport.width}px`).toBe(0);
          await w.context.close();
        }
      });

      it('on a 390 px phone: text at least 12 px that does not overlap, targets at least 24 × 24 px, chart in view at each control, axe clean after use', async () => {
        const w = await openWatchedPage(browser, baseUrl, { viewport: PHONE });
        await w.page.goto(`${baseUrl}${PAGE}`);
        await hydrated(w.page);
        for (const round of ['start', 'na bediening']) {
          if (round === 'na bediening') await workFirstControl(w.page);
          const texts = await w.page.evaluate(() => {
            const svg = document.querySelector<SVGSVGElement>('[data-widget] [data-chart] svg')!;
            const box = svg.getBoundingClientRect();
            const k = svg.getScreenCTM()!.a;
            return [...svg.querySelectorAll<SVGTextContentElement>('text')]
              .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).visibility !== 'hidden')
              .map((t) => {
                const r = t.getBoundingClientRect();
                return { text: t.textContent!.trim(), px: parseFloat(getComputedStyle(t).fontSize) * k, left: r.left - box.left, right: r.right - box.left, top: r.top - box.top, bottom: r.bottom - box.top, width: box.width, height: box.height };
              });
          });
          expect(texts.length).toBeGreaterThan(0);
          for (const t of texts) {
            expect(t.px, `${round}: "${t.text}"`).toBeGreaterThanOrEqual(MIN_CHART_FONT_PX - 0.01);
            expect(t.left, `${round}: "${t.text}" links buiten de grafiek`).toBeGreaterThanOrEqual(-0.5);
            expect(t.right, `${round}: "${t.text}" rechts buiten de grafiek`).toBeLessThanOrEqual(t.width + 0.5);
            expect(t.bottom, `${round}: "${t.text}" onder de grafiek`).toBeLessThanOrEqual(t.height + 0.5);
          }
          for (let i = 0; i < texts.length; i++) {
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i]!;
              const b = texts[j]!;
              const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              expect(overlap, `${round}: "${a.text}" overlapt "${b.text}"`).toBe(false);
            }
          }
        }
        const small = await w.page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-widget] :is(button, input, select, summary, [data-preset-link], [data-share]), .bron-knop, .term-knop')]
            .filter((e) => e.getClientRects().length > 0)
            .map((e) => ({ what: e.outerHTML.slice(0, 60), ...e.getBoundingClientRect().toJSON() }))
            .filter((r) => r.width < 24 || r.height < 24),
        );
        expect(small).toEqual([]);
        const reach = await w.page.evaluate(() => {
          const root = document.querySelector('[data-widget]')!;
          const chart = root.querySelector('[data-chart]')!.getBoundingClientRect();
          return [...root.querySelectorAll<HTMLElement>('[data-controls] :is(input, button, select)')].map((c) => ({ control: c.outerHTML.slice(0, 50), span: c.getBoundingClientRect().bottom - chart.top }));
        });
        for (const r of reach) expect(r.span, `${r.control}: grafiek en knop passen samen op het scherm`).toBeLessThanOrEqual(PHONE.height);
        expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        expect(await runAxe(w.page)).toEqual([]);
        expect(w.consoleErrors).toEqual([]);
        await w.context.close();
      });
    });
  }
});
