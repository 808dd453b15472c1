// Statistics the site draws, kept in content/data/ as a CSV file plus a YAML definition: where the
// data come from (the same provenance schema as a figure, src/lib/provenance.ts) and which columns
// the CSV has, each with its type. One generic reader, readDataset(id), checks every row against
// those types with a zod schema built from the definition, so no code names a dataset's columns
// except a chart choosing what to draw. Read with d3-dsv and validated with zod.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { z } from 'zod';
import { statisticsProvenanceSchema } from './provenance.ts';
import { projectPath, projectRoot } from './project-root.ts';
import { sitePath } from './site-path.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const label = z.string().min(1);

/** The types a column can have, and what a cell of each holds after reading. */
export const columnSchema = z.discriminatedUnion('type', [
  /** a calendar month, "2014-03"; read as that string (it sorts like the months do) */
  z.object({ type: z.literal('month'), label }).strict(),
  /** a year, "2014"; read as a number */
  z.object({ type: z.literal('year'), label }).strict(),
  /** a day, "2014-03-31"; read as that string */
  z.object({ type: z.literal('date'), label }).strict(),
  /** a measurement, written with a decimal point ("437.9"); read as a number */
  z
    .object({
      type: z.enum(['number', 'integer']),
      label,
      /** what the numbers count, as a reader sees it: "× 1 000 uitkeringen" */
      unit: z.string().min(1),
      min: z.number().optional(),
      max: z.number().optional(),
      /** an empty cell is allowed and means "no value" (a gap in a chart) */
      nullable: z.boolean().default(false),
      /** the publisher's name for the column, for whoever checks the transcription */
      sourceColumn: z.string().optional(),
    })
    .strict(),
  /** one of a fixed list of values */
  z.object({ type: z.literal('category'), label, values: z.array(z.string().min(1)).min(1) }).strict(),
  /** free text */
  z.object({ type: z.literal('text'), label, nullable: z.boolean().default(false) }).strict(),
]);
export type ColumnDefinition = z.infer<typeof columnSchema>;
export type ColumnType = ColumnDefinition['type'];

export const datasetDefinitionSchema = z
  .object({
    id: z.string().regex(idPattern),
    title: z.string().min(1),
    source: statisticsProvenanceSchema,
    /** the period the data cover, in words */
    period: z.string().min(1),
    /** the column that identifies a row; its values are unique and ascending */
    key: z.string().min(1),
    /** every column of the CSV, in any order */
    columns: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'kolomnamen: kleine letters, cijfers en _'), columnSchema),
    note: z.string().optional(),
    /** how and when we transcribed the data */
    transcribed: z.string().min(1),
  })
  .strict()
  .refine((d) => d.key in d.columns, { message: 'de sleutelkolom (key) staat niet bij columns', path: ['key'] })
  .refine((d) => ['month', 'year', 'date', 'text', 'category'].includes(d.columns[d.key]?.type ?? ''), {
    message: 'de sleutelkolom (key) moet een maand, jaar, datum of tekst zijn',
    path: ['key'],
  });
export type DatasetDefinition = z.infer<typeof datasetDefinitionSchema>;

export type Cell = string | number | null;
export type DatasetRow = Readonly<Record<string, Cell>>;

export interface Dataset {
  id: string;
  definition: DatasetDefinition;
  /** the CSV's rows, every cell of its column's type, in the file's order (ascending by key) */
  rows: readonly DatasetRow[];
  /** the files it was read from, relative to the project root where they lie inside it */
  files: { definition: string; data: string };
}

