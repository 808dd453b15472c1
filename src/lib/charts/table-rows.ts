// The data table under a line chart: exactly the points drawn, one row per x value. Series may
// cover different x ranges (or miss a value in between), so the rows are the union of all
// series' x values, sorted, and a series without a value at that x gets an empty cell.
import { formatMonthShort, formatNumber } from './format.ts';

export interface TablePoint {
  x: Date | number;
  y: number | null | undefined;
}

export interface TableSeries {
  name: string;
  points: readonly TablePoint[];
}

export interface TableRow {
  x: Date | number;
  /** one per series, in the series' order; null where the series has no value at this x */
  values: (number | null)[];
}

/** One row per distinct x over all series (Dates compared by time), sorted ascending. */
export function tableRows(series: readonly TableSeries[]): TableRow[] {
  const rows = new Map<number, TableRow>();
  series.forEach((s, i) => {
    const seen = new Set<number>();
    for (const p of s.points) {
      const key = +p.x;
      if (!Number.isFinite(key)) throw new Error(`tabel: reeks "${s.name}" heeft een ongeldige x-waarde`);
      if (seen.has(key)) throw new Error(`tabel: reeks "${s.name}" heeft twee waarden voor dezelfde x (${String(p.x)})`);
      seen.add(key);
      let row = rows.get(key);
      if (!row) {
        row = { x: p.x, values: series.map(() => null) };
        rows.set(key, row);
      }
      row.values[i] = p.y === null || p.y === undefined || !Number.isFinite(p.y) ? null : p.y;
    }
  });
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** How the x values read: months ("jan 1998") or steps of a model run ("12"). */
export type XKind = 'maand' | 'stap';

export interface FormattedTable {
  rows: { label: string; cells: (string | null)[] }[];
  /** some cell is empty: the caption then says what "–" means */
  hasGaps: boolean;
}

/** The rows as a reader sees them: Dutch numbers, and null for an empty cell. */
export function formatTable(series: readonly TableSeries[], xKind: XKind): FormattedTable {
  const rows = tableRows(series).map((r) => ({
    label: r.x instanceof Date ? formatMonthShort(r.x) : xKind === 'maand' ? String(r.x) : formatNumber(r.x),
    cells: r.values.map((v) => (v === null ? null : formatNumber(v))),
  }));
  return { rows, hasGaps: rows.some((r) => r.cells.includes(null)) };
}
