// Build-time only: reads the widget's data from the project's own files, never from the raw
// copies in ../shared/data. Each amount comes from its dataset in content/data (checked against its
// column declarations by readDataset), each document figure from its record in content/figures
// (so it carries the same verbatim source as everywhere else on the site).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readDataset, type DatasetRow } from '../../lib/datasets.ts';
import { figureSchema, type Figure } from '../../lib/figures.ts';
import { projectPath } from '../../lib/project-root.ts';
import { formatNumberNl, type AmountPoint, type BudgetData, type DocumentPoint, type Fase, type MacroPoint } from '../../lib/budget-tijd/model.ts';

export const DATASETS = {
  macro: 'buig-macrobudget',
  rijk: 'rijksbegroting-szw-artikel-2',
  divosa: 'divosa-buig-realisatie',
  deficit: 'buig-gemeenten-met-tekort',
  persons: 'cbs-bijstand-personen-eind-december',
} as const;

/** The documents' figures, by id, with the year each stands at. */
export const ALP_FIGURES = ['wadw1-alp-2002', 'wadw1-alp-2016', 'ebb-alp-2004', 'ebb-alp-2017'] as const;
export const ACTIVATION_FIGURES: readonly { figure: string; year: number; approximateYear: boolean }[] = [
  { figure: 'wadw1-participatiebudget-2010', year: 2010, approximateYear: false },
  // the document names no year; the record says "omstreeks 2018" (its source is Berenschot, 2018)
  { figure: 'wadw1-participatiebudget-later', year: 2018, approximateYear: true },
  { figure: 'ebb-activeringsbudget-2014', year: 2014, approximateYear: false },
  { figure: 'ebb-activeringsbudget-2020', year: 2020, approximateYear: false },
];

const text = (r: DatasetRow, c: string) => (typeof r[c] === 'string' ? (r[c] as string) : null);

/** The decimals the source writes an amount with: one when the quote has it with a decimal comma. */
export function quotedDecimals(value: number, quote: string): number {
  return quote.includes(formatNumberNl(value, 1)) ? 1 : 0;
}

function readFigures(): Figure[] {
  const dir = projectPath('content', 'figures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as unknown[]).map((entry) => figureSchema.parse(entry)));
}

function documentTitles(): Record<string, string> {
  const sources = parse(readFileSync(projectPath('content', 'sources.yaml'), 'utf8')) as { id: string; title: string }[];
  return Object.fromEntries(sources.map((s) => [s.id, s.title]));
}

function documentPoint(figures: Figure[], titles: Record<string, string>, id: string, year: number, approximateYear: boolean, unit: 'procent-bbp' | 'euro'): DocumentPoint {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`budget-in-de-tijd: cijfer "${id}" staat niet in content/figures`);
  if (f.source.type !== 'document') throw new Error(`budget-in-de-tijd: cijfer "${id}" komt niet uit een van de stukken`);
  if (f.unit !== unit) throw new Error(`budget-in-de-tijd: cijfer "${id}" heeft eenheid ${f.unit}, verwacht ${unit}`);
  if (!approximateYear && String(f.period) !== String(year)) throw new Error(`budget-in-de-tijd: cijfer "${id}" hoort bij ${f.period}, niet bij ${year}`);
  const document = f.source.document;
  return {
    figure: id,
    document,
    documentTitle: titles[document] ?? document,
    year,
    approximateYear,
    period: String(f.period),
    value: unit === 'euro' ? f.value / 1_000_000 : f.value,
    qualifier: f.qualifier ?? null,
    measures: f.measures,
    citedSource: f.source.citedSource ?? null,
  };
}

const cache = new Map<string, BudgetData>();

/** The data of one vintage. There is one so far; a later one gets its own files and a case here. */
export function loadBudgetData(vintage: string): BudgetData {
  const cached = cache.get(vintage);
  if (cached) return cached;
  if (vintage !== '2026-12') throw new Error(`budget-in-de-tijd: onbekende datajaargang "${vintage}"`);

  const macro: MacroPoint[] = readDataset(DATASETS.macro).rows.map((r) => {
    const value = r.miljoen_euro as number;
    const quote = text(r, 'citaat')!;
    const fase = (r.fase as string).replace(' ', '-') as Fase;
    return { year: r.jaar as number, fase, value, decimals: quotedDecimals(value, quote), status: r.fase as string, publisher: text(r, 'uitgever')!, url: text(r, 'bron'), via: text(r, 'via'), quote, note: text(r, 'opmerking') };
  });

  const rijkSet = readDataset(DATASETS.rijk);
  const rijkSource = (r: DatasetRow, column: string) => ({ publisher: 'Rijksbegroting (Ministerie van Financiën, open data)', url: rijkSet.definition.source.url ?? null, via: null, quote: null, note: text(r, `opmerking_${column}`) });
  const rijk: AmountPoint[] = rijkSet.rows.map((r) => ({ year: r.jaar as number, value: (r.buig as number) / 1_000, decimals: 1, status: `realisatie (${text(r, 'begroting')})`, ...rijkSource(r, 'buig') }));
  const participatie: AmountPoint[] = rijkSet.rows
    .filter((r) => r.participatiebudget !== null)
    .map((r) => ({ year: r.jaar as number, value: (r.participatiebudget as number) / 1_000, decimals: 1, status: `realisatie (${text(r, 'begroting')})`, ...rijkSource(r, 'participatiebudget') }));

  const divosaSet = readDataset(DATASETS.divosa);
  const divosa: AmountPoint[] = divosaSet.rows.map((r) => ({
    year: r.jaar as number,
    value: (r.budget_excl_vangnet as number) / 1_000_000,
    decimals: 1,
    status: 'realisatie',
    publisher: divosaSet.definition.source.publisher,
    url: divosaSet.definition.source.url ?? null,
    via: 'Divosa',
    quote: text(r, 'citaat'),
    note: `Saldo van alle gemeenten samen: € ${formatNumberNl((r.saldo as number) / 1_000_000, 1)} miljoen.`,
  }));

  const deficit = readDataset(DATASETS.deficit).rows.map((r) => ({
    year: r.jaar as number,
    percent: r.procent as number | null,
    publisher: text(r, 'uitgever')!,
    url: text(r, 'bron'),
    via: text(r, 'via'),
    quote: text(r, 'citaat'),
    note: text(r, 'opmerking'),
  }));

  const persons = readDataset(DATASETS.persons).rows.map((r) => ({ year: r.jaar as number, thousands: r.personen as number, status: r.status as string }));

  const figures = readFigures();
  const titles = documentTitles();
  const alp = ALP_FIGURES.map((id) => {
    const f = figures.find((x) => x.id === id);
    return documentPoint(figures, titles, id, Number(f?.period), false, 'procent-bbp');
  });
  const activation = ACTIVATION_FIGURES.map(({ figure, year, approximateYear }) => documentPoint(figures, titles, figure, year, approximateYear, 'euro'));

  const data: BudgetData = { macro, rijk, divosa, deficit, persons, alp, activation, participatie };
  cache.set(vintage, data);
  return data;
}
