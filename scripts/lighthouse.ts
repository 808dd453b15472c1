// `npm run lighthouse`: Lighthouse (mobile preset, its default: an emulated mid-range phone with
// simulated slow 4G and a 4× slower CPU) on the heaviest built page of each page type and on
// search with results, three runs each, in the system Chromium with the tests' flags, on dist/
// served by scripts/static-server.ts as the browser tests serve it. Prints the median scores and
// metrics, writes reports/lighthouse.json, and fails when a median is below its threshold
// (performance 0,95; accessibility, best practices and SEO 1). Needs a build.
//
// A performance score replays the page's own CPU time, which other work on a shared 2-core
// machine inflates (the same page scored 99 and 71 minutes apart). A page whose median misses
// gets one more round of runs and is judged on the median of all of them: a page that is really
// slow misses in every round, a busy moment does not.
// LIGHTHOUSE_RUNS sets the number of runs (default 3); LIGHTHOUSE_ONLY=/path/ audits one page;
// LIGHTHOUSE_FULL=1 also keeps each run's whole Lighthouse result in reports/lighthouse/;
// LIGHTHOUSE_BASE=http://host:port audits a server that is already running (the same build)
// instead of serving dist/ itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { createStaticServer, listen } from './static-server.ts';
import { measureSite } from './size-report-dist.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/helpers/chromium.ts';
import { textTable } from '../src/lib/size-report.ts';
import { CATEGORIES, METRICS, SKIPPED_AUDITS, THRESHOLDS, pagesToAudit, score100, summarise, type AuditedPage, type Category, type Metric, type PageResult, type Run } from '../src/lib/lighthouse-report.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromePath = findChromium();
if (!chromePath) throw new Error('Geen Chromium gevonden (apt-get install chromium of CHROME_PATH).');

const only = process.env.LIGHTHOUSE_ONLY;
const pages = pagesToAudit(measureSite(dist)).filter((p) => !only || p.path === only);
const external = process.env.LIGHTHOUSE_BASE?.replace(/\/$/, '');
const server = external ? undefined : createStaticServer(dist);
const base = external ?? `http://127.0.0.1:${await listen(server!, 0)}`;
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const started = performance.now();

/** One Lighthouse run of one page, reduced to what the report keeps. */
async function audit(page: AuditedPage, label: string): Promise<Run> {
  const skipAudits = SKIPPED_AUDITS[page.type]?.audits ?? [];
  const result = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], skipAudits });
  if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${page.path}`);
  const { lhr } = result;
  if (process.env.LIGHTHOUSE_FULL === '1') {
    mkdirSync(join(root, 'reports', 'lighthouse'), { recursive: true });
    writeFileSync(join(root, 'reports', 'lighthouse', `${page.type}-${label.replace("/", "-van-")}.json`), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>;
  const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? NaN])) as Record<Metric, number>;
  const failedAudits = Object.fromEntries(
    CATEGORIES.filter((c) => c !== 'performance').map((c) => [
      c,
      (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
    ]),
  );
  const benchmarkIndex = lhr.environment.benchmarkIndex;
  console.log(`${page.path} run ${label}: ${CATEGORIES.map((c) => `${c} ${score100(scores[c])}`).join(', ')} (benchmarkIndex ${Math.round(benchmarkIndex)})`);
  return { benchmarkIndex, scores, metrics, failedAudits };
}

const results: PageResult[] = [];
try {
  for (const page of pages) {
    const pageRuns: Run[] = [];
    for (let i = 1; i <= runs; i++) pageRuns.push(await audit(page, `${i}/${runs}`));
    if (summarise(page, pageRuns).below.some((b) => b.category === 'performance')) {
      console.log(`${page.path}: prestaties onder de drempel; nog ${runs} runs, het oordeel volgt de mediaan van alle ${runs * 2}`);
      for (let i = runs + 1; i <= runs * 2; i++) pageRuns.push(await audit(page, `${i}/${runs * 2}`));
    }
    results.push(summarise(page, pageRuns));
  }
} finally {
  chrome.kill();
  server?.close();
}
const seconds = (performance.now() - started) / 1000;

const ms = (v: number) => `${Math.round(v)} ms`;
console.log(`\nLighthouse ${runs}× per pagina (${runs * 2}× na een misser), mobiel, mediaan (${seconds.toFixed(0)} s):`);
console.log(
  textTable(
    ['type', 'pagina', 'runs', 'prestaties', 'toegankelijkheid', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'speed index'],
    results.map((r) => [
      r.type,
      r.path,
      String(r.runs.length),
      ...CATEGORIES.map((c) => score100(r.median.scores[c])),
      ms(r.median.metrics['first-contentful-paint']),
      ms(r.median.metrics['largest-contentful-paint']),
      ms(r.median.metrics['total-blocking-time']),
      r.median.metrics['cumulative-layout-shift'].toFixed(3).replace('.', ','),
      ms(r.median.metrics['speed-index']),
    ]),
  ),
);

for (const [type, skip] of Object.entries(SKIPPED_AUDITS)) console.log(`Overgeslagen bij ${type}: ${skip.audits.join(', ')} (${skip.why}).`);

const out = join(root, 'reports', 'lighthouse.json');
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), runs, seconds, thresholds: THRESHOLDS, skippedAudits: SKIPPED_AUDITS, pages: results }, null, 2)}\n`);
console.log(`Rapport: ${out.replace(`${root}/`, '')}`);

const below = results.flatMap((r) => r.below.map((b) => `${r.path}: ${b.category} ${score100(b.score)} < ${score100(b.threshold)}${b.audits.length ? ` (${b.audits.join(', ')})` : ''}`));
if (below.length > 0) {
  console.error(`\nOnder de drempel:\n${below.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log('Alle pagina’s halen de drempels.');
