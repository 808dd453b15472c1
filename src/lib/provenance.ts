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
  })
  .strict();
export type StatisticsProvenance = z.infer<typeof statisticsProvenanceSchema>;
