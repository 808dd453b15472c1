// "Het geld door de jaren": its data files against the words of their sources (every amount must
// be a number that stands in its own quote), against a list typed by hand from
// ../shared/data/recent-figures.md and, where the raw copies are present, against the budget tables;
// the per-person amounts against sums worked out by hand here (never the widget's own functions);
// the years without a persons figure; the order of the stages; gaps that stay gaps.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/datasets.ts';
import { projectPath } from '../../src/lib/project-root.ts';
import { renderState } from '../../src/lib/widget-kit/render.ts';
import type { WidgetDefinition } from '../../src/lib/widget-kit/spec.ts';
import { DATASETS, loadBudgetData } from '../../src/widgets/budget-in-de-tijd/data.ts';
import { budgetSpec } from '../../src/widgets/budget-in-de-tijd/spec.ts';
import { budgetWidgetWords } from '../../src/widgets/budget-in-de-tijd/words.ts';
import { FASEN, budgetModel, type BudgetModel, type BudgetState } from '../../src/lib/budget-tijd/model.ts';

const def = { spec: budgetSpec, words: budgetWidgetWords } as unknown as WidgetDefinition<BudgetState, BudgetModel>;
const RAW = projectPath('..', 'shared', 'data');
const data = loadBudgetData('2026-12');
const state = (s: Partial<BudgetState>): BudgetState => ({ paneel: 'buig', fase: ['definitief'], eenheid: 'euro', jaren: [2013, 2026], ...s });

/** The project's CSV as plain text rows, read without the project's reader. */
function csvRows(id: string): Record<string, string>[] {
  return csvParse(readFileSync(projectPath('content', 'data', `${id}.csv`), 'utf8'));
}

/** Every number written the Dutch way in a text: "5.807,8" → 5807.8, "€6.958,5" → 6958.5, "-200,5" → -200.5. */
function dutchNumbers(text: string): number[] {
  return [...text.matchAll(/-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?/g)].map((m) => Number(m[0].replace(/\./g, '').replace(',', '.')));
}

// The macrobudget by year and stage, typed by hand from recent-figures.md section 4a (€ mln).
const MACRO: [number, string, number][] = [
  [2017, 'voorlopig', 5807.8],
  [2017, 'definitief', 5889.6],
  [2018, 'voorlopig', 5918.2],
  [2018, 'definitief', 6216.0],
  [2019, 'voorlopig', 6219.7],
  [2019, 'nader voorlopig', 6019.2],
  [2019, 'definitief', 6072.6],
  [2020, 'voorlopig', 6147.4],
  [2020, 'definitief', 6375.0],
  [2021, 'voorlopig', 6845.2],
  [2021, 'definitief', 6385.3],
  [2022, 'voorlopig', 6446.7],
  [2022, 'definitief', 6019],
  [2023, 'voorlopig', 6014.9],
  [2023, 'nader voorlopig', 5965.5],
  [2023, 'definitief', 6658.1],
  [2024, 'voorlopig', 6958.5],
  [2024, 'nader voorlopig', 6836.9],
  [2024, 'definitief', 7340.2],
  [2025, 'voorlopig', 7478.7],
  [2025, 'definitief', 7779.8],
  [2026, 'voorlopig', 7946],
];

