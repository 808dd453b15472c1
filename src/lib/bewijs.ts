// The evidence overview of "Wortel of stok: wat werkt?" (content/bewijs.yaml): per topic, what the
// documents cite on sanctions, obligations, attention, tailored help and basic jobs, each entry marked
// as what a study found (bevinding), what authors conclude (conclusie) or an opinion (mening), with
// the lines and a verbatim snippet in the source text. Pure: schema, checks and helpers.
import { z } from 'zod';
import { lineRangeSchema, snippetSchema, type SourceRef } from './source-refs.ts';

export const BEWIJS_TOPICS = {
  sancties: 'Sancties',
  verplichtingen: 'Verplichtingen en de tegenprestatie',
  aandacht: 'Aandacht en klantcontact',
  maatwerk: 'Maatwerk',
  basisbanen: 'Basisbanen en gesubsidieerd werk',
} as const;
export type BewijsTopic = keyof typeof BEWIJS_TOPICS;

/** The three kinds, with the label readers see (in words, never by colour alone). */
export const BEWIJS_KINDS = {
  bevinding: { label: 'Bevinding', long: 'Wat onderzoek vond' },
  conclusie: { label: 'Conclusie', long: 'Wat de auteurs concluderen' },
  mening: { label: 'Mening', long: 'Wat iemand vindt of verwacht' },
} as const;
export type BewijsKind = keyof typeof BEWIJS_KINDS;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const bewijsEntrySchema = z
  .object({
    id: z.string().regex(idPattern),
    topic: z.enum(Object.keys(BEWIJS_TOPICS) as [BewijsTopic, ...BewijsTopic[]]),
    kind: z.enum(Object.keys(BEWIJS_KINDS) as [BewijsKind, ...BewijsKind[]]),
    /** the study, as the document names it (or "geen studie genoemd") */
    study: z.string().min(5),
    /** who in the document reports or says it */
    who: z.string().min(3),
    /** what it found, concludes or holds, in our words; no typed numbers (they come from `figures`) */
    text: z
      .string()
      .min(20)
      .refine((s) => !/\d/.test(s), 'geen cijfers in de tekst: gebruik figures'),
    /** figure ids from content/figures/ that carry its numbers */
    figures: z.array(z.string()).default([]),
    /** a document id from content/sources.yaml */
    document: z.string(),
    /** our page that discusses it, and the heading id there */
    page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/),
    anchor: z.string().regex(idPattern),
    lines: lineRangeSchema,
    snippet: snippetSchema,
  })
  .strict();
export type BewijsEntry = z.infer<typeof bewijsEntrySchema>;

export const bewijsSchema = z.array(bewijsEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) ctx.addIssue({ code: 'custom', message: `bewijs "${e.id}" staat er twee keer in` });
    // a finding is what a study found: it names one
    if (e.kind === 'bevinding' && /^geen studie/i.test(e.study)) ctx.addIssue({ code: 'custom', message: `bewijs "${e.id}": een bevinding noemt de studie` });
    seen.add(e.id);
  }
});

/** Entries of one topic, grouped by kind in the fixed order bevinding, conclusie, mening. */
export function byTopicAndKind(entries: readonly BewijsEntry[]): { topic: BewijsTopic; groups: { kind: BewijsKind; entries: BewijsEntry[] }[] }[] {
  return (Object.keys(BEWIJS_TOPICS) as BewijsTopic[])
    .map((topic) => ({
      topic,
      groups: (Object.keys(BEWIJS_KINDS) as BewijsKind[])
        .map((kind) => ({ kind, entries: entries.filter((e) => e.topic === topic && e.kind === kind) }))
        .filter((g) => g.entries.length > 0),
    }))
    .filter((t) => t.groups.length > 0);
}

/** Every entry's source reference, for verify:sources. */
export function bewijsSourceRefs(entries: readonly BewijsEntry[]): SourceRef[] {
  return entries.map((e) => ({ label: `content/bewijs.yaml ${e.id}`, document: e.document, lines: e.lines, snippet: e.snippet }));
}

/** Problems the schema cannot see: unknown documents, pages or figures. */
export function crossCheckBewijs(entries: readonly BewijsEntry[], documentIds: readonly string[], chapterIds: readonly string[], figureIds: readonly string[]): string[] {
  const docs = new Set(documentIds);
  const chapters = new Set(chapterIds);
  const figures = new Set(figureIds);
  const problems: string[] = [];
  for (const e of entries) {
    if (!docs.has(e.document)) problems.push(`${e.id}: onbekend document "${e.document}"`);
    if (!chapters.has(e.page)) problems.push(`${e.id}: pagina "${e.page}" bestaat niet`);
    for (const f of e.figures) if (!figures.has(f)) problems.push(`${e.id}: onbekend cijfer "${f}"`);
  }
  return problems;
}
