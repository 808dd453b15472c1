import { describe, expect, it } from 'vitest';
import { quotesIn, quoteOccursIn, normaliseQuoteText } from '../../src/lib/quotes.ts';

const source = normaliseQuoteText(`De plicht is op deze manier min
der wreed dan verleiden met uitzicht op betaald werk. Over het algemeen besluit de overheid te bezuinigen op haar voorzie-
ningen. ‘Het vrijwilligerswerk dat jullie noemen, zoals
in een kinderboerderij helpen, is bij ons betaald werk.’`);

describe('quotations', () => {
  it('finds the quotations in MDX, without inner markup', () => {
    expect(quotesIn('Zij noemen het <q>minder <em>wreed</em></q> en <q>iets\n anders</q>.')).toEqual(['minder wreed', 'iets anders']);
  });
  it('accepts a verbatim quotation, across line breaks and hyphenation', () => {
    expect(quoteOccursIn('besluit de overheid te bezuinigen op haar voorzieningen', source)).toBe(true);
    expect(quoteOccursIn('minder wreed', source)).toBe(true);
  });
  it('accepts left-out words marked with […]', () => {
    expect(quoteOccursIn('Het vrijwilligerswerk dat jullie noemen […] is bij ons betaald werk', source)).toBe(true);
  });
  it('rejects words the source does not contain', () => {
    expect(quoteOccursIn('de overheid investeert in haar voorzieningen', source)).toBe(false);
    expect(quoteOccursIn('…', source)).toBe(false);
  });
});
