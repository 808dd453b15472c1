// `npm run readability`: sentence length per chapter against the B1 norm (on average at most 15
// words a sentence, at most 1 in 12 over 25). A report for writers, not a test: it prints a table
// and the longest sentences of the pages that miss the norm. `--json` writes the figures as JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readability, B1_AVERAGE, B1_LONG } from '../src/lib/readability.ts';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'content', 'chapters');
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx')).sort();
const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const rows = files.map((f) => ({ page: f.replace(/\.mdx$/, ''), ...readability(readFileSync(join(dir, f), 'utf8')) }));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows.map(({ longest: _l, ...r }) => r), null, 2));
} else {
  const total = rows.reduce((a, r) => ({ s: a.s + r.sentences, w: a.w + r.words, l: a.l + r.long }), { s: 0, w: 0, l: 0 });
  console.log(`B1: gemiddeld hoogstens ${B1_AVERAGE} woorden per zin, hoogstens 1 op 12 zinnen langer dan ${B1_LONG} woorden.\n`);
  console.log('pagina'.padEnd(48), 'zinnen', ' gem.', ' >25', '  aandeel', ' B1');
  for (const r of rows) {
    console.log(r.page.padEnd(48), String(r.sentences).padStart(6), nl.format(r.average).padStart(5), String(r.long).padStart(4), pct.format(r.longShare).padStart(9), r.meetsB1 ? ' ja' : ' nee');
  }
  console.log('alles'.padEnd(48), String(total.s).padStart(6), nl.format(total.w / total.s).padStart(5), String(total.l).padStart(4), pct.format(total.l / total.s).padStart(9));
  if (process.argv.includes('--lang')) {
    for (const r of rows.filter((x) => !x.meetsB1)) {
      console.log(`\n${r.page}:`);
      for (const l of r.longest) console.log(`  ${l.words} woorden: ${l.text}`);
    }
  }
}
