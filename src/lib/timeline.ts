// The timeline of the bijstand (content/timeline.yaml), shown by src/components/Tijdlijn.astro in
// the theme chapter "Wat is de bijstand?": laws, the five documents at their year, figures and
// events, each with where it comes from. Pure module (no Astro, no DOM): the component and the
// unit tests validate the file with the same schema and the same checks.
import { z } from 'zod';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TIMELINE_KINDS = {
  wet: 'Wet',
  document: 'Stuk',
  cijfer: 'Cijfer',
  gebeurtenis: 'Gebeurtenis',
} as const;
export type TimelineKind = keyof typeof TIMELINE_KINDS;

/** A public source: the law on wetten.overheid.nl, the Staatsblad, the statistics agency, a government page. */
const publicSource = z
  .object({
    type: z.literal('publiek'),
    publisher: z.string().min(2),
    title: z.string().min(3),
    url: z.url(),
    /** where we read it, when that is not the publisher's own page */
    via: z.string().optional(),
  })
  .strict();

/** A passage in one of the five documents: for maintainers the lines, for readers the section. */
const documentSource = z
  .object({
    type: z.literal('document'),
    document: z.string().regex(idPattern),
    section: z.string().min(1),
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).refine(([a, b]) => a <= b, 'de regelreeks loopt achteruit'),
    snippet: z.string().min(3),
  })
  .strict();

/** One of our own chapters (a document's summary). */
const chapterSource = z
  .object({
    type: z.literal('hoofdstuk'),
    href: z.string().regex(/^\/hoofdstukken\/[a-z0-9-]+\/([a-z0-9-]+\/)?$/),
  })
  .strict();

export const timelineSourceSchema = z.discriminatedUnion('type', [publicSource, documentSource, chapterSource]);
export type TimelineSource = z.infer<typeof timelineSourceSchema>;

export const timelineEntrySchema = z
  .object({
    id: z.string().regex(idPattern),
    /** "1965-01-01" when the day is known, "2005" when only the year is */
    date: z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, 'jjjj of jjjj-mm-dd'),
    kind: z.enum(Object.keys(TIMELINE_KINDS) as [TimelineKind, ...TimelineKind[]]),
    title: z.string().min(3),
    /** in our own words; "{cijfer}" marks where the figure stands (kind cijfer) */
    text: z.string().min(10),
    /** kind document: the id in content/sources.yaml (its year and whether that is inferred come from there) */
    document: z.string().regex(idPattern).optional(),
    /** kind cijfer: the id of a figure in content/figures/ */
    figure: z.string().regex(idPattern).optional(),
    sources: z.array(timelineSourceSchema).min(1),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === 'document' && !e.document) ctx.addIssue({ code: 'custom', message: 'een stuk op de tijdlijn noemt zijn document' });
    if (e.kind !== 'document' && e.document) ctx.addIssue({ code: 'custom', message: 'alleen een stuk noemt een document' });
    if (e.kind === 'cijfer' && (!e.figure || !e.text.includes('{cijfer}'))) ctx.addIssue({ code: 'custom', message: 'een cijfer noemt zijn figuur en zet {cijfer} in de tekst' });
    if (e.kind !== 'cijfer' && (e.figure || e.text.includes('{cijfer}'))) ctx.addIssue({ code: 'custom', message: 'alleen een cijfer heeft een figuur' });
    if (/\d/.test(`${e.title} ${e.text}`.replace(/\b(19|20)\d\d\b/g, ''))) {
      ctx.addIssue({ code: 'custom', message: 'geen getallen in de tekst (jaartallen uitgezonderd): zet ze in content/figures/' });
    }
  });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineSchema = z.array(timelineEntrySchema).min(1);

/** The year of an entry. */
export function entryYear(e: Pick<TimelineEntry, 'date'>): number {
  return Number(e.date.slice(0, 4));
}

/** For sorting: a date known only by its year sorts at the start of that year. */
export function sortKey(e: Pick<TimelineEntry, 'date'>): string {
  return e.date.length === 4 ? `${e.date}-01-01` : e.date;
}

const dayMonthYear = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1 januari 1965", or "2005" (and "vermoedelijk 2005" for a year we infer). */
export function dateLabel(e: Pick<TimelineEntry, 'date'>, inferred = false): string {
  const text = e.date.length === 4 ? e.date : dayMonthYear.format(new Date(`${e.date}T00:00:00Z`));
  return inferred ? `vermoedelijk ${text}` : text;
}

export interface TimelineContext {
  /** the documents of content/sources.yaml: id, year, whether the year is inferred */
  documents: readonly { id: string; year: number; yearInferred: boolean }[];
  /** ids of the figures in content/figures/ */
  figureIds: ReadonlySet<string>;
  /** paths of the chapters (/hoofdstukken/…/) */
  chapterPaths: ReadonlySet<string>;
}

/** Everything wrong with the timeline as a whole, in Dutch. Empty when it is right. */
export function checkTimeline(entries: readonly TimelineEntry[], ctx: TimelineContext): string[] {
  const problems: string[] = [];
  const ids = entries.map((e) => e.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`dubbel id op de tijdlijn: ${id}`);
  for (let i = 1; i < entries.length; i++) {
    if (sortKey(entries[i]!) < sortKey(entries[i - 1]!)) problems.push(`${entries[i]!.id} staat vóór ${entries[i - 1]!.id} in de tijd, maar erna in het bestand`);
  }
  const docById = new Map(ctx.documents.map((d) => [d.id, d]));
  for (const e of entries) {
    if (e.document) {
      const d = docById.get(e.document);
      if (!d) problems.push(`${e.id}: onbekend document "${e.document}"`);
      else if (entryYear(e) !== d.year || e.date.length !== 4) problems.push(`${e.id}: staat op ${e.date}, maar content/sources.yaml geeft het jaar ${d.year}`);
      if (!e.sources.some((s) => s.type === 'hoofdstuk')) problems.push(`${e.id}: een stuk linkt naar zijn hoofdstuk`);
    }
    if (e.figure && !ctx.figureIds.has(e.figure)) problems.push(`${e.id}: onbekend cijfer "${e.figure}"`);
    for (const s of e.sources) {
      if (s.type === 'document' && !docById.has(s.document)) problems.push(`${e.id}: bron uit onbekend document "${s.document}"`);
      if (s.type === 'hoofdstuk' && !ctx.chapterPaths.has(s.href)) problems.push(`${e.id}: hoofdstuk ${s.href} bestaat niet`);
    }
    // a law or an event says where its date comes from outside our own pages
    if ((e.kind === 'wet' || e.kind === 'gebeurtenis') && !e.sources.some((s) => s.type === 'publiek')) {
      problems.push(`${e.id}: een wet of gebeurtenis heeft een openbare bron`);
    }
  }
  for (const d of ctx.documents) if (!entries.some((e) => e.document === d.id)) problems.push(`het stuk ${d.id} ontbreekt op de tijdlijn`);
  return problems;
}
