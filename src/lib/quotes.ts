// Quotations in chapters: <q>…</q> marks words of a source document. They must be short and
// must really stand in a source text (checked by `npm run verify:sources`).
export const MAX_QUOTE_WORDS = 30;

/** The quotations in an MDX text, without inner tags. */
export function quotesIn(mdx: string): string[] {
  return [...mdx.matchAll(/<q>([\s\S]*?)<\/q>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

/** Normalises source or quote text: line-end hyphenation joined, quotes and spacing unified. */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/-\s*\n\s*/g, '')
    .replace(/\u00ad/g, '')
    .replace(/[*#]/g, '')
    .replace(/[’‘‛]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * Does the quotation occur in the text? A quotation may leave words out with "[…]" or "…"; each
 * part must then occur. Final punctuation may differ, and so may spaces the PDF extraction put in
 * or left out ("min der" for "minder").
 */
export function quoteOccursIn(quote: string, normalisedText: string, squashedText = normalisedText.replace(/\s/g, '')): boolean {
  const parts = normaliseQuoteText(quote)
    .split(/\s*(?:\[…\]|\[\.\.\.\]|…)\s*/)
    .map((p) => p.replace(/^[\s.,;:!?'"]+|[\s.,;:!?'"]+$/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  return parts.every((p) => normalisedText.includes(p) || squashedText.includes(p.replace(/\s/g, '')));
}
