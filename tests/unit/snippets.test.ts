import { describe, expect, it } from 'vitest';
import { checkSnippet, linesOf, normaliseForComparison } from '../../src/lib/snippets.ts';

const text = ['eerste regel', 'Maar liefst 413.000 mensen hadden', '', 'begin 2020 een *bijstandsuitkering*.', 'laatste regel'].join('\n');

describe('snippet check', () => {
  it('finds a snippet that wraps over lines and blank lines', () => {
    expect(checkSnippet(text, [2, 4], '413.000 mensen hadden begin 2020 een bijstandsuitkering')).toEqual({ ok: true });
  });
  it('fails when the line range is wrong, and says where the snippet is', () => {
    const result = checkSnippet(text, [4, 5], '413.000 mensen hadden');
    expect(result.ok).toBe(false);
    expect(result.foundAtLine).toBe(2);
  });
  it('fails on a snippet that is not in the text at all (a changed number)', () => {
    expect(checkSnippet(text, [1, 5], '414.000 mensen').ok).toBe(false);
  });
  it('ignores Markdown emphasis and collapses whitespace', () => {
    expect(normaliseForComparison('een  *verplichte*\n tegenprestatie')).toBe('een verplichte tegenprestatie');
  });
  it('takes 1-based inclusive line ranges', () => {
    expect(linesOf(text, 1, 2)).toBe('eerste regel Maar liefst 413.000 mensen hadden');
  });
});
