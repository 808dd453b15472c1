// The content files themselves: every figure valid and verifiable, every id a chapter uses
// known, and no number typed into chapter prose by hand.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { figureSchema, crossCheckFigures } from '../../src/lib/figures.ts';
import { sourceSchema } from '../../src/lib/sources.ts';
import { quotesIn, MAX_QUOTE_WORDS } from '../../src/lib/quotes.ts';

const root = join(import.meta.dirname, '..', '..');
const sources = (parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const figures = readYamlLists(join(root, 'content/figures')).map(({ file: _f, ...raw }) => figureSchema.parse(raw));
const glossary = readYamlLists(join(root, 'content/glossary')) as unknown as { id: string; see?: string[] }[];
const chapterDir = join(root, 'content/chapters');
const chapters = readdirSync(chapterDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, text: readFileSync(join(chapterDir, f), 'utf8') }));

describe('content files', () => {
  it('has the five source documents, each with its source text file', () => {
    expect(sources.map((s) => s.file).sort()).toEqual([
      '000_dc2f9517b757a0e2.txt',
      '001_b38b6e4e9749ce9c.txt',
      '002_006b4dc199260d7e.txt',
      '003_ea325b7376bde12c.txt',
      '004_554ff3d9c51f0032.txt',
    ]);
  });

  it('has figures that pass the cross-check (ids, documents, computed values)', () => {
    expect(figures.length).toBeGreaterThan(0);
    expect(crossCheckFigures(figures, sources.map((s) => s.id))).toEqual([]);
  });

  it('only refers to glossary terms that exist', () => {
    const ids = new Set(glossary.map((g) => g.id));
    for (const g of glossary) for (const see of g.see ?? []) expect(ids, `${g.id} → ${see}`).toContain(see);
  });

  for (const { file, text } of chapters) {
    describe(file, () => {
      it('uses only known figure ids, glossary ids and documents', () => {
        const figureIds = new Set(figures.map((f) => f.id));
        for (const m of text.matchAll(/<Cijfer id="([^"]+)"/g)) expect(figureIds, m[1]).toContain(m[1]);
        const termIds = new Set(glossary.map((g) => g.id));
        for (const m of text.matchAll(/<Term id="([^"]+)"/g)) expect(termIds, m[1]).toContain(m[1]);
        const docIds = new Set(sources.map((s) => s.id));
        for (const m of text.matchAll(/document="([^"]+)"/g)) expect(docIds, m[1]).toContain(m[1]);
      });

      it(`quotes at most ${MAX_QUOTE_WORDS} words at a time`, () => {
        const long = quotesIn(text).filter((q) => q.split(/\s+/).length > MAX_QUOTE_WORDS);
        expect(long).toEqual([]);
      });

      it('has no number typed into the prose by hand (years excepted)', () => {
        const prose = text
          .replace(/^---[\s\S]*?\n---/, '') // front matter
          .replace(/<[^>]+>/g, ' ') // components and tags, including <Cijfer id="…" />
          .replace(/\]\([^)]*\)/g, ']') // link targets
          .replace(/^\s*\d+\.\s/gm, ' ') // ordered-list markers
          // references to parts of a document: "hoofdstuk 8", "hoofdstukken 1, 2 en 6", "figuur 8"
          .replace(/\b(hoofdstuk|hoofdstukken|deel|figuur|paragraaf|bijlage)\s+\d+((\s*(–|-|,|en|tot)\s*)\d+)*/gi, ' ')
          .replace(/\b(19|20)\d\d\b/g, ' '); // calendar years name a period, not a figure
        const stray = prose.match(/.{0,30}\d.{0,30}/g) ?? [];
        expect(stray, 'zet dit getal in content/figures/ en gebruik <Cijfer id="…" />').toEqual([]);
      });
    });
  }
});
