import { describe, expect, it } from 'vitest';
import { checkTermDocuments, documentsUsing, termForms, usesTerm } from '../../src/lib/glossary-usage.ts';

const texts = new Map([
  ['a', 'De klantmanagers van de sociale dienst hadden te veel cliënten.\nDe Wet werk en bij-\nstand gaf gemeenten meer ruimte.'],
  ['b', 'Er kwamen basisbanen, en de aandrang om te werken groeide. Zie www.uwv.nl.'],
  ['c', 'Het UWV en de gemeente spraken van drang.'],
]);

describe('which documents use a glossary term', () => {
  it('splits a name and its abbreviation, and drops a leading article', () => {
    expect(termForms({ term: 'Wet werk en bijstand (WWB)' })).toEqual(['Wet werk en bijstand', 'WWB']);
    expect(termForms({ term: 'de knip' })).toEqual(['knip']);
    // an explanation between brackets is not a spelling
    expect(termForms({ term: 'eigen risico (vangnet)' })).toEqual(['eigen risico']);
    expect(termForms({ term: 'x', forms: ['y', 'z'] })).toEqual(['y', 'z']);
  });
  it('finds a word at the start of a word, also in its plural and over a broken line', () => {
    expect(usesTerm(texts.get('a')!, ['klantmanager'])).toBe(true);
    expect(usesTerm(texts.get('a')!, ['Wet werk en bijstand'])).toBe(true);
    expect(usesTerm(texts.get('b')!, termForms({ term: 'basisbaan' }))).toBe(true);
    // a ligature the extraction split: "work fi rst-systeem"
    expect(usesTerm('met het zogenaamde work fi rst-systeem', ['work first'])).toBe(true);
  });
  it('does not find a word inside another word, nor an abbreviation in lower case', () => {
    expect(usesTerm(texts.get('b')!, ['drang'])).toBe(false);
    expect(usesTerm(texts.get('b')!, ['UWV'])).toBe(false);
    expect(documentsUsing({ term: 'drang' }, texts)).toEqual(['c']);
    expect(documentsUsing({ term: 'UWV' }, texts)).toEqual(['c']);
  });
  it('reports a document that is missing from the list and one that is listed but does not use the term', () => {
    expect(checkTermDocuments({ id: 'drang', term: 'drang', documents: ['c'] }, texts)).toEqual([]);
    const problems = checkTermDocuments({ id: 'klantmanager', term: 'klantmanager', documents: ['b'] }, texts);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('staat in a');
    expect(problems[1]).toContain('documents noemt b');
  });
});
