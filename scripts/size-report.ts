// `npm run size`: what every built page weighs, gzipped (HTML with its inline CSS, CSS, and the
// JavaScript a reader's browser loads, widget islands included), one table per page type, against
// the budgets of ../shared/guide/QUALITY.md. Writes reports/size.json too. Needs a build
// (`npm run build:local`); the gate itself is tests/dist/budgets.test.ts, which measures the same way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureSite } from './size-report-dist.ts';
import { BUDGETS, budgetsFor, formatKb, overBudget, summariseByType, textTable } from '../src/lib/size-report.ts';
import { KNOWN_OVER_BUDGET } from '../src/lib/size-budgets.ts';

const root = resolve(import.meta.dirname, '..');
const pages = measureSite(join(root, 'dist'));
const summary = summariseByType(pages);

// a few bytes over reads as bytes, not as "+0,0 kB"
const formatOver = (bytes: number) => (bytes < 100 ? `${bytes} B` : formatKb(bytes));
const mark = (page: (typeof pages)[number]) => {
  const over = overBudget(page);
  if (over.length === 0) return 'ok';
  const known = KNOWN_OVER_BUDGET[page.path];
  return `${over.map((o) => `${o.measure} +${formatOver(o.size - o.budget)}`).join(', ')}${known ? ' (bekend)' : ''}`;
};

console.log(
  `Budgetten (gzip): HTML met inline CSS ≤ ${formatKb(BUDGETS.html)}, CSS ≤ ${formatKb(BUDGETS.css)}, ` +
    `JS ≤ ${formatKb(BUDGETS.jsText)} zonder widget en ≤ ${formatKb(BUDGETS.jsWidget)} met widget (island meegeteld).\n` +
    '“waarvan tekst”: alleen de woorden van <main>, zonder opmaak, popovers en grafieken: daaronder komt geen pagina zonder te splitsen.\n',
);
for (const type of summary) {
  const rows = pages.filter((p) => p.type === type.type);
  console.log(
    `${type.label}: ${type.pages} pagina${type.pages === 1 ? '' : '’s'}, mediaan HTML ${formatKb(type.median.html)}, ` +
      `CSS ${formatKb(type.median.css)}, JS ${formatKb(type.median.js)}; ${type.overBudget} boven budget`,
  );
  console.log(
    textTable(
      ['pagina', 'HTML', 'waarvan tekst', 'CSS', 'JS', 'waarvan island', 'JS-budget', 'budget'],
      rows.map((p) => [p.path, formatKb(p.html), formatKb(p.text), formatKb(p.css), formatKb(p.js), p.islandJs ? formatKb(p.islandJs) : '', formatKb(budgetsFor(p).js), mark(p)]),
    ),
  );
  console.log('');
}
const over = pages.filter((p) => overBudget(p).length > 0);
console.log(`${over.length} van ${pages.length} pagina’s boven een budget${over.length ? `: ${over.map((p) => p.path).join(', ')}` : ''}.`);

const out = join(root, 'reports', 'size.json');
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      method: 'gzip level 6 per response; inline <style> and <script> counted in HTML and, joined, in CSS and JS; JS = module scripts + static imports + islands of the widgets on the page',
      budgets: BUDGETS,
      byType: summary,
      pages: pages.map((p) => ({ ...p, budgets: budgetsFor(p), overBudget: overBudget(p), knownOverBudget: KNOWN_OVER_BUDGET[p.path] ?? null })),
    },
    null,
    2,
  )}\n`,
);
console.log(`Rapport: ${out.replace(`${root}/`, '')}`);
