// The proposals side by side (content/voorstellen.yaml): every proposal the documents make, and per
// document where it stands on it, with a link to our page that discusses it and the lines in the
// source text. Pure: the schema, the checks that need no files and the helpers the matrix uses.
import { z } from 'zod';
import { lineRangeSchema, snippetSchema, type SourceRef } from './source-refs.ts';

/** What a document does with a proposal. `niet-vermeld` is also what a missing cell means. */
export const STANCES = {
  'stelt-voor': 'stelt voor',
  steunt: 'steunt',
  noemt: 'noemt zonder te kiezen',
  'wijst-af': 'wijst af',
  'niet-vermeld': 'niet vermeld',
} as const;
export type Stance = keyof typeof STANCES;
/** The same, short enough for a table cell on a phone (the page's legend says what each means). */
export const STANCES_SHORT: Record<Stance, string> = { ...STANCES, noemt: 'noemt' };
const STANCE_IDS = Object.keys(STANCES) as [Stance, ...Stance[]];

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const cellSchema = z
  .object({
    stance: z.enum(STANCE_IDS),
    /** in our words, attributed: who in the document says what (one or two sentences) */
    note: z.string().min(10).max(400).optional(),
    /** our page that discusses it: its path under content/chapters without .mdx */
    page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/).optional(),
    /** the heading id on that page */
    anchor: z.string().regex(idPattern).optional(),
    lines: lineRangeSchema.optional(),
    snippet: snippetSchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.stance === 'niet-vermeld') return;
    for (const key of ['note', 'page', 'anchor', 'lines', 'snippet'] as const) {
      if (c[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `een vak met "${STANCES[c.stance]}" heeft ${key} nodig` });
    }
  });
export type Cell = z.infer<typeof cellSchema>;

export const proposalSchema = z
  .object({
    id: z.string().regex(idPattern),
    name: z.string().min(3),
    /** what it means, in plain Dutch and our own words */
    uitleg: z.string().min(30),
    /** synonyms and spellings a reader may search for */
    keywords: z.array(z.string().min(2)).default([]),
    /** per document id; a document that is not here does not mention it. A proposal may have no
     *  document that makes it (the basic income: one document weighs it and turns it down) */
    cells: z.record(z.string(), cellSchema),
  })
  .strict();
export type Proposal = z.infer<typeof proposalSchema>;

export const voorstellenSchema = z
  .object({
    /** the matrix's columns, in this order, with the short name the table heads show */
    documents: z.array(z.object({ id: z.string(), short: z.string().min(3) }).strict()).min(2),
    proposals: z.array(proposalSchema).min(1),
  })
  .strict()
  .superRefine((v, ctx) => {
    const docs = new Set(v.documents.map((d) => d.id));
    const seen = new Set<string>();
    for (const p of v.proposals) {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', message: `voorstel "${p.id}" staat er twee keer in` });
      seen.add(p.id);
      for (const doc of Object.keys(p.cells)) {
        if (!docs.has(doc)) ctx.addIssue({ code: 'custom', message: `voorstel "${p.id}": onbekend document "${doc}"` });
      }
    }
  });
export type Voorstellen = z.infer<typeof voorstellenSchema>;

/** The cell for a document: a missing one is "niet vermeld", said explicitly. */
export function cellFor(p: Proposal, document: string): Cell {
  return p.cells[document] ?? { stance: 'niet-vermeld' };
}

/** The id a proposal's section has on the page, so that a link or a search hit lands on it. */
export function proposalAnchor(p: Pick<Proposal, 'id'>): string {
  return `voorstel-${p.id}`;
}

/** The site path of the page and heading where we discuss a cell (without the site's base). */
export function cellHref(cell: Cell): string | undefined {
  if (!cell.page || !cell.anchor) return undefined;
  return `/hoofdstukken/${cell.page}/#${cell.anchor}`;
}

/** Every cell's source reference, for verify:sources. */
export function voorstellenSourceRefs(v: Voorstellen): SourceRef[] {
  const refs: SourceRef[] = [];
  for (const p of v.proposals) {
    for (const [document, c] of Object.entries(p.cells)) {
      if (c.lines && c.snippet) refs.push({ label: `content/voorstellen.yaml ${p.id} × ${document}`, document, lines: c.lines, snippet: c.snippet });
    }
  }
  return refs;
}

/** How many documents take each stance on a proposal (for the summary under each heading). */
export function stanceCounts(v: Voorstellen, p: Proposal): Record<Stance, number> {
  const counts = Object.fromEntries(STANCE_IDS.map((s) => [s, 0])) as Record<Stance, number>;
  for (const d of v.documents) counts[cellFor(p, d.id).stance]++;
  return counts;
}

/** Problems the schema cannot see: cells that point at pages that do not exist. */
export function crossCheckVoorstellen(v: Voorstellen, documentIds: readonly string[], chapterIds: readonly string[]): string[] {
  const problems: string[] = [];
  const docs = new Set(documentIds);
  const chapters = new Set(chapterIds);
  for (const d of v.documents) if (!docs.has(d.id)) problems.push(`onbekend document "${d.id}" in de kolommen`);
  for (const p of v.proposals) {
    for (const [doc, c] of Object.entries(p.cells)) {
      if (c.page && !chapters.has(c.page)) problems.push(`${p.id} × ${doc}: pagina "${c.page}" bestaat niet`);
    }
  }
  return problems;
}
