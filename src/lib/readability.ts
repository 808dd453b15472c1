// Plain Dutch (B1) for citizens: how long the sentences in a chapter are. The Dutch government's
// norm for texts for citizens, and QUALITY.md: on average at most 15 words a sentence, and at most
// 1 sentence in 12 over 25 words. Measured over the prose a reader reads (paragraphs and list
// items), not over headings, tables, front matter or component markup. A report, not a gate:
// `npm run readability` prints it per page.
export const B1_AVERAGE = 15;
export const B1_LONG = 25;
export const B1_LONG_SHARE = 1 / 12;

/** The prose of an MDX chapter: one string per paragraph or list item, markup reduced to its words. */
export function proseBlocks(mdx: string): string[] {
  const body = mdx
    .replace(/^---[\s\S]*?---\s*/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/^\s*(import|export)\s.*$/gm, '');
  const blocks = body.split(/\n\s*\n/);
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    // headings, tables and lone components are not running prose
    if (/^\s*#/.test(lines[0] ?? '') || /^\s*\|/.test(lines[0] ?? '') || /^\s*<[A-Z][\w]*[^>]*\/>\s*$/.test(block.trim())) continue;
    // list items: each item its own block
    const items = block.split(/\n(?=\s*(?:[-*]|\d+\.)\s)/);
    for (const item of items) {
      const text = cleanMarkup(item.replace(/^\s*(?:[-*]|\d+\.)\s+/, ''));
      if (text.split(/\s+/).filter(Boolean).length >= 3) out.push(text);
    }
  }
  return out;
}

function cleanMarkup(s: string): string {
  return s
    .replace(/<Cijfer[^>]*\/>/g, 'N') // a figure reads as one word ("€ 600" is one unit of meaning)
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // other tags: keep their text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
/** Abbreviations that Intl.Segmenter would end a sentence at. */
const ABBREVIATIONS = /\b(o\.a|bijv|d\.w\.z|e\.d|m\.n|i\.p\.v|nr|mln|mld|ca|resp|t\.o\.v|z\.g\.a\.n|vs|p|blz|jl)\.$/i;

export function sentences(block: string): string[] {
  const raw = [...segmenter.segment(block)].map((s) => s.segment.trim()).filter(Boolean);
  const merged: string[] = [];
  for (const s of raw) {
    const last = merged.at(-1);
    if (last && (ABBREVIATIONS.test(last) || /^[a-z(]/.test(s))) merged[merged.length - 1] = `${last} ${s}`;
    else merged.push(s);
  }
  return merged;
}

export function wordsIn(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface ReadabilityReport {
  sentences: number;
  words: number;
  /** words per sentence */
  average: number;
  /** sentences over 25 words */
  long: number;
  /** long / sentences */
  longShare: number;
  /** the longest sentences, longest first */
  longest: { words: number; text: string }[];
  meetsB1: boolean;
}

export function readability(mdx: string, keep = 3): ReadabilityReport {
  const all = proseBlocks(mdx).flatMap(sentences);
  const counts = all.map(wordsIn);
  const words = counts.reduce((a, b) => a + b, 0);
  const long = counts.filter((n) => n > B1_LONG).length;
  const average = all.length ? words / all.length : 0;
  const longShare = all.length ? long / all.length : 0;
  const longest = all
    .map((text, i) => ({ words: counts[i]!, text }))
    .sort((a, b) => b.words - a.words)
    .slice(0, keep);
  return { sentences: all.length, words, average, long, longShare, longest, meetsB1: average <= B1_AVERAGE && longShare <= B1_LONG_SHARE };
}
