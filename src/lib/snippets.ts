// Checks that a figure's verbatim snippet really stands at its line range in the source text.
// Pure: takes the text, not a path, so tests need no files.

/**
 * Normalises text for comparison: the extraction wraps lines anywhere, so all whitespace counts as
 * one space; Markdown emphasis markers and soft hyphens are layout, not words.
 */
export function normaliseForComparison(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/[*#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of lines `from` to `to` (1-based, inclusive), joined by spaces. */
export function linesOf(text: string, from: number, to: number): string {
  return text.split(/\r?\n/).slice(from - 1, to).join(' ');
}

export interface SnippetCheck {
  ok: boolean;
  /** where the snippet occurs in the whole file (1-based line), if not in its range: helps fix ranges */
  foundAtLine?: number;
}

/** Does the snippet occur (whitespace-insensitively) within the given line range? */
export function checkSnippet(text: string, lines: readonly [number, number], snippet: string): SnippetCheck {
  const wanted = normaliseForComparison(snippet);
  if (normaliseForComparison(linesOf(text, lines[0], lines[1])).includes(wanted)) return { ok: true };
  const all = text.split(/\r?\n/);
  // look in windows of three lines so that snippets wrapped over a line break are found
  const inWindow = (i: number) => normaliseForComparison(all.slice(i, i + 3).join(' ')).includes(wanted);
  for (let i = 0; i < all.length; i++) {
    if (!inWindow(i)) continue;
    // the last window that still contains it starts at the snippet's first line
    while (i + 1 < all.length && inWindow(i + 1)) i++;
    return { ok: false, foundAtLine: i + 1 };
  }
  return { ok: false };
}
