import { describe, expect, it } from 'vitest';
import { comparableMeasures, comparisonRows, comparisonSummary, shortNumber } from '../../src/lib/compare.ts';
import { figureSchema, type Figure } from '../../src/lib/figures.ts';

const fig = (id: string, value: number, document: string, period: string, extra: Record<string, unknown> = {}): Figure =>
  figureSchema.parse({
    id,
    value,
    unit: 'clienten-per-klantmanager',
    measures: 'cliënten per klantmanager',
    period,
    place: 'Amsterdam',
    compare: 'caseload-per-klantmanager',
    source: { type: 'document', document, section: 's', lines: [1, 1], snippet: 'iets', citedSource: null },
    ...extra,
  });

const labels = (id: string) => ({ a: 'Stuk A', b: 'Stuk B' })[id] ?? id;

describe('comparisonRows', () => {
  const figures = [fig('x', 350, 'a', '2017'), fig('y', 250, 'b', '2017'), fig('z', 50, 'a', '2020', { qualifier: 'ruim' })];
  it('takes only the figures tagged with the measure, labelled by their document', () => {
    const rows = comparisonRows([...figures, { ...figures[0]!, id: 'other', compare: undefined }], 'caseload-per-klantmanager', labels);
    expect(rows.map((r) => r.figureId)).toEqual(['x', 'y', 'z']);
    expect(rows[0]!.label).toBe('Stuk A');
    expect(rows[0]!.axisLabel).toBe('Stuk A: 2017, Amsterdam');
  });
  it('marks hedged figures as approximate', () => {
    const rows = comparisonRows(figures, 'caseload-per-klantmanager', labels);
    expect(rows.find((r) => r.figureId === 'z')!.approximate).toBe(true);
    expect(rows.find((r) => r.figureId === 'x')!.approximate).toBe(false);
  });
  it('summarises the lowest and highest figure with their sources, without averaging', () => {
    const text = comparisonSummary('caseload-per-klantmanager', comparisonRows(figures, 'caseload-per-klantmanager', labels));
    expect(text).toContain('3 cijfers uit 2 bronnen');
    expect(text).toContain('laagste is ruim 50 cliënten per klantmanager (Stuk A, 2020');
    expect(text).toContain('hoogste 350 cliënten per klantmanager (Stuk A, 2017');
    expect(text).not.toMatch(/gemiddeld/);
  });
});

describe('shortNumber', () => {
  it('prints short labels for the end of a bar', () => {
    expect(shortNumber({ value: 636_000_000, unit: 'euro' })).toBe('€ 636 mln');
    expect(shortNumber({ value: 1.2, unit: 'procent-bbp', qualifier: 'ruim' })).toBe('≈ 1,2%');
    expect(shortNumber({ value: 413000, unit: 'personen' })).toBe('413.000');
    expect(shortNumber({ value: 500000, unit: 'personen', display: 'bijna een half miljoen mensen' })).toBe('≈ 500.000');
  });
});

describe('comparableMeasures', () => {
  it('keeps a measure only with two figures from two different origins', () => {
    const oneDocument = [fig('x', 350, 'a', '2017'), fig('y', 250, 'a', '2018')];
    expect(comparableMeasures(oneDocument)).toEqual([]);
    expect(comparableMeasures([fig('x', 350, 'a', '2017')])).toEqual([]);
    expect(comparableMeasures([...oneDocument, fig('z', 100, 'b', '2019')])).toEqual(['caseload-per-klantmanager']);
    const statistic = figureSchema.parse({
      ...fig('s', 400000, 'a', '2019'),
      unit: 'personen',
      compare: 'omvang-bijstand',
      source: { type: 'statistics', publisher: 'CBS', table: 'T', status: 'definitief', licence: 'CC BY 4.0', retrieved: '2026-11' },
    });
    const caseload = { ...fig('d', 300000, 'b', '2015'), compare: 'omvang-bijstand' as const };
    expect(comparableMeasures([statistic, caseload])).toEqual(['omvang-bijstand']);
  });
});

describe('comparison charts a reader can tell apart', () => {
  it('give every bar of a chart its own label, for every measure on the site', async () => {
    const { readYamlLists } = await import('../../src/lib/yaml-lists.ts');
    const { figureSchema, COMPARABLE_MEASURES } = await import('../../src/lib/figures.ts');
    const { comparisonRows, ambiguousLabels } = await import('../../src/lib/compare.ts');
    const figures = readYamlLists(new URL('../../content/figures', import.meta.url).pathname).map(({ file: _f, ...r }) => figureSchema.parse(r));
    for (const measure of Object.keys(COMPARABLE_MEASURES) as (keyof typeof COMPARABLE_MEASURES)[]) {
      expect(ambiguousLabels(comparisonRows(figures, measure, (d) => d)), measure).toEqual([]);
    }
  });
  it('say what each bar is where one source gives several figures for a measure (the caseloads of the dossier)', async () => {
    const { readYamlLists } = await import('../../src/lib/yaml-lists.ts');
    const { figureSchema, COMPARABLE_MEASURES } = await import('../../src/lib/figures.ts');
    const { comparisonRows } = await import('../../src/lib/compare.ts');
    const figures = readYamlLists(new URL('../../content/figures', import.meta.url).pathname).map(({ file: _f, ...r }) => figureSchema.parse(r));
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const measure of Object.keys(COMPARABLE_MEASURES) as (keyof typeof COMPARABLE_MEASURES)[]) {
      const rows = comparisonRows(figures, measure, (d) => d);
      for (const r of rows) {
        const sameSource = rows.filter((o) => o.label === r.label && o.period === r.period && o.place === r.place);
        if (sameSource.length > 1) expect(byId.get(r.figureId)!.compareLabel, `${measure}: ${r.axisLabel}`).toBeTruthy();
      }
    }
    // the four Stockholm bars the issue found reading the same, each now says what it counts
    const stockholm = comparisonRows(figures, 'caseload-per-klantmanager', (d) => d).filter((r) => r.place === 'Stockholm').map((r) => r.axisLabel);
    expect(stockholm).toHaveLength(4);
    expect(new Set(stockholm).size).toBe(4);
    for (const what of ['Jobbtorg', 'IPS-coach', 'gewone klant', 'deelgemeenten']) expect(stockholm.some((l) => l.includes(what)), what).toBe(true);
  });
  it('name the document a computed figure was worked out from', async () => {
    const doc = fig('a', 21000, 'zachte-hand', '2017');
    const ratio = { ...fig('r', 350, 'zachte-hand', '2017'), source: { type: 'computed' as const, inputs: ['a'], formula: 'verhouding' as const, decimals: 0, method: 'a ÷ b' } };
    const rows = comparisonRows([doc, ratio] as never, 'caseload-per-klantmanager', (d) => `Stuk ${d}`);
    expect(rows.find((r) => r.figureId === 'r')!.label).toBe('Eigen berekening uit Stuk zachte-hand');
  });
  it('write amounts of money on the axis as a reader says them', async () => {
    const { euroTickFormat } = await import('../../src/lib/compare.ts');
    expect([0, 500_000_000, 1_000_000_000, 1_500_000_000].map(euroTickFormat(2.5e9))).toEqual(['€ 0', '€ 0,5 mld', '€ 1 mld', '€ 1,5 mld']);
    expect([200_000_000, 636_000_000].map(euroTickFormat(7e8))).toEqual(['€ 200 mln', '€ 636 mln']);
    expect(euroTickFormat(5000)(2000)).toBe('€ 2.000');
  });
});