describe('budget-in-de-tijd: the data files against their sources', () => {
  it.each(Object.values(DATASETS))('%s reads against its declaration', (id) => {
    expect(readDataset(id).rows.length).toBeGreaterThanOrEqual(3);
  });

  it('every macrobudget is a number that stands in its own quote', () => {
    for (const r of csvRows(DATASETS.macro)) expect(dutchNumbers(r.citaat!), `${r.rij}: ${r.citaat}`).toContain(Number(r.miljoen_euro));
  });

  it('the macrobudget is exactly the list in recent-figures.md, year by year and stage by stage', () => {
    const ours = csvRows(DATASETS.macro).map((r) => [Number(r.jaar), r.fase, Number(r.miljoen_euro)]);
    expect(ours).toEqual(MACRO);
  });

  it('every row names its publisher and a page; a page that is not the publisher’s says through whom', () => {
    for (const r of csvRows(DATASETS.macro)) {
      expect(r.uitgever).toMatch(/^(Ministerie van SZW|Divosa)$/);
      expect(r.bron).toMatch(/^https:\/\/(www\.)?[a-z0-9.-]+\.(nl|nu)\//);
      const own = /rijksoverheid\.nl|tweedekamer\.nl/.test(r.bron!) || (r.uitgever === 'Divosa' && r.bron!.includes('divosa.nl'));
      if (!own) expect(r.via, r.rij).not.toBe('');
    }
  });

  const recent = join(RAW, 'recent-figures.md');
  it.runIf(existsSync(recent))('every quote is in recent-figures.md word for word', () => {
    const text = readFileSync(recent, 'utf8');
    for (const id of [DATASETS.macro, DATASETS.deficit]) for (const r of csvRows(id)) expect(text, r.citaat).toContain(r.citaat!);
    for (const r of csvRows(DATASETS.divosa)) expect(text).toContain(r.citaat!);
  });

  it('2022 definitief is the table’s 6.019 of the Divosa page, and the row says the text gives 6.022', () => {
    const r = csvRows(DATASETS.macro).find((x) => x.rij === '2022-3-definitief')!;
    expect(r.miljoen_euro).toBe('6019');
    expect(r.opmerking).toContain('6.022');
    expect(r.uitgever).toBe('Divosa');
  });

  it('the stages of a year come in their order: voorlopig, nader voorlopig, definitief', () => {
    const rows = csvRows(DATASETS.macro);
    const rank = { voorlopig: 0, 'nader voorlopig': 1, definitief: 2 } as Record<string, number>;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (a.jaar === b.jaar) expect(rank[b.fase!]!, b.rij).toBeGreaterThan(rank[a.fase!]!);
      expect(b.rij).toBe(`${b.jaar}-${rank[b.fase!]! + 1}-${b.fase!.replace(' ', '-')}`);
    }
    expect(FASEN).toEqual(['voorlopig', 'nader-voorlopig', 'definitief']);
  });

  it('Divosa’s rows: each saldo is budget + baten − lasten, and the numbers are the row as quoted', () => {
    for (const r of csvRows(DATASETS.divosa)) {
      expect(Number(r.budget_excl_vangnet) + Number(r.baten) - Number(r.lasten), r.jaar).toBe(Number(r.saldo));
      expect(dutchNumbers(r.citaat!)).toEqual([Number(r.jaar), Number(r.budget_excl_vangnet), Number(r.lasten), Number(r.baten), Number(r.saldo)]);
    }
  });

  it('every share of municipalities with a deficit is the percentage in its quote', () => {
    for (const r of csvRows(DATASETS.deficit)) {
      if (r.procent === '') {
        expect(r.opmerking).toMatch(/geen percentage/i);
        continue;
      }
      expect(dutchNumbers(r.citaat!), r.jaar).toContain(Number(r.procent));
    }
    expect(csvRows(DATASETS.deficit).map((r) => [r.jaar, r.procent])).toEqual([
      ['2015', '66'],
      ['2017', '79'],
      ['2018', ''],
      ['2021', '28'],
      ['2022', '47'],
    ]);
  });

  const tables = join(RAW, 'rijksbegroting');
  it.runIf(existsSync(tables))('the national budget lines are the t-2 column of the budget tables, unchanged', () => {
    const t2 = (year: number, label: RegExp) => {
      const rows = csvParse(readFileSync(join(tables, `budgettaire_tabellen_owb_${year + 2}_XV.csv`), 'utf8'));
      const row = rows.find((r) => label.test(Object.values(r).join('|')))!;
      return Number(row['Bedrag t-2']!.replace(/,/g, ''));
    };
    const ours = csvRows(DATASETS.rijk);
    for (const r of ours) {
      expect(Number(r.buig), r.jaar).toBe(t2(Number(r.jaar), /\|(Bundeling Uitkeringen Inkomensvoorziening gemeenten|BUIG)\|/));
      if (r.participatiebudget !== '') expect(Number(r.participatiebudget), r.jaar).toBe(t2(Number(r.jaar), /\|participatiebudget\|/i));
    }
    expect(ours.map((r) => r.buig)).toEqual(['5667195', '5736429', '5623935']);
  });
});

