// Search that says when a word is not on the site. Pagefind, finding nothing for a word, quietly
// searches for a shorter part of it: "kostendelersnorm" gave 18 results for "kosten". The search
// page then says that the word itself is not here, and offers the nearest glossary terms.
// Pure functions: the page gives them the marked words of the results and the glossary.

/** Lower case, without accents and punctuation: "Participatiewet’," → "participatiewet". */
export function normaliseWord(w: string): string {
  return w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The words of the query (four letters or more) that no result contains. A result "contains" a
 * word when one of its marked words starts with the word's first letters: Pagefind stems and
 * matches prefixes ("tegenprestatie" marks "tegenpresteerders"), so the last three letters may
 * differ, but a marked word shorter than that is a part of the word, not the word.
 */
export function missingWords(query: string, markedWords: readonly string[]): string[] {
  const marks = markedWords.map(normaliseWord).filter(Boolean);
  return query
    .split(/\s+/)
    .map((w) => ({ raw: w, norm: normaliseWord(w) }))
    .filter(({ norm }) => norm.length >= 4)
    .filter(({ norm }) => {
      const stem = norm.slice(0, Math.max(4, norm.length - 3));
      return !marks.some((m) => m.startsWith(stem));
    })
    .map(({ raw }) => raw);
}

/** Edit distance (Levenshtein), the classic two-row dynamic programme: small words, small lists. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

export interface Term {
  id: string;
  term: string;
}

/**
 * The glossary terms nearest to a word: those that share its start or one of its parts first
 * (a Dutch compound: "kostendelersnorm" → "kostendeler…"), then by edit distance relative to
 * length; at most `max`, and none that are too far off to help.
 */
export function nearestTerms(word: string, terms: readonly Term[], max = 3): Term[] {
  const w = normaliseWord(word);
  if (w.length < 3) return [];
  const scored = terms.map((t) => {
    const n = normaliseWord(t.term);
    let common = 0;
    while (common < Math.min(n.length, w.length) && n[common] === w[common]) common++;
    const sharesPart = common >= 5 || (n.length >= 5 && w.includes(n)) || (w.length >= 5 && n.includes(w));
    const distance = editDistance(w, n) / Math.max(w.length, n.length);
    return { t, score: sharesPart ? distance - 1 : distance };
  });
  return scored
    .filter((s) => s.score <= 0.45)
    .sort((a, b) => a.score - b.score || a.t.term.localeCompare(b.t.term, 'nl'))
    .slice(0, max)
    .map((s) => s.t);
}

/** The glossary entry a query names exactly (ignoring case and accents, and a plural -s or -en). */
export function termFor(query: string, terms: readonly Term[]): Term | undefined {
  const q = normaliseWord(query);
  if (!q) return undefined;
  return terms.find((t) => {
    const n = normaliseWord(t.term);
    return n === q || `${n}s` === q || `${n}en` === q || `${n}n` === q;
  });
}
