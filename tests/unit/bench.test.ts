import { describe, expect, it } from 'vitest';
import { chapterCopy, formatStats, stats } from '../../src/lib/bench.ts';

describe('timing summaries', () => {
  it('give median, 95th percentile and maximum', () => {
    const s = stats(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(s).toEqual({ n: 100, median: 51, p95: 96, max: 100 });
    expect(stats([5])).toEqual({ n: 1, median: 5, p95: 5, max: 5 });
    expect(() => stats([])).toThrow();
  });

  it('read in Dutch', () => {
    expect(formatStats({ n: 3, median: 4.06, p95: 7.94, max: 12 })).toBe('mediaan 4,1 ms, p95 7,9 ms, max 12,0 ms (n=3)');
  });
});

describe('a chapter’s copy for the tenfold build', () => {
  const page = "---\ntitle: 'Werk aan de winkel, inleiding: Zorgzaam'\nkind: document\nparent: werk-aan-de-winkel\n---\n\n## In het kort\n\nparent: blijft\n";

  it('moves a sub-page into its own copy of the bundle and points it to that copy’s overview', () => {
    const copy = chapterCopy('werk-aan-de-winkel/inleiding.mdx', page, 3);
    expect(copy.relPath).toBe('werk-aan-de-winkel-kopie-3/inleiding.mdx');
    expect(copy.text).toContain("title: 'Werk aan de winkel, inleiding: Zorgzaam (kopie 3)'");
    expect(copy.text).toContain('parent: werk-aan-de-winkel-kopie-3\n');
    // the body is left as it is
    expect(copy.text.endsWith('## In het kort\n\nparent: blijft\n')).toBe(true);
  });

  it('renames a top-level chapter, whatever quotes its title has', () => {
    const copy = chapterCopy('een-betere-bijstand.mdx', '---\ntitle: Een betere bijstand\nkind: document\n---\ntekst\n', 2);
    expect(copy.relPath).toBe('een-betere-bijstand-kopie-2.mdx');
    expect(copy.text).toBe('---\ntitle: Een betere bijstand (kopie 2)\nkind: document\n---\ntekst\n');
    expect(chapterCopy('a.mdx', '---\ntitle: "A"\n---\n', 5).text).toContain('title: "A (kopie 5)"');
  });

  it('refuses a file without front matter', () => {
    expect(() => chapterCopy('a.mdx', '# geen front matter', 2)).toThrow(/front matter/);
  });
});
