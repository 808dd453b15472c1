// Part of `npm run bench`: for every registered widget, the time from an input on its first
// control (a slider, else a checkbox, else a select, as the kit's browser tests work it) to the
// next painted frame, on its own page, at a phone's and a desktop's width, with and without 4×
// CPU throttling (Chromium's Emulation.setCPUThrottlingRate).
//
// Method: for each input, note performance.now(), change the control and dispatch its event (the
// island's handler renders synchronously), then wait for the next requestAnimationFrame and a
// message-channel task after it, which runs once that frame has been produced. The difference is
// "input to repaint"; the handler time alone (render, summary, table, address bar) is kept too.
// An input made right after a frame waits for the next one, so a repaint in the next frame reads
// as about one frame interval (16,7 ms at 60 Hz); the share of inputs over 1,5 intervals is the
// share that missed their frame.
import type { Browser } from 'playwright-core';
import { WIDGETS } from '../src/widgets/registry.ts';
import { widgetPath } from '../src/lib/widget-kit/urls.ts';
import { stats, type Stats } from '../src/lib/bench.ts';

export interface WidgetBench {
  widget: string;
  control: string;
  viewport: string;
  cpuThrottling: number;
  repaint: Stats;
  handler: Stats;
  /** the browser's frame interval, idle (16,7 ms at 60 Hz) */
  frameMs: number;
  /** share of inputs whose repaint took more than 1,5 frame intervals: they missed the next frame */
  missedFrames: number;
}

const VIEWPORTS = [
  { name: 'telefoon 390 px', width: 390, height: 844 },
  { name: 'desktop 1280 px', width: 1280, height: 900 },
];

export async function benchWidgets(browser: Browser, baseUrl: string, inputs = 300): Promise<WidgetBench[]> {
  const results: WidgetBench[] = [];
  for (const { spec } of WIDGETS) {
    for (const viewport of VIEWPORTS) {
      for (const rate of [1, 4]) {
        const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await page.goto(`${baseUrl}${widgetPath(spec.name)}`);
        await page.locator('[data-widget][data-hydrated="true"]').first().waitFor({ timeout: 30_000 });
        await page.locator('[data-widget] [data-controls]').first().scrollIntoViewIfNeeded();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const measured = await page.evaluate(async (n: number) => {
          const root = document.querySelector<HTMLElement>('[data-widget]')!;
          const range = root.querySelector<HTMLInputElement>('[data-controls] input[type="range"]');
          const check = root.querySelector<HTMLInputElement>('[data-controls] input[type="checkbox"]');
          const select = root.querySelector<HTMLSelectElement>('[data-controls] select');
          const nextPaint = () =>
            new Promise<void>((resolve) =>
              requestAnimationFrame(() => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => resolve();
                ch.port2.postMessage(null);
              }),
            );
          let change: (i: number) => void;
          let control: string;
          if (range) {
            const [min, max, step] = [Number(range.min || 0), Number(range.max || 100), Number(range.step || 1)];
            const steps = Math.max(1, Math.round((max - min) / step));
            control = `schuif ${range.dataset.control ?? range.id}`;
            // walks up and down the whole range, three steps at a time, so every value changes something
            change = (i) => {
              const k = (i * 3) % (2 * steps);
              range.value = String(min + (k <= steps ? k : 2 * steps - k) * step);
              range.dispatchEvent(new Event('input', { bubbles: true }));
            };
          } else if (check) {
            control = `vinkje ${check.dataset.control ?? check.id}`;
            change = () => check.click();
          } else if (select) {
            control = `keuze ${select.dataset.control ?? select.id}`;
            change = (i) => {
              select.selectedIndex = i % select.options.length;
              select.dispatchEvent(new Event('change', { bubbles: true }));
            };
          } else throw new Error('geen schuif, vinkje of keuzelijst');
          // the frame interval when nothing happens (about 16,7 ms at 60 Hz): an input that made
          // the next frame repaints within about one interval, one that missed it within two
          const idle: number[] = [];
          let last = await new Promise<number>((r) => requestAnimationFrame(r));
          for (let i = 0; i < 30; i++) {
            const t = await new Promise<number>((r) => requestAnimationFrame(r));
            idle.push(t - last);
            last = t;
          }
          const frame = idle.sort((a, b) => a - b)[Math.floor(idle.length / 2)]!;
          const repaint: number[] = [];
          const handler: number[] = [];
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            change(i);
            handler.push(performance.now() - t0);
            await nextPaint();
            repaint.push(performance.now() - t0);
          }
          return { control, repaint, handler, frame, missed: repaint.filter((t) => t > frame * 1.5).length / n };
        }, inputs);
        results.push({
          widget: spec.name,
          control: measured.control,
          viewport: viewport.name,
          cpuThrottling: rate,
          repaint: stats(measured.repaint),
          handler: stats(measured.handler),
          frameMs: measured.frame,
          missedFrames: measured.missed,
        });
        await context.close();
      }
    }
  }
  return results;
}
