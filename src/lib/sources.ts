// The five source documents: the schema of content/sources.yaml. Citing them: citation.ts.
import { z } from 'zod';

import { SOURCE_KINDS, type SourceKind } from './citation.ts';

const personSchema = z.object({
  /** family name without prefix: "Meer" for Jelle van der Meer */
  family: z.string().min(1),
  given: z.string().min(1),
  /** Dutch name prefix (tussenvoegsel): "van der" */
  prefix: z.string().optional(),
  role: z.string().optional(),
});

export const sourceSchema = z
  .object({
    id: z.string(),
    title: z.string().min(1),
    subtitle: z.string().optional(),
    /** why this title: the extraction has no title page for some documents */
    titleNote: z.string().optional(),
    authors: z.array(personSchema),
    /** an organisation cited as author (APA group author), when no person is the work's author */
    groupAuthor: z.string().optional(),
    /** said when the document names no author, or when authorship is inferred */
    authorsNote: z.string().optional(),
    publisher: z.string().optional(),
    outlet: z.string().optional(),
    /** said when the outlet or publisher is inferred or unknown */
    outletNote: z.string().optional(),
    year: z.number().int().min(1990).max(2030),
    yearInferred: z.boolean(),
    yearEvidence: z.string().optional(),
    kind: z.enum(Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]]),
    language: z.literal('nl'),
    /** the extracted text in ../shared/seeds (for maintainers; not published) */
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    /** short label for filters and charts */
    shortTitle: z.string().min(1),
    /** where a reader can find the document: publisher, series or journal, and what we do not know */
    findAt: z.string().min(20),
    /** the public website of the publisher or journal, where one is known (not a link to the document itself) */
    publisherUrl: z.url().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