// a number as CSV files write it: optional minus, digits, optional decimal point and digits
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The zod schema of one CSV cell (always a string in the file) for a declared column. */
export function cellSchema(column: ColumnDefinition): z.ZodType<Cell, string> {
  switch (column.type) {
    case 'month':
      return z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'verwacht een maand als jjjj-mm');
    case 'year':
      return z
        .string()
        .regex(/^\d{4}$/, 'verwacht een jaartal (jjjj)')
        .transform(Number);
    case 'date':
      return z.iso.date('verwacht een datum als jjjj-mm-dd');
    case 'category':
      return z.enum(column.values as [string, ...string[]], `verwacht een van: ${column.values.join(', ')}`);
    case 'text':
      return z.string().transform((s, ctx) => {
        if (s.trim() !== '') return s;
        if (column.nullable) return null;
        ctx.issues.push({ code: 'custom', message: 'lege cel', input: s });
        return z.NEVER;
      });
    case 'number':
    case 'integer':
      return z.string().transform((raw, ctx) => {
        const s = raw.trim();
        const fail = (message: string) => {
          ctx.issues.push({ code: 'custom', message, input: raw });
          return z.NEVER;
        };
        if (s === '') return column.nullable ? null : fail('lege cel; zet nullable: true als een lege cel “geen waarde” betekent');
        if (!NUMBER.test(s)) return fail('verwacht een getal met een punt als decimaalteken');
        const n = Number(s);
        if (column.type === 'integer' && !Number.isInteger(n)) return fail('verwacht een geheel getal');
        if (column.min !== undefined && n < column.min) return fail(`verwacht minstens ${column.min}`);
        if (column.max !== undefined && n > column.max) return fail(`verwacht hoogstens ${column.max}`);
        return n;
      });
  }
}

/** The schema of a whole row, built from the definition: exactly the declared columns. */
export function rowSchema(definition: Pick<DatasetDefinition, 'columns'>) {
  return z.strictObject(Object.fromEntries(Object.entries(definition.columns).map(([name, col]) => [name, cellSchema(col)])));
}

