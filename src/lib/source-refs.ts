// Source references outside the figures and claims: the proposals matrix (content/voorstellen.yaml)
// and the evidence overview (content/bewijs.yaml) cite lines and a verbatim snippet in a document's
// source text. One shape and one check for both, used by verify:sources and the unit tests.
// Pure: takes a function that returns a document's text, not paths.
import { z } from 'zod';
import { wordCount, MAX_SNIPPET_WORDS } from './figures.ts';
import { checkSnippet } from './snippets.ts';

export const lineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, 'de regelreeks loopt achteruit');

export const snippetSchema = z
  .string()
  .min(3)
  .refine((s) => wordCount(s) <= MAX_SNIPPET_WORDS, `een citaat is hoogstens ${MAX_SNIPPET_WORDS} woorden`);

export interface SourceRef {
  /** where the reference stands, for messages: "content/voorstellen.yaml basisbaan × zachte-hand" */
  label: string;
  /** a document id from content/sources.yaml */
  document: string;
  lines: readonly [number, number];
  snippet: string;
}

/**
 * Checks every reference's snippet against its document's text at its lines. Returns one Dutch
 * message per problem (unknown document, missing text, snippet not at those lines).
 */
export function checkSourceRefs(refs: readonly SourceRef[], textOf: (document: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const ref of refs) {
    const text = textOf(ref.document);
    if (text === undefined) {
      problems.push(`${ref.label}: geen brontekst voor document "${ref.document}"`);
      continue;
    }
    const result = checkSnippet(text, ref.lines, ref.snippet);
    if (!result.ok) {
      const hint = result.foundAtLine ? ` (wel gevonden rond regel ${result.foundAtLine})` : ' (nergens in de tekst gevonden)';
      problems.push(`${ref.label}: citaat staat niet op regels ${ref.lines.join('–')}${hint}`);
    }
  }
  return problems;
}
