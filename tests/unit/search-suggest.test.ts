// Saying when a word is not on the site, and which terms are near it.
import { describe, expect, it } from 'vitest';
import { editDistance, missingWords, nearestTerms, termFor } from '../../src/lib/search-suggest.ts';

const TERMS = [
  { id: 'kostendelersnorm', term: 'kostendelersnorm' },
  { id: 'kostendeler', term: 'kostendeler' },
  { id: 'tegenprestatie', term: 'tegenprestatie' },
  { id: 'participatiewet', term: 'Participatiewet' },
  { id: 'participatiefonds', term: 'participatiefonds' },
  { id: 'klantmanager', term: 'klantmanager' },
];

describe('search suggestions', () => {
  it('knows a word is missing when results only mark a part of it', () => {
    expect(missingWords('kostendelersnorm', ['kosten', 'kosten’', 'Kosten'])).toEqual(['kostendelersnorm']);
    expect(missingWords('tegenprestatie', ['tegenpresteerders', 'Tegenprestatie,'])).toEqual([]);
    expect(missingWords('granieten bestand', ['granieten', 'bestand'])).toEqual([]);
    expect(missingWords('WW en de bijstand', ['bijstandsuitkering'])).toEqual([]); // short words are not judged
    expect(missingWords('Participatiewet', [])).toEqual(['Participatiewet']);
  });
  it('offers the nearest terms: shared parts first, then close spellings, never far-off ones', () => {
    expect(nearestTerms('kostendelersnorm', TERMS.slice(1)).map((t) => t.id)).toEqual(['kostendeler']);
    expect(nearestTerms('participatiewt', TERMS).map((t) => t.id)[0]).toBe('participatiewet');
    expect(nearestTerms('tegenpresatie', TERMS).map((t) => t.id)).toEqual(['tegenprestatie']);
    expect(nearestTerms('fietsenstalling', TERMS)).toEqual([]);
  });
  it('finds the term a query names, also in the plural', () => {
    expect(termFor('Tegenprestatie', TERMS)?.id).toBe('tegenprestatie');
    expect(termFor('klantmanagers', TERMS)?.id).toBe('klantmanager');
    expect(termFor('klant', TERMS)).toBeUndefined();
  });
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
