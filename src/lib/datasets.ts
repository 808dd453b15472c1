// Statistics the site draws, kept in content/data/ as CSV plus a YAML file with provenance
// (publisher, table, unit, status, licence). Read with d3-dsv and validated with zod.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { z } from 'zod';

export const datasetMetaSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    table: z.string(),
    url: z.url(),
    licence: z.string(),
    status: z.string(),
    unit: z.string(),
    period: z.string(),
    columns: z.record(z.string(), z.string()),
    note: z.string().optional(),
    transcribed: z.string(),
  })
  .strict();
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

const monthlyRow = z.object({
  periode: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  ww: z.coerce.number().nonnegative(),
  bijstand: z.coerce.number().nonnegative(),
});
export type MonthlyBenefits = z.infer<typeof monthlyRow>;

export function readDatasetMeta(dir: string, id: string): DatasetMeta {
  return datasetMetaSchema.parse(parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')));
}

/** The CBS series of WW and bijstand benefits per month (× 1 000). */
export function readMonthlyBenefits(dir: string, id = 'cbs-37789ksz-ww-bijstand'): { meta: DatasetMeta; rows: MonthlyBenefits[] } {
  const meta = readDatasetMeta(dir, id);
  const rows = csvParse(readFileSync(join(dir, `${id}.csv`), 'utf8')).map((r) => monthlyRow.parse(r));
  for (const col of ['periode', 'ww', 'bijstand']) if (!(col in meta.columns)) throw new Error(`${id}: kolom ${col} niet beschreven`);
  return { meta, rows };
}

export interface Peak {
  periode: string;
  value: number;
}

/** The month with the highest value of a series (the first, if it is reached twice). */
export function peak(rows: readonly MonthlyBenefits[], key: 'ww' | 'bijstand'): Peak {
  let best = rows[0]!;
  for (const r of rows) if (r[key] > best[key]) best = r;
  return { periode: best.periode, value: best[key] };
}

/** The highest value within a window of years, e.g. the WW peak of the crisis years. */
export function peakBetween(rows: readonly MonthlyBenefits[], key: 'ww' | 'bijstand', fromYear: number, toYear: number): Peak {
  return peak(
    rows.filter((r) => {
      const y = Number(r.periode.slice(0, 4));
      return y >= fromYear && y <= toYear;
    }),
    key,
  );
}

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export function formatMonth(periode: string): string {
  return monthName.format(new Date(`${periode}-01T00:00:00Z`));
}

const thousands = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** "437,9 duizend": the unit as CBS gives it (× 1 000). */
export function formatThousands(value: number): string {
  return `${thousands.format(value)} duizend`;
}
