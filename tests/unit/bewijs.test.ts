// The evidence overview of "Wortel of stok": its data file against the schema and the content it
// points at (documents, pages, figures), the three kinds kept apart per topic, and the shared
// source-reference check on its snippets (a wrong line must fail).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { BEWIJS_TOPICS, bewijsSchema, bewijsSourceRefs, byTopicAndKind, crossCheckBewijs } from '../../src/lib/bewijs.ts';
import { checkSourceRefs } from '../../src/lib/source-refs.ts';
import { sourceSchema } from '../../src/lib/sources.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';

const root = join(import.meta.dirname, '..', '..');
const raw = () => parse(readFileSync(join(root, 'content', 'bewijs.yaml'), 'utf8')) as Record<string, unknown>[];
const entries = bewijsSchema.parse(raw());
const sources = (parse(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));

describe('the evidence data (content/bewijs.yaml)', () => {
  it('points only at documents, chapter pages and figures that exist', () => {
    const pages = [...new Set(entries.map((e) => e.page))].filter((id) => existsSync(join(root, 'content', 'chapters', `${id}.mdx`)));
    const figureIds = readYamlLists(join(root, 'content', 'figures')).map((f) => f.id);
    expect(
      crossCheckBewijs(
        entries,
        sources.map((s) => s.id),
        pages,
        figureIds,
      ),
    ).toEqual([]);
  });

  it('covers every topic, each with at least one finding, and keeps the kinds in the order bevinding, conclusie, mening', () => {
    const topics = byTopicAndKind(entries);
    expect(topics.map((t) => t.topic)).toEqual(Object.keys(BEWIJS_TOPICS));
    for (const t of topics) {
      expect(t.groups[0]!.kind, t.topic).toBe('bevinding');
      const order = t.groups.map((g) => ['bevinding', 'conclusie', 'mening'].indexOf(g.kind));
      expect(order, t.topic).toEqual([...order].sort());
    }
  });

  it('refuses typed numbers in an entry’s text (they belong in figures), an unknown kind, a finding without a study and a duplicate id', () => {
    const withDigit = raw();
    withDigit[0]!.text = 'Het aantal aanvragen daalde met 10 procent, zegt de evaluatie.';
    expect(bewijsSchema.safeParse(withDigit).success).toBe(false);
    const badKind = raw();
    badKind[0]!.kind = 'feit';
    expect(bewijsSchema.safeParse(badKind).success).toBe(false);
    const noStudy = raw();
    noStudy[0]!.study = 'Geen studie genoemd';
    expect(bewijsSchema.safeParse(noStudy).success).toBe(false);
    const twice = raw();
    twice.push({ ...twice[0]! });
    expect(bewijsSchema.safeParse(twice).success).toBe(false);
  });

  const seeds = resolve(process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'seeds'));
  const textOf = (id: string) => {
    const s = sources.find((x) => x.id === id);
    return s && existsSync(join(seeds, s.file)) ? readFileSync(join(seeds, s.file), 'utf8') : undefined;
  };
  it.skipIf(!existsSync(seeds))('every snippet stands at its lines in the real source text; the same snippets a few lines off fail', () => {
    const refs = bewijsSourceRefs(entries);
    expect(checkSourceRefs(refs, textOf)).toEqual([]);
    const moved = refs.map((r) => ({ ...r, lines: [r.lines[0] + 6, r.lines[1] + 6] as const }));
    expect(checkSourceRefs(moved, textOf)).toHaveLength(refs.length);
  });
});
