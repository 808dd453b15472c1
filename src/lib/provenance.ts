// Where published statistics come from: one schema for a figure from a statistics table
// (content/figures/*.yaml, `source.type: statistics`) and for a whole dataset (content/data/*.yaml,
// `source:`), so both always name the same things and `status` means the same everywhere.
import { z } from 'zod';

/**
 * The status of a published number: CBS's statuses, and the stages of a budget figure. "niet
 * vermeld" when the publication does not say; we never guess a status.
 */
export const STATUSES = ['definitief', 'voorlopig', 'nader voorlopig', 'raming', 'begroting', 'realisatie', 'niet vermeld'] as const;
export type Status = (typeof STATUSES)[number];
export const statusSchema = z.enum(STATUSES);

export const statisticsProvenanceSchema = z
  .object({
    publisher: z.string().min(1),
    table: z.string().min(1),
    url: z.url().optional(),
    status: statusSchema,
    /** where we transcribed it from, when that is not the table itself (a news release quoting it) */
    via: z.string().optional(),
    licence: z.string().min(1),
    /** when we read the number at the publisher (or its copy): "2026-11" or "2026-11-23" */
    retrieved: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'jjjj-mm of jjjj-mm-dd'),
  })
  .strict();
export type StatisticsProvenance = z.infer<typeof statisticsProvenanceSchema>;

/**
 * The status as a reader reads it: always with its label, and "niet vermeld door <uitgever>" for a
 * status the publication does not give, so that it never reads as "no source".
 */
export function statusLabel(status: Status, publisher: string): string {
  return status === 'niet vermeld' ? `status: niet vermeld door ${publisher}` : `status: ${status}`;
}

const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "geraadpleegd in november 2026", or "op 23 november 2026" when the day is known. */
export function retrievedLabel(retrieved: string): string {
  const date = new Date(`${retrieved.length === 7 ? `${retrieved}-01` : retrieved}T00:00:00Z`);
  return retrieved.length === 7 ? `geraadpleegd in ${monthYear.format(date)}` : `geraadpleegd op ${dayMonthYear.format(date)}`;
}

/** One line for a statistic's provenance: table, status and when we read it. */
export function describeStatistic(p: Pick<StatisticsProvenance, 'publisher' | 'table' | 'status' | 'retrieved'>): string {
  return `${p.publisher}, ${p.table}; ${statusLabel(p.status, p.publisher)}; ${retrievedLabel(p.retrieved)}`;
}
