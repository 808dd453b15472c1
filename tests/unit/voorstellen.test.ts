// The proposals matrix: its data file against the schema, the source-reference check that
// verify:sources runs on it (a wrong line must fail), and what the page needs from the data: every
// cell's page exists, every proposal's name is a search keyword of the chapter, no typed numbers.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { cellFor, cellHref, crossCheckVoorstellen, proposalAnchor, stanceCounts, voorstellenSchema, voorstellenSourceRefs } from '../../src/lib/voorstellen.ts';
import { checkSourceRefs } from '../../src/lib/source-refs.ts';
import { sourceSchema } from '../../src/lib/sources.ts';

const root = join(import.meta.dirname, '..', '..');
const data = voorstellenSchema.parse(parse(readFileSync(join(root, 'content', 'voorstellen.yaml'), 'utf8')));
const sources = (parse(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const chapterMdx = readFileSync(join(root, 'content', 'chapters', 'voorstellen.mdx'), 'utf8');

describe('the proposals data (content/voorstellen.yaml)', () => {
  it('has every document as a column, once', () => {
    expect(data.documents.map((d) => d.id).sort()).toEqual(sources.map((s) => s.id).sort());
  });

  it('points only at documents and chapter pages that exist', () => {
    const chapterIds = data.proposals.flatMap((p) => Object.values(p.cells).flatMap((c) => (c.page ? [c.page] : [])));
    const existing = chapterIds.filter((id) => existsSync(join(root, 'content', 'chapters', `${id}.mdx`)));
    expect(
      crossCheckVoorstellen(
        data,
        sources.map((s) => s.id),
        existing,
      ),
    ).toEqual([]);
  });

  it('reads a missing cell as "niet vermeld", and links a cell to its page and heading', () => {
    const arbeidsbureau = data.proposals.find((p) => p.id === 'arbeidsbureau')!;
    expect(cellFor(arbeidsbureau, 'kronkelige-gewelven')).toEqual({ stance: 'niet-vermeld' });
    expect(cellHref(cellFor(arbeidsbureau, 'werk-aan-de-winkel'))).toBe('/hoofdstukken/werk-aan-de-winkel/arbeidsbureau/#tijd-voor-een-nieuw-arbeidsbureau');
    expect(proposalAnchor(arbeidsbureau)).toBe('voorstel-arbeidsbureau');
    const counts = stanceCounts(data, arbeidsbureau);
    expect(counts['stelt-voor'] + counts['niet-vermeld']).toBe(data.documents.length);
  });

  it('refuses a cell with a stance but without its source', () => {
    const raw = parse(readFileSync(join(root, 'content', 'voorstellen.yaml'), 'utf8')) as { proposals: { cells: Record<string, Record<string, unknown>> }[] };
    delete raw.proposals[0]!.cells['werk-aan-de-winkel']!.snippet;
    expect(voorstellenSchema.safeParse(raw).success).toBe(false);
  });

  it('names every proposal in the chapter’s search keywords', () => {
    const keywords = (parse(chapterMdx.split('---')[1]!) as { keywords: string[] }).keywords;
    for (const p of data.proposals) expect(keywords, p.id).toContain(p.name);
  });

  it('types no numbers in its explanations and notes (figures go through <Cijfer>)', () => {
    for (const p of data.proposals) {
      expect(p.uitleg, p.id).not.toMatch(/\d/);
      for (const [doc, c] of Object.entries(p.cells)) expect(c.note ?? '', `${p.id} × ${doc}`).not.toMatch(/\d/);
    }
  });
});

describe('source references (shared by verify:sources)', () => {
  const text = ['eerste regel', 'Schaf de algemene', 'tegenprestatie af.', 'laatste regel'].join('\n');
  const ref = { label: 'test', document: 'werk-aan-de-winkel', snippet: 'Schaf de algemene tegenprestatie af.' };

  it('passes a snippet at its lines, also when it wraps', () => {
    expect(checkSourceRefs([{ ...ref, lines: [2, 3] }], () => text)).toEqual([]);
  });

  it('fails a snippet at the wrong line, and says where it is', () => {
    const problems = checkSourceRefs([{ ...ref, lines: [3, 4] }], () => text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/niet op regels 3–4.*rond regel 2/);
  });

  it('fails a document without a source text', () => {
    expect(checkSourceRefs([{ ...ref, lines: [2, 3] }], () => undefined)[0]).toMatch(/geen brontekst/);
  });

  // with the real source texts (not part of the repository): every cell checks, and one moved a
  // line down does not
  const seeds = resolve(process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'seeds'));
  const fileOf = new Map(sources.map((s) => [s.id, join(seeds, s.file)]));
  const textOf = (id: string) => {
    const path = fileOf.get(id);
    return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  it.skipIf(!existsSync(seeds))('every cell’s snippet stands at its lines in the real source text; a wrong line fails', () => {
    const refs = voorstellenSourceRefs(data);
    expect(refs.length).toBeGreaterThanOrEqual(30);
    expect(checkSourceRefs(refs, textOf)).toEqual([]);
    const moved = refs.map((r) => ({ ...r, lines: [r.lines[0] + 5, r.lines[1] + 5] as const }));
    expect(checkSourceRefs(moved, textOf)).toHaveLength(refs.length);
  });
});
