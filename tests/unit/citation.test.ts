import { describe, expect, it } from 'vitest';
import { apaName, apaAuthors, apaReference, apaPageCitation, proseFamily, listNames } from '../../src/lib/citation.ts';
import { countProseWords, readingMinutes, formatReadingTime } from '../../src/lib/reading-time.ts';

const kremer = { family: 'Kremer', given: 'Monique' };
const vanDerMeer = { family: 'Meer', prefix: 'van der', given: 'Jelle' };

describe('citations', () => {
  it('writes Dutch names in APA order with the prefix after the initials', () => {
    expect(apaName(vanDerMeer)).toBe('Meer, J. van der');
    expect(proseFamily(vanDerMeer)).toBe('Van der Meer');
    expect(apaAuthors([kremer, vanDerMeer])).toBe('Kremer, M., & Meer, J. van der');
  });
  it('puts an inferred year in square brackets', () => {
    const ref = apaReference({ title: 'Een betere bijstand', authors: [kremer, vanDerMeer], year: 2020, yearInferred: true, kind: 'beschouwing' });
    expect(ref).toBe('Kremer, M., & Meer, J. van der ([2020]). Een betere bijstand [beschouwing in een tijdschrift].');
  });
  it('cites an anonymous document by its title', () => {
    const ref = apaReference({ title: 'Kronkelige gewelven', authors: [], year: 2005, yearInferred: true, kind: 'essay' });
    expect(ref.startsWith('Kronkelige gewelven. ([2005]).')).toBe(true);
  });
  it('gives a page citation with the review date, the consulted date and the URL', () => {
    const text = apaPageCitation({
      siteName: 'Bijstand uitgelegd',
      title: 'Een betere bijstand',
      url: 'https://example.org/hoofdstukken/een-betere-bijstand/',
      reviewed: new Date('2026-11-23T00:00:00Z'),
      consulted: new Date('2027-01-05T12:00:00Z'),
    });
    expect(text).toBe(
      'Bijstand uitgelegd. (2026, 23 november). Een betere bijstand. Geraadpleegd op 5 januari 2027, van https://example.org/hoofdstukken/een-betere-bijstand/',
    );
  });
  it('lists names the Dutch way', () => {
    expect(listNames(['Kremer', 'Van der Meer', 'Ham'])).toBe('Kremer, Van der Meer en Ham');
  });
});

describe('reading time', () => {
  it('counts prose words, not MDX syntax', () => {
    expect(countProseWords('---\ntitle: x\n---\nimport A from "a";\n\n## Kop\n\nTwee woorden <Cijfer id="ebb-x" /> hier.')).toBe(4);
  });
  it('rounds up to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(formatReadingTime(1)).toBe('1 minuut leestijd');
    expect(formatReadingTime(7)).toBe('7 minuten leestijd');
  });
});

describe('group authors', () => {
  it('cites an organisation as author when the work has no single author', () => {
    const ref = apaReference({
      title: 'Werk aan de winkel',
      subtitle: 'Goede dienstverlening voor iedereen zonder werk',
      authors: [{ family: 'Rodenburg', given: 'Hans' }],
      groupAuthor: 'Wetenschappelijk Bureau GroenLinks',
      publisher: 'Wetenschappelijk Bureau GroenLinks',
      year: 2019,
      yearInferred: true,
      kind: 'bundel',
    });
    expect(ref).toBe('Wetenschappelijk Bureau GroenLinks. ([2019]). Werk aan de winkel: Goede dienstverlening voor iedereen zonder werk [beleidsbundel].');
  });
});
