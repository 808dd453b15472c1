import { describe, expect, it } from 'vitest';
import { figureSchema, formatFigure, formatFigureNumber, formatEuro, requireFigure, crossCheckFigures, describeCitedSource, type Figure } from '../../src/lib/figures.ts';

const documentFigure = {
  id: 'test-cijfer',
  value: 413000,
  unit: 'personen',
  noun: 'mensen',
  measures: 'mensen met een bijstandsuitkering',
  period: 'begin 2020',
  place: 'Nederland',
  source: {
    type: 'document',
    document: 'een-betere-bijstand',
    section: 'Probleemanalyse',
    lines: [24, 24],
    snippet: 'Maar liefst 413.000 mensen hadden begin 2020 een bijstandsuitkering',
    citedSource: null,
  },
};

describe('figure schema', () => {
  it('accepts a complete figure and defaults key to false', () => {
    const parsed = figureSchema.parse(documentFigure);
    expect(parsed.key).toBe(false);
  });

  it('rejects a figure without a source', () => {
    const { source: _source, ...withoutSource } = documentFigure;
    expect(figureSchema.safeParse(withoutSource).success).toBe(false);
  });

  it('rejects a document source without a snippet or line range', () => {
    expect(figureSchema.safeParse({ ...documentFigure, source: { ...documentFigure.source, snippet: '' } }).success).toBe(false);
    expect(figureSchema.safeParse({ ...documentFigure, source: { ...documentFigure.source, lines: [30, 20] } }).success).toBe(false);
  });

  it('rejects a snippet of more than 30 words', () => {
    const long = Array.from({ length: 31 }, (_, i) => `woord${i}`).join(' ');
    expect(figureSchema.safeParse({ ...documentFigure, source: { ...documentFigure.source, snippet: long } }).success).toBe(false);
  });

  it('requires the document to say explicitly whether it names a source', () => {
    const { citedSource: _c, ...src } = documentFigure.source;
    expect(figureSchema.safeParse({ ...documentFigure, source: src }).success).toBe(false);
  });

  it('rejects unknown fields, so typos in a data file do not pass silently', () => {
    expect(figureSchema.safeParse({ ...documentFigure, vaule: 3 }).success).toBe(false);
  });
});

describe('formatFigure', () => {
  const base = { noun: undefined, qualifier: undefined, display: undefined };
  it('prints counts with Dutch thousands separators and the noun', () => {
    expect(formatFigure({ ...base, value: 413000, unit: 'personen', noun: 'mensen' })).toBe('413.000 mensen');
  });
  it('prints percentages with a decimal comma and keeps the hedge word', () => {
    expect(formatFigure({ ...base, value: 1.2, unit: 'procent-bbp', qualifier: 'ruim' })).toBe('ruim 1,2 procent van het bbp');
  });
  it('prints calendar years without a separator', () => {
    expect(formatFigure({ ...base, value: 1965, unit: 'jaar' })).toBe('1965');
  });
  it('prints euros in millions and billions as Dutch prose does', () => {
    expect(formatEuro(636_000_000)).toBe('€ 636 miljoen');
    expect(formatEuro(6_072_600_000)).toBe('€ 6,07 miljard');
    expect(formatEuro(999)).toBe('€ 999');
  });
  it('uses the document’s own wording when given', () => {
    expect(formatFigure({ ...base, value: 66.7, unit: 'procent', display: 'ruim twee derde' })).toBe('ruim twee derde');
  });
  it('prints caseloads per klantmanager', () => {
    expect(formatFigure({ ...base, value: 350, unit: 'clienten-per-klantmanager' })).toBe('350 cliënten per klantmanager');
  });
});

describe('provenance', () => {
  it('says "bron niet vermeld in het stuk" when the document names no source', () => {
    const f = figureSchema.parse(documentFigure);
    expect(describeCitedSource(f.source)).toBe('bron niet vermeld in het stuk');
  });

  it('fails loudly on an unknown figure id', () => {
    const figures = [figureSchema.parse(documentFigure)];
    expect(requireFigure(figures, 'test-cijfer').value).toBe(413000);
    expect(() => requireFigure(figures, 'bestaat-niet', '/hoofdstuk/')).toThrow(/Onbekend cijfer "bestaat-niet"/);
  });
});

describe('crossCheckFigures', () => {
  const a = figureSchema.parse({ ...documentFigure, id: 'a', value: 636 });
  const b = figureSchema.parse({ ...documentFigure, id: 'b', value: 514 });
  const computed = (value: number, inputs = ['a', 'b']): Figure =>
    figureSchema.parse({
      id: 'c',
      value,
      unit: 'procent',
      measures: 'verandering van a naar b',
      period: '2014–2020',
      place: 'Nederland',
      source: { type: 'computed', inputs, formula: 'relatieve-verandering', decimals: 1, method: '(b − a) ÷ a' },
    });

  it('accepts a computed figure whose value follows from its inputs', () => {
    expect(crossCheckFigures([a, b, computed(-19.2)], ['een-betere-bijstand'])).toEqual([]);
  });
  it('flags a computed figure whose value does not follow from its inputs', () => {
    expect(crossCheckFigures([a, b, computed(-20)], ['een-betere-bijstand'])).toEqual(['c: berekend -19.2, maar de waarde is -20']);
  });
  it('flags unknown inputs, unknown documents and duplicate ids', () => {
    const problems = crossCheckFigures([a, a, computed(1, ['a', 'x'])], ['ander-document']);
    expect(problems).toContain('dubbel cijfer-id: a');
    expect(problems).toContain('a: onbekend document "een-betere-bijstand"');
    expect(problems).toContain('c: onbekende invoer "x"');
  });
});

describe('formatFigureNumber', () => {
  const base = { noun: undefined, qualifier: undefined, display: undefined };
  it('prints only the number for table cells, keeping hedge words and percent signs', () => {
    expect(formatFigureNumber({ ...base, value: 4000, unit: 'aantal', noun: 'tegenpresteerders' })).toBe('4.000');
    expect(formatFigureNumber({ ...base, value: 45, unit: 'procent', qualifier: 'ruim' })).toBe('ruim 45%');
    expect(formatFigureNumber({ ...base, value: 8_000_000, unit: 'euro' })).toBe('€ 8 miljoen');
  });
});
