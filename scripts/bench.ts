// `npm run bench`: what the site costs in time, measured in the system Chromium on the built site
// (dist/, served by scripts/static-server.ts): every widget's input to repaint (median and 95th
// percentile, at 390 and 1280 px, with and without 4× CPU throttling), search time to first
// results and bytes per query, and the build time as it is and with ten times the chapters.
// Writes reports/bench.json. Not a test: wall-clock times on a shared 2-core machine are noisy,
// so nothing asserts on them; the report records the machine's load next to them.
// `--only widgets|search|build` runs one part (npm run bench:widget is `--only widgets`);
// BENCH_INPUTS sets the inputs per widget measurement (default 300).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createStaticServer, listen } from './static-server.ts';
import { findChromium, launchChromium } from '../tests/helpers/chromium.ts';
import { benchWidgets, type WidgetBench } from './bench-widgets.ts';
import { benchSearch, type SearchBench } from './bench-search.ts';
import { benchBuild, type BuildBench } from './bench-build.ts';
import { formatStats } from '../src/lib/bench.ts';
import { textTable } from '../src/lib/size-report.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const parts = (['widgets', 'search', 'build'] as const).filter((p) => !only || p === only);
if (parts.length === 0) throw new Error(`Onbekend onderdeel "${only}": kies widgets, search of build.`);

const report: { generatedAt: string; machine: object; widgets?: WidgetBench[]; search?: SearchBench; build?: BuildBench[] } = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, loadBefore: loadavg() },
};
const f1 = (v: number) => v.toFixed(1).replace('.', ',');

if (parts.includes('widgets') || parts.includes('search')) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('Bouw eerst de site: npm run build:local');
  const chrome = findChromium();
  if (!chrome) throw new Error('Geen Chromium gevonden (apt-get install chromium of CHROME_PATH).');
  const server = createStaticServer(dist);
  const baseUrl = `http://127.0.0.1:${await listen(server, 0)}`;
  const browser = await launchChromium(chrome);
  try {
    if (parts.includes('widgets')) {
      report.widgets = await benchWidgets(browser, baseUrl, Number(process.env.BENCH_INPUTS ?? 300));
      console.log('\nWidgets: invoer tot volgende frame (doel: p95 binnen één frame, 16,7 ms bij 60 Hz, zonder vertraging)');
      console.log(
        textTable(
          ['widget', 'bediening', 'scherm', 'CPU', 'mediaan', 'p95', 'max', 'frame gemist', 'alleen verwerking: mediaan', 'p95'],
          report.widgets.map((w) => [
            w.widget,
            w.control,
            w.viewport,
            `${w.cpuThrottling}×`,
            `${f1(w.repaint.median)} ms`,
            `${f1(w.repaint.p95)} ms`,
            `${f1(w.repaint.max)} ms`,
            `${f1(w.missedFrames * 100)} %`,
            `${f1(w.handler.median)} ms`,
            `${f1(w.handler.p95)} ms`,
          ]),
        ),
      );
    }
    if (parts.includes('search')) {
      const s = (report.search = await benchSearch(browser, baseUrl));
      console.log('\nZoeken: landen op /zoeken/?q=… (koud, 390 px): tijd tot het eerste resultaat, bytes');
      console.log(textTable(['zoekterm', 'eerste resultaat', 'bytes', 'resultaten'], s.landing.map((l) => [l.query, `${Math.round(l.firstResultMs)} ms`, String(l.bytes), String(l.results)])));
      console.log(`\nZoeken: vraag na vraag met de Pagefind-API (de zoekpagina en pagefind.js vooraf: ${s.pagefindLoadBytes} B; de eerste vraag laadt de rest van Pagefind)`);
      console.log(textTable(['zoekterm', 'tijd', 'bytes', 'resultaten'], s.queries.map((q) => [q.query, `${f1(q.ms)} ms`, String(q.bytes), String(q.results)])));
      console.log(`na de eerste: ${formatStats(s.warm)}; bytes per vraag: ${formatStats(s.warmBytes, 'B')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (parts.includes('build')) {
  report.build = benchBuild(root);
  console.log('\nBouwen (koud, astro build met Pagefind):');
  console.log(textTable(['inhoud', 'hoofdstukken', 'pagina’s', 'tijd', 'per pagina'], report.build.map((b) => [b.label, String(b.chapters), String(b.pages), `${f1(b.seconds)} s`, `${Math.round(b.secondsPerPage * 1000)} ms`])));
  const [one, ten] = report.build;
  if (one && ten) console.log(`${f1(ten.pages / one.pages)}× zoveel pagina’s kostte ${f1(ten.seconds / one.seconds)}× zoveel tijd.`);
}

const loadBefore = (report.machine as { loadBefore: number[] }).loadBefore;
const loadAfter = loadavg();
report.machine = { ...report.machine, loadAfter };
const out = join(root, 'reports', 'bench.json');
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nBelasting van de machine (${cpus().length} kernen; 1, 5 en 15 min): ervoor ${loadBefore.map(f1).join(' / ')}, erna ${loadAfter.map(f1).join(' / ')}.`);
console.log(`Rapport: ${out.replace(`${root}/`, '')}`);
