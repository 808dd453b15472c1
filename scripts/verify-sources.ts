// `npm run verify:sources`: checks every figure's verbatim snippet against the source text at its
// line range. The source texts are not part of this repository (they are others' published work);
// SOURCES_DIR points at them and defaults to ../shared/seeds.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readYamlLists } from '../src/lib/yaml-lists.ts';
import { figureSchema, crossCheckFigures, type Figure } from '../src/lib/figures.ts';
import { sourceSchema } from '../src/lib/sources.ts';
import { checkSnippet } from '../src/lib/snippets.ts';
import { quotesIn, quoteOccursIn, normaliseQuoteText } from '../src/lib/quotes.ts';
import { readdirSync } from 'node:fs';

const root = resolve(import.meta.dirname, '..');
const sourcesDir = resolve(process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'seeds'));
if (!existsSync(sourcesDir)) {
  console.error(`Map met brontekst niet gevonden: ${sourcesDir}. Zet SOURCES_DIR.`);
  process.exit(2);
}

const sources = (parse(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const fileOf = new Map(sources.map((s) => [s.id, s.file]));
const problems: string[] = [];
const figures: Figure[] = [];
for (const { file, ...raw } of readYamlLists(join(root, 'content', 'figures'))) {
  const parsed = figureSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(`${file} ${raw.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    continue;
  }
  figures.push(parsed.data);
}
problems.push(...crossCheckFigures(figures, sources.map((s) => s.id)));

const texts = new Map<string, string>();
let checked = 0;
for (const f of figures) {
  if (f.source.type !== 'document') continue;
  const name = fileOf.get(f.source.document);
  if (!name) continue; // reported by crossCheckFigures
  if (!texts.has(name)) {
    const path = join(sourcesDir, name);
    if (!existsSync(path)) {
      problems.push(`brontekst ontbreekt: ${path}`);
      texts.set(name, '');
      continue;
    }
    texts.set(name, readFileSync(path, 'utf8'));
  }
  const text = texts.get(name)!;
  if (!text) continue;
  checked++;
  const result = checkSnippet(text, f.source.lines, f.source.snippet);
  if (!result.ok) {
    const hint = result.foundAtLine ? ` (wel gevonden rond regel ${result.foundAtLine})` : ' (nergens in de tekst gevonden)';
    problems.push(`${f.id}: citaat staat niet op regels ${f.source.lines.join('–')} van ${name}${hint}`);
  }
}

// Quotations in chapters must stand in one of the source texts (usually the chapter's own; a
// chapter may quote another document in its Verbanden).
const allTexts = sources
  .map((s) => join(sourcesDir, s.file))
  .filter((p) => existsSync(p))
  .map((p) => normaliseQuoteText(readFileSync(p, 'utf8')));
const squashed = allTexts.map((t) => t.replace(/\s/g, ''));
const chapterDir = join(root, 'content', 'chapters');
let quotes = 0;
for (const file of readdirSync(chapterDir, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx'))) {
  for (const quote of quotesIn(readFileSync(join(chapterDir, file), 'utf8'))) {
    quotes++;
    if (!allTexts.some((t, i) => quoteOccursIn(quote, t, squashed[i]))) problems.push(`${file}: citaat niet gevonden in de brontekst: "${quote}"`);
  }
}

// Quotations in the widgets: the claims panel's must stand in the document it names; any other
// <q> in a widget's folder (its words, its page extras) in one of the source texts.
const { WIDGETS } = await import('../src/widgets/registry.ts');
let widgetQuotes = 0;
for (const { spec, words } of WIDGETS) {
  const claims = words.claims;
  if (!claims) continue;
  const file = fileOf.get(claims.document);
  const path = file ? join(sourcesDir, file) : undefined;
  if (!path || !existsSync(path)) {
    problems.push(`widget ${spec.name}: brontekst van "${claims.document}" niet gevonden`);
    continue;
  }
  const text = normaliseQuoteText(readFileSync(path, 'utf8'));
  for (const line of [...claims.says, ...claims.assumes, ...claims.doesNotSay]) {
    for (const quote of quotesIn(line)) {
      widgetQuotes++;
      if (!quoteOccursIn(quote, text)) problems.push(`widget ${spec.name}: citaat niet gevonden in ${file}: "${quote}"`);
    }
  }
}
const widgetDir = join(root, 'src', 'widgets');
for (const file of readdirSync(widgetDir, { recursive: true }).map(String).filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('words.ts'))) {
  for (const quote of quotesIn(readFileSync(join(widgetDir, file), 'utf8'))) {
    widgetQuotes++;
    if (!allTexts.some((t, i) => quoteOccursIn(quote, t, squashed[i]))) problems.push(`src/widgets/${file}: citaat niet gevonden in de brontekst: "${quote}"`);
  }
}

// The claim-by-claim record: every snippet stands at its lines in its document's source text.
const { claimSchema } = await import('../src/lib/claims.ts');
const claimDir = join(root, 'content', 'claims');
let claims = 0;
for (const file of readdirSync(claimDir).filter((f) => f.endsWith('.yaml'))) {
  const name = fileOf.get(file.replace(/\.yaml$/, ''));
  const text = name && existsSync(join(sourcesDir, name)) ? readFileSync(join(sourcesDir, name), 'utf8') : undefined;
  if (!text) {
    problems.push(`content/claims/${file}: geen brontekst voor dit document`);
    continue;
  }
  for (const [i, raw] of (parse(readFileSync(join(claimDir, file), 'utf8')) as unknown[]).entries()) {
    const parsed = claimSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`content/claims/${file} #${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      continue;
    }
    const c = parsed.data;
    if (!c.lines || !c.snippet) continue;
    claims++;
    const result = checkSnippet(text, c.lines, c.snippet);
    if (!result.ok) {
      const hint = result.foundAtLine ? ` (wel gevonden rond regel ${result.foundAtLine})` : ' (nergens in de tekst gevonden)';
      problems.push(`content/claims/${file} #${i + 1} (${c.page}): citaat staat niet op regels ${c.lines.join('–')}${hint}`);
    }
  }
}

// The glossary's `documents`: exactly the documents whose text uses the term (src/lib/glossary-usage.ts).
const { checkTermDocuments } = await import('../src/lib/glossary-usage.ts');
const textsById = new Map(sources.filter((s) => existsSync(join(sourcesDir, s.file))).map((s) => [s.id, readFileSync(join(sourcesDir, s.file), 'utf8')]));
let terms = 0;
for (const { file, ...raw } of readYamlLists(join(root, 'content', 'glossary'))) {
  const entry = raw as { id: string; term: string; forms?: string[]; documents?: string[] };
  terms++;
  if (!Array.isArray(entry.documents)) {
    problems.push(`${file} ${entry.id}: documents ontbreekt (de stukken die het woord gebruiken; [] als geen enkel)`);
    continue;
  }
  problems.push(...checkTermDocuments({ ...entry, documents: entry.documents }, textsById).map((p) => `${file}: ${p}`));
}

// The proposals matrix (content/voorstellen.yaml) and the evidence overview (content/bewijs.yaml):
// each cell's or entry's snippet at its lines, with one shared check (src/lib/source-refs.ts).
const { checkSourceRefs } = await import('../src/lib/source-refs.ts');
const { voorstellenSchema, voorstellenSourceRefs } = await import('../src/lib/voorstellen.ts');
const textOfDocument = (id: string) => {
  const name = fileOf.get(id);
  return name && existsSync(join(sourcesDir, name)) ? readFileSync(join(sourcesDir, name), 'utf8') : undefined;
};
let refs = 0;
const voorstellenFile = join(root, 'content', 'voorstellen.yaml');
if (existsSync(voorstellenFile)) {
  const parsed = voorstellenSchema.safeParse(parse(readFileSync(voorstellenFile, 'utf8')));
  if (!parsed.success) problems.push(`content/voorstellen.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  else {
    const list = voorstellenSourceRefs(parsed.data);
    refs += list.length;
    problems.push(...checkSourceRefs(list, textOfDocument));
  }
}

const { bewijsSchema, bewijsSourceRefs } = await import('../src/lib/bewijs.ts');
const bewijsFile = join(root, 'content', 'bewijs.yaml');
if (existsSync(bewijsFile)) {
  const parsed = bewijsSchema.safeParse(parse(readFileSync(bewijsFile, 'utf8')));
  if (!parsed.success) problems.push(`content/bewijs.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  else {
    const list = bewijsSourceRefs(parsed.data);
    refs += list.length;
    problems.push(...checkSourceRefs(list, textOfDocument));
  }
}

// The cells of the widget `steden` (content/steden): every snippet stands at its lines in its document.
const { readStedenCities } = await import('../src/lib/steden/resolve.ts');
const { checkStedenSnippets } = await import('../src/lib/steden/schema.ts');
const steden = checkStedenSnippets(readStedenCities(), (document) => {
  const name = fileOf.get(document);
  return name && existsSync(join(sourcesDir, name)) ? readFileSync(join(sourcesDir, name), 'utf8') : undefined;
});
problems.push(...steden.problems);

if (problems.length > 0) {
  console.error(`verify:sources: ${problems.length} probleem/problemen\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `verify:sources: ${checked} cijfercitaten uit ${texts.size} brontekst(en), ${quotes} citaten in hoofdstukken, ${widgetQuotes} in grafieken, ${claims} bij de nagelopen beweringen, ${refs} in de overzichten en ${steden.checked} in de stedenvergelijking kloppen; ${figures.length} cijfers in totaal.`,
);
console.log(`verify:sources: bij ${terms} begrippen klopt welke stukken het woord gebruiken.`);
