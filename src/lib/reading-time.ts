// Reading time for a chapter. Dutch readers of informative text manage roughly 200 words a
// minute; we round up so that "1 minuut" is the least we promise.
export const WORDS_PER_MINUTE = 200;

/** Strips MDX syntax (imports, tags, expressions, Markdown marks) and counts the words left. */
export function countProseWords(mdx: string): number {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, ' ') // front matter
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,]*/gu);
  return words ? words.length : 0;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

export function formatReadingTime(minutes: number): string {
  return minutes === 1 ? '1 minuut leestijd' : `${minutes} minuten leestijd`;
}
