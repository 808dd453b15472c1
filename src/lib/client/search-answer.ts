// On the search page, above the results: a term's definition when the query names a glossary
// term, or a plain notice when a word of the query is not on the site at all (Pagefind then
// shows results for a part of it), with the nearest glossary terms. Browser-only; every text is
// set with textContent, never as markup.
import { SEARCH_RANKING } from '../search-ranking.ts';
import { missingWords, nearestTerms, termFor } from '../search-suggest.ts';
import { writeQuery } from '../search-query.ts';
import { SITE_BASE_URL } from './search-dialog.ts';

/** "/begrippen.json" → with the site's base (see search-dialog.ts for why not src/lib/site-path.ts). */
const sitePath = (path: string) => `${SITE_BASE_URL}${path.slice(1)}`;

interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
}

let glossary: Promise<GlossaryTerm[]> | undefined;
function loadGlossary(): Promise<GlossaryTerm[]> {
  glossary ??= fetch(sitePath('/begrippen.json'))
    .then((r) => (r.ok ? (r.json() as Promise<GlossaryTerm[]>) : []))
    .catch(() => []);
  return glossary;
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ excerpt: string }> }[] }>;
}
let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  // the same module the search UI loads: one copy of the index in memory
  const url = sitePath('/pagefind/pagefind.js'); // in dist/ only, written by the build: not a module Vite can see
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pf) => {
    await pf.options({ ranking: SEARCH_RANKING });
    return pf;
  });
  return pagefind;
}

/** The words Pagefind marked in the first results' excerpts. */
async function markedWords(term: string): Promise<string[]> {
  const pf = await loadPagefind();
  const found = await pf.search(term);
  const data = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
  return data.flatMap((d) => [...d.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** The card with a glossary term's definition, when the query names one. */
function definitionCard(term: string, terms: readonly GlossaryTerm[]): HTMLElement | undefined {
  const exact = termFor(term, terms);
  if (!exact) return undefined;
  const entry = terms.find((t) => t.id === exact.id)!;
  const card = el('section', undefined, 'box zoek-begrip');
  card.setAttribute('aria-labelledby', 'zoek-begrip-titel');
  const h = el('h2', `Begrip: ${entry.term}`);
  h.id = 'zoek-begrip-titel';
  const link = el('a', `${entry.term} bij de begrippen`);
  link.href = sitePath(`/begrippen/#${entry.id}`);
  const more = el('p');
  more.append(link);
  // the first sentence only: the card must leave room for the results on a phone
  const first = /^.+?[.!?](?=\s|$)/.exec(entry.definition)?.[0] ?? entry.definition;
  link.textContent = first === entry.definition ? `${entry.term} bij de begrippen` : `Lees verder bij de begrippen`;
  card.append(h, el('p', first), more);
  return card;
}

/**
 * The term's definition alone, from the glossary, without waiting for Pagefind: the search page
 * shows it while the search UI is still loading (it is the largest thing on the page, its LCP,
 * which waited 3,5 s for the whole search on a phone). showSearchAnswer keeps it and adds the rest.
 */
export async function showTermDefinition(box: HTMLElement, query: string): Promise<void> {
  const term = query.trim();
  const terms = await loadGlossary();
  if (box.dataset.answerFor === term) return;
  const card = term ? definitionCard(term, terms) : undefined;
  box.replaceChildren(...(card ? [card] : []));
  box.dataset.answerFor = term;
}

export async function showSearchAnswer(box: HTMLElement, query: string): Promise<void> {
  const term = query.trim();
  if (!term) {
    box.replaceChildren();
    box.dataset.answerFor = '';
    return;
  }
  const [terms, marks] = await Promise.all([loadGlossary(), markedWords(term).catch(() => [] as string[])]);
  // the definition card stays as it is (shown early, it is not painted twice); the note goes under it
  await showTermDefinition(box, term);
  box.querySelector('.zoek-ontbreekt')?.remove();
  const missing = missingWords(term, marks);
  if (missing.length > 0) {
    const note = el('div', undefined, 'box box-note zoek-ontbreekt');
    const words = missing.map((w) => `‘${w}’`).join(' en ');
    const shorter = [...new Set(marks.map((m) => m.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '')))].filter(Boolean).slice(0, 3);
    note.append(
      el(
        'p',
        `${missing.length === 1 ? 'Het woord' : 'De woorden'} ${words} ${missing.length === 1 ? 'staat' : 'staan'} niet op deze site.` +
          (shorter.length > 0 ? ` De resultaten hieronder bevatten alleen een deel ervan (${shorter.map((s) => `‘${s}’`).join(', ')}).` : ''),
      ),
    );
    const near = [...new Map(missing.flatMap((w) => nearestTerms(w, terms)).map((t) => [t.id, t])).values()].slice(0, 3);
    if (near.length > 0) {
      const p = el('p', 'Bedoel je: ');
      near.forEach((t, i) => {
        if (i > 0) p.append(i === near.length - 1 ? ' of ' : ', ');
        const a = el('a', t.term);
        a.href = writeQuery(sitePath('/zoeken/'), t.term);
        p.append(a);
      });
      p.append('?');
      note.append(p);
    }
    box.append(note);
  }
}
