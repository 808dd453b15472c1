// `npm run bench:widget`: time from a slider input to the next painted frame in Chromium, for the
// gordijnbeweging widget. Prints median and 95th percentile over many inputs. Not a test: wall
// clock times on a shared 2-core machine are noisy, so nothing asserts on them.
//
// Method: for each input, note performance.now(), set the slider and dispatch an `input` event
// (the widget's handler renders synchronously), then wait for the next requestAnimationFrame and a
// message-channel task after it, which runs after that frame has been produced. The difference is
// "input to repaint". The handler time alone (render, summary, table, address bar) is also shown.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createStaticServer, listen } from './static-server.ts';
import { findChromium, launchChromium } from '../tests/helpers/chromium.ts';

const dist = resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(dist)) throw new Error('Bouw eerst de site: npm run build');
const chrome = findChromium();
if (!chrome) throw new Error('Geen Chromium gevonden (apt-get install chromium of CHROME_PATH).');
const server = createStaticServer(dist);
const port = await listen(server, 0);
const browser = await launchChromium(chrome);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`http://127.0.0.1:${port}/grafieken/gordijnbeweging/`);
await page.locator('[data-widget="gordijnbeweging"][data-hydrated="true"]').waitFor();
const result = await page.evaluate(async (n: number) => {
  const slider = document.querySelector<HTMLInputElement>('input[data-control="conjunctuur"]')!;
  const nextPaint = () =>
    new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(null);
      }),
    );
  const repaint: number[] = [];
  const handler: number[] = [];
  for (let i = 0; i < n; i++) {
    const value = -100 + ((i * 15) % 205);
    const t0 = performance.now();
    slider.value = String(Math.min(100, value));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    handler.push(performance.now() - t0);
    await nextPaint();
    repaint.push(performance.now() - t0);
  }
  return { repaint, handler };
}, 400);
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `mediaan ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${s.at(-1)!.toFixed(2)} ms (n=${s.length})`;
};
console.log(`invoer tot volgende frame: ${stats(result.repaint)}`);
console.log(`alleen de verwerking (render, samenvatting, tabel, adresbalk): ${stats(result.handler)}`);
await browser.close();
server.close();
