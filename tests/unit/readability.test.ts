// The B1 measure: what counts as prose, where sentences end, how words are counted.
import { describe, expect, it } from 'vitest';
import { proseBlocks, readability, sentences, wordsIn } from '../../src/lib/readability.ts';

describe('readability', () => {
  it('reads paragraphs and list items, not front matter, headings, tables or lone components', () => {
    const mdx = `---\ntitle: x\n---\n\n## Een kop met veel woorden erin\n\nEen gewone zin met <Term id="a">woord</Term> en <Cijfer id="b" />. Nog een.\n\n- Eerste punt van de lijst.\n- Tweede punt van de lijst.\n\n| a | b |\n| - | - |\n\n<Kerncijfers document="x" />\n`;
    expect(proseBlocks(mdx)).toEqual(['Een gewone zin met woord en N. Nog een.', 'Eerste punt van de lijst.', 'Tweede punt van de lijst.']);
  });
  it('ends sentences at full stops, not at abbreviations or decimal numbers', () => {
    expect(sentences('Dat is o.a. een voorbeeld. Het kost 2,5 mln. euro per jaar. Klaar!')).toEqual(['Dat is o.a. een voorbeeld.', 'Het kost 2,5 mln. euro per jaar.', 'Klaar!']);
  });
  it('counts words, not punctuation', () => {
    expect(wordsIn('Een zin – met een gedachtestreepje, en € 600.')).toBe(7);
  });
  it('reports the average, the long sentences and whether the page meets B1', () => {
    const long = `${'woord '.repeat(30).trim()}.`;
    const short = 'Dit is kort.';
    const r = readability(`${long} ${short} ${short} ${short}`);
    expect(r.sentences).toBe(4);
    expect(r.long).toBe(1);
    expect(r.average).toBeCloseTo((30 + 9) / 4);
    expect(r.meetsB1).toBe(false); // a quarter of the sentences is long
    expect(r.longest[0]!.words).toBe(30);
    expect(readability(`${short} `.repeat(12) + long).meetsB1).toBe(true);
  });
});