describe('budget-in-de-tijd: euros per person, worked out by hand', () => {
  const perPersonCell = (m: BudgetModel, year: number, series: string) => m.rows.find((r) => r.year === year && r.series === series)?.value;

  it('divides each year’s amount by the persons with bijstand at the end of December of that year', () => {
    const m = budgetModel(state({ eenheid: 'per-persoon', fase: ['voorlopig', 'nader-voorlopig', 'definitief'], jaren: [2015, 2026] }), data);
    // 5 889,6 mln ÷ 457 000 = 12 887,53 → 12.888
    expect(perPersonCell(m, 2017, 'Macrobudget, definitief')).toBe('12.888');
    // 7 779,8 mln ÷ 410 000 = 18 975,12 → 18.975
    expect(perPersonCell(m, 2025, 'Macrobudget, definitief')).toBe('18.975');
    // 6 019 mln ÷ 397 000 (the revised 2022 count) = 15 161,2 → 15.161
    expect(perPersonCell(m, 2022, 'Macrobudget, definitief')).toBe('15.161');
    // 6 019,2 mln ÷ 415 000 = 14 504,1 → 14.504
    expect(perPersonCell(m, 2019, 'Macrobudget, nader voorlopig')).toBe('14.504');
    // 5 599 179 960 € ÷ 449 000 = 12 470,3 → 12.470
    expect(perPersonCell(m, 2015, 'Budget zonder vangnet (Divosa)')).toBe('12.470');
    // the unit cell names the divisor and its moment
    expect(m.rows.find((r) => r.year === 2017 && r.series === 'Macrobudget, definitief')!.unit).toBe('€ per persoon: € 5.889,6 miljoen ÷ 457 duizend personen (eind december 2017)');
    // the chart draws the same value (exact, not rounded)
    const point = m.strips[0]!.series.find((s) => s.meta.id === 'macro-definitief')!.points.find((p) => p.year === 2017)!;
    expect(point.value).toBeCloseTo(5_889_600_000 / 457_000, 6);
  });

  it('has no per-person amount where the persons series has no year: 2026, 2013 and 2014', () => {
    const m = budgetModel(state({ eenheid: 'per-persoon', fase: ['voorlopig'], jaren: [2013, 2026] }), data);
    expect(perPersonCell(m, 2026, 'Macrobudget, voorlopig')).toBe('geen cijfer per persoon (wel € 7.946 miljoen)');
    expect(perPersonCell(m, 2013, 'BUIG op de rijksbegroting (uitgaven)')).toBe('geen cijfer per persoon (wel € 5.667,2 miljoen)');
    expect(perPersonCell(m, 2014, 'BUIG op de rijksbegroting (uitgaven)')).toBe('geen cijfer per persoon (wel € 5.736,4 miljoen)');
    expect(m.noPersons).toEqual([2013, 2014, 2026]);
    const drawn = m.strips[0]!.series.find((s) => s.meta.id === 'macro-voorlopig')!.points.find((p) => p.year === 2026)!;
    expect(drawn.value).toBeNull();
  });

  it('the activation budgets per person: only 2020 has both (514 mln ÷ 428 000 = 1 200,9); a year the document does not name has none', () => {
    const m = budgetModel(state({ paneel: 'activering', eenheid: 'per-persoon', jaren: [2002, 2020] }), data);
    expect(perPersonCell(m, 2020, 'Activeringsbudgetten gemeenten, volgens ‘Een betere bijstand’')).toBe('1.201');
    expect(perPersonCell(m, 2018, 'Participatiebudget, volgens ‘Werk aan de winkel’')).toBe('geen cijfer per persoon (wel € 530 miljoen)');
    // shares of GDP do not change with the unit
    expect(perPersonCell(m, 2002, 'Actief arbeidsmarktbeleid, volgens ‘Werk aan de winkel’')).toBe('1,4');
  });
});

