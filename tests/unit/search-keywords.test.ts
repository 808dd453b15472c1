import { describe, expect, it } from 'vitest';
import { compoundKeywords } from '../../src/lib/search-keywords.ts';
import { readQuery, writeQuery, MAX_QUERY_LENGTH } from '../../src/lib/search-query.ts';

describe('compoundKeywords', () => {
  it('adds the head of a Dutch compound so that "uitkering" finds "bijstandsuitkering"', () => {
    expect(compoundKeywords('Zij heeft een bijstandsuitkering.')).toContain('uitkering');
  });
  it('handles plurals and linking letters', () => {
    const kws = compoundKeywords('de activeringsbudgetten en het bijstandsbestand, basisbanen');
    expect(kws).toEqual(expect.arrayContaining(['budget', 'bestand', 'baan']));
  });
  it('does not split a word that is only the head, or a too-short prefix', () => {
    expect(compoundKeywords('een baan')).not.toContain('baan');
    expect(compoundKeywords('de zwet')).not.toContain('wet');
  });
  it('adds known synonyms and abbreviations', () => {
    expect(compoundKeywords('de Wet werk en bijstand')).toContain('WWB');
  });
  it('is sorted and free of duplicates, so builds are stable', () => {
    const kws = compoundKeywords('bijstandsuitkering WW-uitkering uitkeringen bijstandsuitkeringen');
    expect(kws).toEqual([...new Set(kws)].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});

describe('search page query', () => {
  it('reads ?q= and trims it', () => {
    expect(readQuery('?q=%20granieten%20bestand%20')).toBe('granieten bestand');
  });
  it('returns an empty string for a missing or odd query, never throws', () => {
    for (const q of ['', '?', '?q', '?q=%E0%A4%A', '?x=1&q=', '?q=<script>alert(1)</script>'.repeat(50)]) {
      expect(() => readQuery(q)).not.toThrow();
      expect(readQuery(q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
  });
  it('writes no query for an empty term, and encodes the rest', () => {
    expect(writeQuery('/zoeken/', '  ')).toBe('/zoeken/');
    expect(writeQuery('/zoeken/', 'uitkering & werk')).toBe('/zoeken/?q=uitkering+%26+werk');
  });
});
