// The claim-by-claim record: for what the chapters say a document argues, who holds it and where
// it stands. One YAML file per document in content/claims/, so that the next writer can see what
// was checked, against which lines, and what was corrected. Pure: the schema and the checks that
// need no files; verify:sources checks every snippet against the source text, and a unit test
// checks that every claim's words still stand on its page.
import { z } from 'zod';
import { wordCount, MAX_SNIPPET_WORDS } from './figures.ts';

/**
 * Who holds a claim:
 * - `auteur`: the document's own author(s) argue it;
 * - `geciteerd`: someone the document quotes or summarises (name them in `who`);
 * - `site`: our own reading, inference or paraphrase (the page must say so where it matters).
 */
export const CLAIM_HOLDERS = ['auteur', 'geciteerd', 'site'] as const;
export type ClaimHolder = (typeof CLAIM_HOLDERS)[number];

/** klopt: checked and right; gecorrigeerd: was wrong and is fixed; toegevoegd: missing and added. */
export const CLAIM_CHECKS = ['klopt', 'gecorrigeerd', 'toegevoegd'] as const;

export const claimSchema = z
  .object({
    /** the chapter, as its path under content/chapters without .mdx: "onder-druk/granieten-kern" */
    page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/),
    /** words from our page (3–30 words) that carry the claim; they must stand on that page */
    text: z
      .string()
      .min(8)
      .refine((s) => wordCount(s) <= MAX_SNIPPET_WORDS, `hoogstens ${MAX_SNIPPET_WORDS} woorden`),
    holder: z.enum(CLAIM_HOLDERS),
    /** whose claim it is, in words ("Pieter Hilhorst, samengevat in een kader", "de auteurs") */
    who: z.string().min(2),
    /** where it stands in the document's source text (1-based, inclusive); not for our own inferences */
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .refine(([a, b]) => a <= b, 'de regelreeks loopt achteruit')
      .optional(),
    /** verbatim words from those lines (at most 30) */
    snippet: z
      .string()
      .min(3)
      .refine((s) => wordCount(s) <= MAX_SNIPPET_WORDS, `een citaat is hoogstens ${MAX_SNIPPET_WORDS} woorden`)
      .optional(),
    check: z.enum(CLAIM_CHECKS),
    /** what was wrong and what the page says now (required for a correction) */
    note: z.string().min(10).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.holder !== 'site' && (!c.lines || !c.snippet)) ctx.addIssue({ code: 'custom', message: 'een claim uit het stuk heeft regels en een citaat nodig' });
    if (c.check !== 'klopt' && !c.note) ctx.addIssue({ code: 'custom', message: 'een correctie of toevoeging zegt in note wat er veranderde' });
  });
export type Claim = z.infer<typeof claimSchema>;

/** Page text as a reader reads it, for finding a claim's words: markup and figures reduced to words. */
export function normalisePageText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<Cijfer[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Does a claim's text stand on its page? (Figures inside it may be left out: "van  naar".) */
export function claimOnPage(claim: Pick<Claim, 'text'>, pageMdx: string): boolean {
  const page = normalisePageText(pageMdx);
  const wanted = normalisePageText(claim.text).trim();
  return page.includes(wanted) || page.replace(/\s/g, '').includes(wanted.replace(/\s/g, ''));
}