describe('budget-in-de-tijd: the series and their gaps', () => {
  it('the macrobudget, the national budget line and Divosa’s budget are three separate series, never one line', () => {
    const m = budgetModel(state({}), data);
    const ids = m.strips[0]!.series.map((s) => s.meta.id);
    expect(ids).toEqual(['macro-definitief', 'rijk-buig', 'divosa-budget']);
    const years = (id: string) => m.strips[0]!.series.find((s) => s.meta.id === id)!.points.filter((p) => p.value !== null).map((p) => p.year);
    expect(years('macro-definitief')).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years('rijk-buig')).toEqual([2013, 2014, 2015]);
    expect(years('divosa-budget')).toEqual([2015, 2016, 2017]);
  });

  it('the nader voorlopig budget has gaps (2020–2022) that stay gaps in the line and the table', () => {
    const r = renderState(def, state({ fase: ['nader-voorlopig'], jaren: [2019, 2024] }));
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
    budgetSpec.view.render(svg, { state: r.state, model: r.model, width: 720, height: 500, layout: 'breed', idPrefix: 't' });
    const d = (svg as unknown as Element).querySelector('g[data-series="macro-nader-voorlopig"] path.b-path')!.getAttribute('d')!;
    // 2019 alone, then 2023–2024: two runs, and nothing drawn across 2020–2022
    expect(d.match(/M/g)!.length).toBe(2);
    expect(d.match(/L/g)!.length).toBe(1);
    const gapRows = r.table.rows.filter((row) => row[1]!.text === 'Macrobudget, nader voorlopig' && row[2]!.text === 'geen cijfer').map((row) => row[0]!.text);
    expect(gapRows).toEqual(['2020', '2021', '2022']);
  });

  it('the stages of a year stand side by side in their order on the time axis', () => {
    const m = budgetModel(state({ fase: ['definitief', 'voorlopig', 'nader-voorlopig'], jaren: [2023, 2023] }), data);
    const xs = m.strips[0]!.series.map((s) => [s.meta.id, s.points[0]!.x]);
    expect(xs).toEqual([
      ['macro-voorlopig', 2023.3],
      ['macro-nader-voorlopig', 2023.5],
      ['macro-definitief', 2023.7],
    ]);
    expect(m.rows.map((r) => r.series)).toEqual(['Macrobudget, voorlopig', 'Macrobudget, nader voorlopig', 'Macrobudget, definitief']);
  });

  it('the deficit shares are bars only for the years a source gives one; 2018 says why it has none', () => {
    const m = budgetModel(state({}), data);
    expect(m.strips[1]!.bars.map((b) => [b.year, b.percent])).toEqual([
      [2015, 66],
      [2017, 79],
      [2021, 28],
      [2022, 47],
    ]);
    const r2018 = m.rows.find((r) => r.year === 2018 && r.series === 'Gemeenten met een tekort')!;
    expect(r2018.value).toBe('geen cijfer');
    expect(r2018.status).toContain('67 procent met een overschot');
  });

  it('activation: both documents’ shares of GDP, each with its own years and qualifier, from the figure records', () => {
    const m = budgetModel(state({ paneel: 'activering', jaren: [2002, 2020] }), data);
    const bbp = m.strips.find((s) => s.id === 'bbp')!;
    const pts = (id: string) => bbp.series.find((s) => s.meta.id === id)!.points.map((p) => [p.year, p.value, p.qualifier]);
    expect(pts('alp-wadw')).toEqual([
      [2002, 1.4, null],
      [2016, 0.7, null],
    ]);
    expect(pts('alp-ebb')).toEqual([
      [2004, 1.2, 'ruim'],
      [2017, 0.6, 'ruim'],
    ]);
    const euro = m.strips.find((s) => s.id === 'bedrag')!;
    const amounts = (id: string) => euro.series.find((s) => s.meta.id === id)!.points.map((p) => [p.year, p.value]);
    expect(amounts('act-ebb')).toEqual([
      [2014, 636],
      [2020, 514],
    ]);
    expect(amounts('act-wadw')).toEqual([
      [2010, 1900],
      [2018, 530],
    ]);
    // 865 936 and 694 832 × € 1 000
    expect(amounts('rijk-participatie')).toEqual([
      [2013, 865.936],
      [2014, 694.832],
    ]);
    expect(budgetSpec.summary(state({ paneel: 'activering', jaren: [2002, 2020] }), m)).toContain('De twee stukken noemen andere jaren en andere percentages');
  });
});

describe('budget-in-de-tijd: the drawing fits its frame', () => {
  const cases = [
    ['smal', 288],
    ['smal', 328],
    ['smal', 398],
    ['breed', 560],
    ['breed', 720],
    ['breed', 1086],
  ] as const;
  const states = [state({ fase: ['voorlopig', 'nader-voorlopig', 'definitief'] }), state({ paneel: 'activering', jaren: [2002, 2020], eenheid: 'per-persoon' })];
  it.each(cases)('%s at %i px: every line of text above the bottom edge and below the top', (layout, width) => {
    for (const s of states) {
      const r = renderState(def, s);
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
      const { height } = budgetSpec.view.layouts[layout];
      budgetSpec.view.render(svg, { state: r.state, model: r.model, width, height, layout, idPrefix: 't' });
      const texts = [...(svg as unknown as Element).querySelectorAll('text')];
      expect(texts.length).toBeGreaterThan(10);
      for (const t of texts) {
        const lines = [...t.querySelectorAll('tspan')].slice(1).reduce((sum, sp) => sum + Number(sp.getAttribute('dy') ?? 0), 0);
        const top = Number(t.getAttribute('y'));
        expect(top + lines, t.textContent ?? '').toBeLessThanOrEqual(height - 2);
        expect(top, t.textContent ?? '').toBeGreaterThanOrEqual(12);
      }
    }
  });
});
