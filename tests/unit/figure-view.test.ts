import { describe, expect, it } from 'vitest';
import { figureDetails, figureGroups, figureHref, inReadingOrder, keyFigures } from '../../src/lib/figure-view.ts';
import { detailsOf } from '../../src/lib/client/figure-details.ts';
import { figureCitation, type CitableSource } from '../../src/lib/citation.ts';
import { figureSchema, type Figure } from '../../src/lib/figures.ts';

const doc = (id: string, document: string, line: number, key = true): Figure =>
  figureSchema.parse({
    id,
    value: 1,
    unit: 'personen',
    measures: 'iets wat het meet',
    period: '2020',
    place: 'Nederland',
    key,
    source: { type: 'document', document, section: 's', lines: [line, line + 1], snippet: 'iets', citedSource: null },
  });
const stat = (id: string): Figure =>
  figureSchema.parse({
    id,
    value: 1,
    unit: 'personen',
    measures: 'iets wat het meet',
    period: '2020',
    place: 'Nederland',
    source: { type: 'statistics', publisher: 'CBS', table: 'T', status: 'definitief', licence: 'CC BY 4.0', retrieved: '2026-11' },
  });

const figures = [doc('a-3', 'a', 300), doc('a-1', 'a', 10), doc('a-2', 'a', 120, false), doc('wadw8-x', 'a', 50), doc('b-1', 'b', 5), stat('z'), stat('c')];

describe('figures in reading order and groups', () => {
  it('orders document figures by their first line and other figures by id', () => {
    expect(inReadingOrder(figures.filter((f) => f.source.type === 'document' && f.source.document === 'a')).map((f) => f.id)).toEqual(['a-1', 'wadw8-x', 'a-2', 'a-3']);
    expect(inReadingOrder([stat('z'), stat('c')]).map((f) => f.id)).toEqual(['c', 'z']);
  });

  it('gives a chapter its Kerncijfers: key figures of its document, by prefix, in reading order', () => {
    expect(keyFigures(figures, 'a').map((f) => f.id)).toEqual(['a-1', 'wadw8-x', 'a-3']);
    expect(keyFigures(figures, 'a', 'wadw8-').map((f) => f.id)).toEqual(['wadw8-x']);
    expect(keyFigures(figures, 'c')).toEqual([]);
  });

  it('groups the figures pages: one per document with figures, then statistiek, each matching figureHref', () => {
    const groups = figureGroups(
      [
        { id: 'b', title: 'Stuk B' },
        { id: 'a', title: 'Stuk A' },
        { id: 'leeg', title: 'Zonder cijfers' },
      ],
      figures,
    );
    expect(groups.map((g) => [g.group, g.figures.length])).toEqual([
      ['b', 1],
      ['a', 4],
      ['statistiek', 2],
    ]);
    // every figure is on exactly the page its links point to
    for (const g of groups) for (const f of g.figures) expect(figureHref(f)).toBe(`/cijfers/${g.group}/#${f.id}`);
    expect(groups.flatMap((g) => g.figures)).toHaveLength(figures.length);
  });
});

describe('the details a figure’s popover fetches', () => {
  const source: CitableSource = { title: 'Stuk A', authors: [{ family: 'Meer', given: 'Jelle', prefix: 'van der' }], year: 2020, yearInferred: false, kind: 'essay' };
  const lookup = (id: string) => (id === 'a' ? source : undefined);

  it('are found from the popover’s link to the figure’s entry, on that figures page', () => {
    for (const f of figures) {
      const { url, id } = detailsOf(figureHref(f), 'http://localhost:4321/hoofdstukken/x/');
      expect(url).toBe(`/cijfers/${f.source.type === 'document' ? f.source.document : 'statistiek'}/bronnen.json`);
      expect(id).toBe(f.id);
    }
  });

  it('carry the quote of a document figure and the note, and build the same source line as before the move', () => {
    const noted = { ...doc('a-9', 'a', 7), note: 'Let op: afgerond.' };
    const d = figureDetails(noted, lookup);
    expect(d).toMatchObject({ figure: '1 personen', measures: 'iets wat het meet', period: '2020', place: 'Nederland', quote: 'iets', note: 'Let op: afgerond.' });
    expect(d.origin).toBe('Meer, J. van der (2020). Stuk A [essay]. Onderdeel ‘s’.');
    expect(figureCitation({ ...d, siteName: 'S', pageTitle: 'T', pageUrl: 'https://x.nl/t/' })).toBe(
      '1 personen: iets wat het meet (2020, Nederland). Bron: Meer, J. van der (2020). Stuk A [essay]. Onderdeel ‘s’. Gevonden via S, ‘T’, https://x.nl/t/',
    );
  });

  it('have no quote for a statistic, and its source in words as the origin', () => {
    const d = figureDetails(stat('c'), lookup);
    expect(d.quote).toBeUndefined();
    expect(d.note).toBeUndefined();
    expect(d.origin).toMatch(/^CBS, T; status: definitief; .*\.$/);
  });
});

describe('statistics provenance', () => {
  it('says the status with its label, and who did not give one', async () => {
    const { statusLabel, retrievedLabel, describeStatistic } = await import('../../src/lib/provenance.ts');
    expect(statusLabel('definitief', 'CBS')).toBe('status: definitief');
    expect(statusLabel('niet vermeld', 'CBS')).toBe('status: niet vermeld door CBS');
    expect(retrievedLabel('2026-11')).toBe('geraadpleegd in november 2026');
    expect(retrievedLabel('2026-11-23')).toBe('geraadpleegd op 23 november 2026');
    expect(describeStatistic({ publisher: 'CBS', table: 'StatLine 85585NED', status: 'niet vermeld', retrieved: '2026-11' })).toBe(
      'CBS, StatLine 85585NED; status: niet vermeld door CBS; geraadpleegd in november 2026',
    );
  });
});
