// Build-time only: reads the widget's data from the project's own files, never from the raw
// copies in ../shared/data. Each series comes from its dataset in content/data (checked against
// its column declarations by readDataset), each document marker from its figure record in
// content/figures (so it carries the same verbatim source as everywhere else on the site).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readDataset, type Dataset } from '../../lib/datasets.ts';
import { figureSchema, type Figure } from '../../lib/figures.ts';
import { projectPath } from '../../lib/project-root.ts';
import { SERIES, SERIES_IDS, type DataPoint, type DocumentMark, type SeriesId, type TijdData, type ValueStatus } from '../../lib/bijstand-tijd/model.ts';

/** The value column of each series in its dataset. */
const VALUE_COLUMN: Record<SeriesId, string> = {
  uitkeringen: 'bijstand_tot_aow',
  personen: 'personen',
  ww: 'ww',
  werkloosheid: 'werklozen',
};

/**
 * The documents' own figures for their time, with where they stand on the time axis. "eind 2005"
 * is the end of that year; "begin 2020" its very start.
 */
const MARKS: readonly { figure: string; at: number }[] = [
  { figure: 'od-bestand-eind-2005', at: 2006 },
  { figure: 'od-bestand-eind-2006', at: 2007 },
  { figure: 'ebb-bijstand-begin-2020', at: 2020 },
];

function pointsOf(dataset: Dataset, column: string): DataPoint[] {
  return dataset.rows.map((r) => ({
    year: Number(r.jaar),
    value: (r[column] as number | null) ?? null,
    status: r.status as ValueStatus,
    note: typeof r.opmerking === 'string' ? r.opmerking : null,
    earlier: typeof r.eerder === 'number' ? r.eerder : null,
  }));
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

const cache = new Map<string, TijdData>();

/** The data of one vintage. There is one so far; a later one gets its own files and a case here. */
export function loadTijdData(vintage: string): TijdData {
  const cached = cache.get(vintage);
  if (cached) return cached;
  if (vintage !== '2026-11') throw new Error(`bijstand-in-de-tijd: onbekende datajaargang "${vintage}"`);
  const datasets = new Map<string, Dataset>();
  const dataset = (id: string) => datasets.get(id) ?? datasets.set(id, readDataset(id)).get(id)!;
  const series = Object.fromEntries(SERIES_IDS.map((id) => [id, pointsOf(dataset(SERIES[id].dataset), VALUE_COLUMN[id])])) as Record<SeriesId, DataPoint[]>;

  const figures = readFigures();
  const titles = documentTitles();
  const marks: DocumentMark[] = MARKS.map(({ figure: id, at }) => {
    const f = figures.find((x) => x.id === id);
    if (!f) throw new Error(`bijstand-in-de-tijd: cijfer "${id}" staat niet in content/figures`);
    if (f.source.type !== 'document') throw new Error(`bijstand-in-de-tijd: cijfer "${id}" komt niet uit een van de stukken`);
    if (f.unit !== 'personen') throw new Error(`bijstand-in-de-tijd: cijfer "${id}" telt geen personen`);
    const document = f.source.document;
    return { figure: id, document, documentTitle: titles[document] ?? document, period: f.period, at, value: f.value / 1000, measures: f.measures.split(';')[0]!.trim(), noun: f.noun ?? 'personen' };
  });
  const data: TijdData = { series, marks };
  cache.set(vintage, data);
  return data;
}
