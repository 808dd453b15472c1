// The glossary in the search index: one Pagefind record per term, at its anchor on /begrippen/,
// titled and weighted by the term itself (trefwoorden weighs like a title, see search-ranking.ts),
// so that searching "tegenprestatie" gives its definition first and opens the page at the term.
// The /begrippen/ page itself is left out of the index: one page with every term would match
// every term, and open at its top.
import { readYamlLists } from './yaml-lists.ts';
import { projectPath } from './project-root.ts';

export interface GlossaryRecord {
  url: string;
  content: string;
  language: 'nl';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

export function glossaryRecord(entry: GlossaryEntry): GlossaryRecord {
  return {
    // without the site's base, like the URLs Pagefind gives the pages it indexes: in the browser
    // it puts the base in front of both (taken from where its bundle is, src/lib/client/search-dialog.ts)
    url: `/begrippen/#${entry.id}`,
    content: `${entry.term}. ${entry.definition}`,
    language: 'nl',
    meta: { title: entry.term, begrip: entry.term },
    filters: { soort: ['Begrip'] },
  };
}

export function glossaryRecords(dir = projectPath('content', 'glossary')): GlossaryRecord[] {
  return (readYamlLists(dir) as unknown as GlossaryEntry[]).map(glossaryRecord);
}
