// The timeline of the bijstand (content/timeline.yaml, drawn by src/components/Tijdlijn.astro in
// "Wat is de bijstand?"): oldest first, every entry sourced, the five documents at their year from
// content/sources.yaml, a public source for every law, no typed numbers, and every document
// snippet at its lines in the source texts (when ../shared/seeds is there).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkTimeline, dateLabel, sortKey, timelineEntrySchema, timelineSchema, type TimelineEntry } from '../../src/lib/timeline.ts';
import { sourceSchema } from '../../src/lib/sources.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { checkSnippet } from '../../src/lib/snippets.ts';

const root = new URL('../../', import.meta.url).pathname;
const entries = timelineSchema.parse(parse(readFileSync(join(root, 'content/timeline.yaml'), 'utf8')));
const documents = (parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const figureIds = new Set(readYamlLists(join(root, 'content/figures')).map((f) => f.id));
const chapterDir = join(root, 'content/chapters');
const chapterPaths = new Set(
  readdirSync(chapterDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `/hoofdstukken/${f.replace(/\.mdx$/, '').replace(/\\/g, '/')}/`),
);
const ctx = { documents, figureIds, chapterPaths };
const SEEDS = process.env.SOURCES_DIR ?? join(root, '../shared/seeds');

describe('the timeline of the bijstand', () => {
  it('passes its own checks: order, ids, documents at their year, figures and chapters that exist, public sources for laws', () => {
    expect(checkTimeline(entries, ctx)).toEqual([]);
  });

  it('runs from old to new', () => {
    const keys = entries.map(sortKey);
    expect(keys).toEqual([...keys].sort());
    expect(entries[0]!.date < entries.at(-1)!.date).toBe(true);
  });

  it('has every entry sourced, and every law with a public source', () => {
    for (const e of entries) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      if (e.kind === 'wet') expect(e.sources.some((s) => s.type === 'publiek'), e.id).toBe(true);
    }
  });

  it('has each of the five documents at its year, said to be inferred where it is', () => {
    expect(documents).toHaveLength(5);
    for (const d of documents) {
      const e = entries.find((x) => x.document === d.id);
      expect(e, d.id).toBeDefined();
      expect(e!.date).toBe(String(d.year));
      expect(dateLabel(e!, d.yearInferred)).toBe(d.yearInferred ? `vermoedelijk ${d.year}` : String(d.year));
      expect(e!.sources).toContainEqual({ type: 'hoofdstuk', href: `/hoofdstukken/${d.id}/` });
    }
  });

  it('has the laws from the Algemene Bijstandswet to the Participatiewet at the day they came into force', () => {
    const dates = Object.fromEntries(entries.filter((e) => e.kind === 'wet').map((e) => [e.id, e.date]));
    expect(dates).toMatchObject({
      'algemene-bijstandswet': '1965-01-01',
      'nieuwe-algemene-bijstandswet': '1996-01-01',
      'wet-werk-en-bijstand': '2004-01-01',
      participatiewet: '2015-01-01',
      'kostendelersnorm-27': '2023-01-01',
    });
  });

  it('finds every document snippet at its lines in the source texts', () => {
    if (!existsSync(SEEDS)) return; // the texts are not published; maintainers have them next to the repository
    const fileOf = new Map(documents.map((d) => [d.id, d.file]));
    for (const e of entries) {
      for (const s of e.sources) {
        if (s.type !== 'document') continue;
        const text = readFileSync(join(SEEDS, fileOf.get(s.document)!), 'utf8');
        expect(checkSnippet(text, s.lines, s.snippet).ok, `${e.id}: ${s.snippet}`).toBe(true);
      }
    }
  });

  it('writes dates as a reader reads them', () => {
    expect(dateLabel({ date: '1965-01-01' })).toBe('1 januari 1965');
    expect(dateLabel({ date: '2005' }, true)).toBe('vermoedelijk 2005');
    expect(sortKey({ date: '2020' })).toBe('2020-01-01');
  });

  it('refuses an entry without a source, a typed number, or a document without its chapter', () => {
    const base = { id: 'x', date: '2000', kind: 'gebeurtenis', title: 'Iets gebeurt', text: 'Er gebeurt iets in dit jaar.', sources: [] };
    expect(timelineEntrySchema.safeParse(base).success).toBe(false);
    const sourced = { ...base, sources: [{ type: 'publiek', publisher: 'CBS', title: 'Een tabel', url: 'https://www.cbs.nl/' }] };
    expect(timelineEntrySchema.safeParse(sourced).success).toBe(true);
    expect(timelineEntrySchema.safeParse({ ...sourced, text: 'Er kwamen 400 mensen bij in dit jaar.' }).success).toBe(false);
    const doc = timelineEntrySchema.parse({ ...sourced, id: 'stuk', kind: 'document', document: 'onder-druk', date: '2007' }) as TimelineEntry;
    expect(checkTimeline([doc], { ...ctx, documents: documents.filter((d) => d.id === 'onder-druk') })).toContain('stuk: een stuk linkt naar zijn hoofdstuk');
    // out of order
    const later = { ...(sourced as TimelineEntry), id: 'later', date: '2001' } as TimelineEntry;
    const earlier = { ...(sourced as TimelineEntry), id: 'eerder', date: '1999' } as TimelineEntry;
    expect(checkTimeline([later, earlier], { ...ctx, documents: [] }).some((p) => p.includes('vóór'))).toBe(true);
  });
});