function shown(file: string): string {
  const rel = relative(projectRoot(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export interface ReadOptions {
  /** the folder with the dataset's files @default content/data in the project root */
  dir?: string;
}

/**
 * Reads content/data/<id>.yaml and <id>.csv and checks them against each other: every declared
 * column is in the CSV, every CSV column is declared, every cell has its column's type, the key
 * column is unique and ascending. Fails with the file, row and column of the first problem.
 */
export function readDataset(id: string, options: ReadOptions = {}): Dataset {
  const dir = options.dir ?? projectPath('content', 'data');
  const definitionFile = join(dir, `${id}.yaml`);
  const dataFile = join(dir, `${id}.csv`);
  const where = shown(definitionFile);
  const parsedDefinition = datasetDefinitionSchema.safeParse(parse(readFileSync(definitionFile, 'utf8')));
  if (!parsedDefinition.success) throw new Error(`${where} klopt niet:\n${z.prettifyError(parsedDefinition.error)}`);
  const definition = parsedDefinition.data;
  if (definition.id !== id) throw new Error(`${where}: id is "${definition.id}", maar het bestand heet ${id}`);

  const csvWhere = shown(dataFile);
  const table = csvParse(readFileSync(dataFile, 'utf8'));
  const declared = Object.keys(definition.columns);
  const missing = declared.filter((c) => !table.columns.includes(c));
  if (missing.length > 0) throw new Error(`${csvWhere}: kolom ${missing.map((c) => `"${c}"`).join(', ')} staat in ${where} maar niet in het CSV-bestand`);
  const undeclared = table.columns.filter((c) => !declared.includes(c));
  if (undeclared.length > 0) throw new Error(`${csvWhere}: kolom ${undeclared.map((c) => `"${c}"`).join(', ')} staat niet beschreven in ${where}`);

  const schema = rowSchema(definition);
  const rows = table.map((raw, i) => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data as DatasetRow;
    const issue = result.error.issues[0]!;
    const column = String(issue.path[0] ?? '?');
    throw new Error(`${csvWhere}, rij ${i + 1} (regel ${i + 2}), kolom "${column}": ${issue.message} (gevonden: "${raw[column] ?? ''}")`);
  });

  const key = definition.key;
  rows.forEach((row, i) => {
    if (i === 0) return;
    const previous = rows[i - 1]![key]!;
    const current = row[key]!;
    if (current === previous) throw new Error(`${csvWhere}, rij ${i + 1} (regel ${i + 2}), kolom "${key}": "${current}" staat er twee keer in`);
    if (current < previous) throw new Error(`${csvWhere}, rij ${i + 1} (regel ${i + 2}), kolom "${key}": "${current}" komt na "${previous}"; sorteer oplopend`);
  });

  return { id, definition, rows, files: { definition: where, data: csvWhere } };
}

/** The ids of every dataset in content/data (each a <id>.yaml beside its <id>.csv), sorted. */
export function datasetIds(options: ReadOptions = {}): string[] {
  const dir = options.dir ?? projectPath('content', 'data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The page with a dataset's whole table and its provenance (src/pages/cijfers/reeksen/[dataset].astro), with the site's base. */
export function datasetHref(id: string): string {
  return sitePath(`/cijfers/reeksen/${id}/`);
}

/** A declared column, checked to be one of the given types. */
export function column(dataset: Dataset, name: string, ...types: ColumnType[]): ColumnDefinition {
  const col = dataset.definition.columns[name];
  if (!col) throw new Error(`${dataset.id}: onbekende kolom "${name}"`);
  if (types.length > 0 && !types.includes(col.type)) throw new Error(`${dataset.id}: kolom "${name}" is ${col.type}, verwacht ${types.join(' of ')}`);
  return col;
}

/** The unit that several number columns share (one y axis needs one unit). */
export function sharedUnit(dataset: Dataset, names: readonly string[]): string {
  const units = new Set(names.map((n) => (column(dataset, n, 'number', 'integer') as { unit: string }).unit));
  if (units.size !== 1) throw new Error(`${dataset.id}: kolommen ${names.join(', ')} hebben verschillende eenheden`);
  return [...units][0]!;
}

/** "2014-03" → 1 March 2014, 00:00 UTC: a month as a point on a time axis. */
export function monthToDate(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

function keyToX(dataset: Dataset, value: Cell): Date | number {
  const type = dataset.definition.columns[dataset.definition.key]!.type;
  if (type === 'month') return monthToDate(String(value));
  if (type === 'date') return new Date(`${String(value)}T00:00:00Z`);
  if (type === 'year') return Number(value);
  throw new Error(`${dataset.id}: de sleutelkolom is ${type}, geen as voor een lijngrafiek`);
}

/** One column against the key column, as chart points (months and days as Dates, years as numbers). */
export function seriesOf(dataset: Dataset, valueColumn: string): { x: Date | number; y: number | null }[] {
  column(dataset, valueColumn, 'number', 'integer');
  return dataset.rows.map((r) => ({ x: keyToX(dataset, r[dataset.definition.key]!), y: r[valueColumn] as number | null }));
}

/** A window of rows by their key, both ends included: { from: '2008-01', to: '2018-12' }. */
export interface KeyRange {
  from?: string | number;
  to?: string | number;
}

export interface Extreme {
  /** the key of the row, e.g. the month "2016-03" */
  at: string | number;
  value: number;
}

function extreme(dataset: Dataset, valueColumn: string, range: KeyRange, better: (a: number, b: number) => boolean): Extreme {
  column(dataset, valueColumn, 'number', 'integer');
  const key = dataset.definition.key;
  let best: Extreme | undefined;
  for (const r of dataset.rows) {
    const k = r[key]!;
    const v = r[valueColumn];
    if ((range.from !== undefined && k < range.from) || (range.to !== undefined && k > range.to)) continue;
    if (typeof v !== 'number') continue;
    if (!best || better(v, best.value)) best = { at: k, value: v };
  }
  if (!best) throw new Error(`${dataset.id}: geen waarden in kolom "${valueColumn}" tussen ${range.from ?? 'het begin'} en ${range.to ?? 'het eind'}`);
  return best;
}

/** The row with the highest value of a column (the first, if it is reached twice), optionally within a range. */
export function peak(dataset: Dataset, valueColumn: string, range: KeyRange = {}): Extreme {
  return extreme(dataset, valueColumn, range, (a, b) => a > b);
}

/** The row with the lowest value of a column (the first, if it is reached twice), optionally within a range. */
export function low(dataset: Dataset, valueColumn: string, range: KeyRange = {}): Extreme {
  return extreme(dataset, valueColumn, range, (a, b) => a < b);
}

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "maart 2014" */
export function formatMonth(month: string): string {
  return monthName.format(monthToDate(month));
}

const thousands = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** "437,9 duizend": a value of a column in thousands (× 1 000), as CBS gives it. */
export function formatThousands(value: number): string {
  return `${thousands.format(value)} duizend`;
}
