// A widget's table: the accessible alternative to the chart, with exactly what the chart shows.
// Each column has one formatter, used by the HTML at build time, by the island in the browser
// and by the CSV download alike, so the three never disagree.
import { dsvFormat } from 'd3-dsv';

export interface TableColumn<R> {
  /** the column head, in Dutch; also the CSV header */
  header: string;
  /** the unit, shown in the head: "Van (punten)" */
  unit?: string;
  /** numbers are right-aligned */
  numeric?: boolean;
  /** exactly one column names the row (a <th scope="row">) */
  rowHeader?: boolean;
  /** the text of a cell; Dutch number formatting (decimal commas) belongs here */
  format(row: R): string;
}

export interface TableSpec<S, M, R> {
  caption(state: S, model: M): string;
  rows(state: S, model: M): R[];
  /** every column the table can have (validated: unique heads, one row header) */
  columns: TableColumn<R>[];
  /**
   * The heads of the columns this state leaves out, where the reader chooses the columns (a
   * comparison of chosen aspects); the HTML, the island and the CSV all leave them out.
   */
  hidden?(state: S, model: M): readonly string[];
}

export interface TableCell {
  text: string;
  numeric: boolean;
  rowHeader: boolean;
}

export function columnHead(c: TableColumn<unknown>): string {
  return c.unit ? `${c.header} (${c.unit})` : c.header;
}

/** The table's cells for a state: what the HTML and the island write. */
export function tableCells<S, M, R>(table: TableSpec<S, M, R>, state: S, model: M): { heads: string[]; numeric: boolean[]; rows: TableCell[][] } {
  const hidden = table.hidden?.(state, model) ?? [];
  const columns = table.columns.filter((c) => c.rowHeader || !hidden.includes(c.header));
  return {
    heads: columns.map((c) => columnHead(c as TableColumn<unknown>)),
    numeric: columns.map((c) => Boolean(c.numeric)),
    rows: table.rows(state, model).map((row) => columns.map((c) => ({ text: c.format(row), numeric: Boolean(c.numeric), rowHeader: Boolean(c.rowHeader) }))),
  };
}

export interface CsvMetadata {
  title: string;
  /** the state in words */
  state: string;
  unit: string;
  source: string;
  licence: string;
  link: string;
}

/**
 * The CSV a reader downloads: a few lines that say what it is (OWID's "displayed data" plus its
 * metadata), an empty line, then the table as the page shows it. Made for Dutch Excel, which
 * expects semicolons between fields and decimal commas in numbers, and reads UTF-8 only with a
 * byte-order mark. d3-dsv does the quoting.
 */
export function tableCsv<S, M, R>(table: TableSpec<S, M, R>, state: S, model: M, meta: CsvMetadata): string {
  const csv = dsvFormat(';');
  const { heads, rows } = tableCells(table, state, model);
  const metaRows = [
    ['Titel', meta.title],
    ['Stand', meta.state],
    ['Eenheid', meta.unit],
    ['Bron', meta.source],
    ['Licentie', meta.licence],
    ['Link', meta.link],
  ];
  const body = csv.formatRows([...metaRows, [], heads, ...rows.map((r) => r.map((c) => c.text))]);
  return `\ufeff${body.replace(/\n/g, '\r\n')}\r\n`;
}

/** Reads our own CSV back (for tests and for readers' scripts): the metadata and the table. */
export function parseTableCsv(text: string): { meta: Record<string, string>; heads: string[]; rows: string[][] } {
  const lines = dsvFormat(';').parseRows(text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n').trimEnd());
  const blank = lines.findIndex((l) => l.length === 0 || (l.length === 1 && l[0] === ''));
  const meta = Object.fromEntries(lines.slice(0, blank).map(([k, v]) => [k!, v ?? '']));
  const [heads = [], ...rows] = lines.slice(blank + 1);
  return { meta, heads, rows };
}
