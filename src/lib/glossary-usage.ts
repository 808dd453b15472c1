// Which of the five documents use a glossary term: the glossary says so per term (`documents`),
// and `npm run verify:sources` checks that list against the source texts in both directions, so
// it names every document that uses the word and no other. Pure: takes the texts, not paths.
import { normaliseForComparison } from './snippets.ts';

export interface TermForms {
  term: string;
  /** the spellings to look for, when the term as shown is not one ("voorlopig, nader voorlopig en definitief budget") */
  forms?: readonly string[] | undefined;
}

/**
 * The spellings of a term to look for in a text: its `forms` if given, else the term itself and,
 * for "Wet werk en bijstand (WWB)", both the name and the abbreviation between the brackets.
 * A leading article ("de knip") is dropped: the texts also write "die knip".
 */
export function termForms({ term, forms }: TermForms): string[] {
  if (forms && forms.length > 0) return [...forms];
  const found: string[] = [];
  const bracket = /\(([^)]+)\)/.exec(term);
  const main = term.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  found.push(main.replace(/^(de|het|een)\s+/i, ''));
  // Dutch plurals that change the stem: "basisbaan" is written "basisbanen" as often
  if (/baan$/.test(main)) found.push(main.replace(/baan$/, 'banen'));
  // an abbreviation or a short name between brackets ("(WWB)", "(CPB)"), not an explanation ("(vangnet)")
  if (bracket && /^[A-Z][A-Za-z]{1,5}$/.test(bracket[1]!.trim())) found.push(bracket[1]!.trim());
  return found;
}

/** A text as the search sees it: a word broken over a line ("bijstands-\nuitkering") joined, whitespace as one space, lower case. */
export function searchableText(text: string): string {
  const joined = text
    .replace(/(\p{Ll})-[ \t]*\r?\n\s*(\p{Ll})/gu, '$1$2')
    // the PDF's ligatures came out with a space after them ("work fi rst", "fi nancieel")
    .replace(/(fi|fl) (?=\p{Ll})/gu, '$1');
  return normaliseForComparison(joined).toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does the text use one of the forms? A form matches at the start of a word and may go on
 * ("klantmanager" finds "klantmanagers"), but not inside a word ("drang" does not find "aandrang").
 * Abbreviations in capitals match only in capitals, as a whole word ("UWV", not "uwv" in a URL).
 */
export function usesTerm(text: string, forms: readonly string[]): boolean {
  const lower = searchableText(text);
  const plain = normaliseForComparison(text);
  return forms.some((form) => {
    if (/^[A-Z0-9]{2,6}$/.test(form)) return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{Lu}])`, 'u').test(plain);
    const pattern = escape(form.toLowerCase()).replace(/\\?\s+/g, '[\\s-]+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, 'u').test(lower);
  });
}

/** The ids of the documents whose text uses the term, in the order of `texts`. */
export function documentsUsing(entry: TermForms, texts: ReadonlyMap<string, string>): string[] {
  const forms = termForms(entry);
  return [...texts].filter(([, text]) => usesTerm(text, forms)).map(([id]) => id);
}

/** What is wrong with a term's `documents` list against the texts, in Dutch; empty when it is right. */
export function checkTermDocuments(entry: TermForms & { id: string; documents: readonly string[] }, texts: ReadonlyMap<string, string>): string[] {
  const actual = documentsUsing(entry, texts);
  const problems: string[] = [];
  const forms = termForms(entry).map((f) => `‘${f}’`).join(' of ');
  for (const id of actual) if (!entry.documents.includes(id)) problems.push(`begrip "${entry.id}": ${forms} staat in ${id}, maar dat document ontbreekt in documents`);
  for (const id of entry.documents) if (!actual.includes(id)) problems.push(`begrip "${entry.id}": documents noemt ${id}, maar ${forms} staat daar niet in`);
  return problems;
}
