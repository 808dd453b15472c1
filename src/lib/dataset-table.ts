// A whole dataset as the table a reader sees: the key column as row heads, every other column in
// the definition's order, each cell written as Dutch readers write it (decimal commas, "mrt 2014").
// For a dataset drawn in a line chart these are exactly the cells of the chart's own table
// (src/lib/charts/table-rows.ts), which the dist tests hold it to.
import { formatMonthShort, formatNumber } from './charts/format.ts';
import { monthToDate, type Cell, type ColumnDefinition, type Dataset } from './datasets.ts';

export interface DatasetTable {
  /** the title, with the unit when every number column shares one */
  caption: string;
  /** the key column's head first */
  heads: { text: string; numeric: boolean }[];
  rows: { head: string; cells: (string | null)[] }[];
  /** some cell has no value: the caption then says what "–" means */
  hasGaps: boolean;
}

const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function formatCell(column: ColumnDefinition, value: Cell): string | null {
  if (value === null) return null;
  switch (column.type) {
    case 'month':
      return formatMonthShort(monthToDate(String(value)));
    case 'date':
      return day.format(new Date(`${String(value)}T00:00:00Z`));
    case 'number':
    case 'integer':
      return formatNumber(Number(value));
    default:
      return String(value);
  }
}

const isNumber = (c: ColumnDefinition): c is Extract<ColumnDefinition, { unit: string }> => c.type === 'number' || c.type === 'integer';
const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export function datasetTable(dataset: Dataset): DatasetTable {
  const { key, columns, title } = dataset.definition;
  const others = Object.entries(columns).filter(([name]) => name !== key);
  const units = new Set(others.map(([, c]) => c).filter(isNumber).map((c) => c.unit));
  const sharedUnit = units.size === 1 && others.every(([, c]) => isNumber(c)) ? [...units][0] : undefined;
  const heads = [
    { text: capitalise(columns[key]!.label), numeric: false },
    ...others.map(([, c]) => ({ text: isNumber(c) && !sharedUnit ? `${c.label} (${c.unit})` : c.label, numeric: isNumber(c) })),
  ];
  const rows = dataset.rows.map((r) => ({ head: formatCell(columns[key]!, r[key]!)!, cells: others.map(([name, c]) => formatCell(c, r[name] ?? null)) }));
  return { caption: sharedUnit ? `${title} (${sharedUnit})` : title, heads, rows, hasGaps: rows.some((r) => r.cells.includes(null)) };
}
