// Dutch compound nouns and search.
//
// Pagefind stems Dutch words and matches prefixes, so "bijstand" finds "bijstandsuitkering". It
// does not split compounds, so "uitkering" would not find a page that only says
// "bijstandsuitkering". We therefore give every page a hidden list of the compound heads that its
// text contains ("uitkering", "bestand", "budget"...), as Pagefind metadata, which Pagefind
// searches too. This is a hand-written exception to "prefer a library": no maintained Dutch
// decompounder exists on npm, and a fixed list of the heads that matter on this site is easy to
// read and to test.

/**
 * Heads of compounds that readers search for on their own. Each entry lists the forms that may
 * end a compound word and the keyword to add. Longer forms come first so "uitkeringen" wins over
 * "uitkering".
 */
const COMPOUND_HEADS: ReadonlyArray<{ forms: readonly string[]; keyword: string }> = [
  { forms: ['uitkeringen', 'uitkering'], keyword: 'uitkering' },
  { forms: ['bestanden', 'bestand'], keyword: 'bestand' },
  { forms: ['budgetten', 'budget'], keyword: 'budget' },
  { forms: ['gerechtigden', 'gerechtigde'], keyword: 'gerechtigde' },
  { forms: ['ontvangers', 'ontvanger'], keyword: 'ontvanger' },
  { forms: ['managers', 'manager'], keyword: 'manager' },
  { forms: ['banen', 'baan'], keyword: 'baan' },
  { forms: ['beleid'], keyword: 'beleid' },
  { forms: ['markten', 'markt'], keyword: 'markt' },
  { forms: ['fondsen', 'fonds'], keyword: 'fonds' },
  { forms: ['plichten', 'plicht'], keyword: 'plicht' },
  { forms: ['wetten', 'wet'], keyword: 'wet' },
  { forms: ['diensten', 'dienst'], keyword: 'dienst' },
  { forms: ['loketten', 'loket'], keyword: 'loket' },
  { forms: ['teams', 'team'], keyword: 'team' },
  { forms: ['verzekeringen', 'verzekering'], keyword: 'verzekering' },
  { forms: ['prestaties', 'prestatie'], keyword: 'prestatie' },
  { forms: ['scholing'], keyword: 'scholing' },
  { forms: ['werkloosheid'], keyword: 'werkloosheid' },
  { forms: ['armoede'], keyword: 'armoede' },
  { forms: ['loads', 'load'], keyword: 'caseload' },
];

/** The shortest first part a compound may have: avoids splitting "wet" off "zweet", etc. */
const MIN_MODIFIER_LENGTH = 3;

/** Synonyms and spelling variants readers type; the key is added when a value occurs. */
const SYNONYMS: ReadonlyArray<{ keyword: string; when: RegExp }> = [
  { keyword: 'uitkering', when: /\bbijstand\b/i },
  { keyword: 'werklozen', when: /\bwerkloosheid\b/i },
  { keyword: 'WWB', when: /\bWet werk en bijstand\b/i },
  { keyword: 'Pw', when: /\bParticipatiewet\b/ },
  { keyword: 'Abw', when: /\bAlgemene Bijstandswet\b/i },
  { keyword: 'klantmanager consulent', when: /\bklantmanagers?\b/i },
  { keyword: 'caseload', when: /\bcaseloads?\b/i },
];

/**
 * Keywords to add to a page's search metadata: the heads of compounds in its text, plus the
 * synonyms that apply. Sorted and without duplicates, so the output is stable between builds.
 */
export function compoundKeywords(text: string): string[] {
  const found = new Set<string>();
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of new Set(words)) {
    for (const { forms, keyword } of COMPOUND_HEADS) {
      const form = forms.find((f) => word.endsWith(f));
      if (!form) continue;
      // a compound: something before the head (a linking -s- or -en- counts as part of it)
      if (word.length - form.length >= MIN_MODIFIER_LENGTH) found.add(keyword);
      break;
    }
  }
  for (const { keyword, when } of SYNONYMS) {
    if (when.test(text)) found.add(keyword);
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'nl'));
}
