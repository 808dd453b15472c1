// What the site shows about a figure's provenance, shared by the inline figure, the Kerncijfers
// table and the figures pages, so all three always say the same thing.
import { describeCitedSource, type Figure } from './figures.ts';

export interface SourceLookup {
  (documentId: string): { title: string; shortTitle: string } | undefined;
}

/** URL of the figure's entry on the figures pages, where its full provenance stands. */
export function figureHref(figure: Figure): string {
  const group = figure.source.type === 'document' ? figure.source.document : 'statistiek';
  return `/cijfers/${group}/#${figure.id}`;
}

/** One line naming where the figure stands: "Een betere bijstand, § Harde arbeidsmarkt". */
export function whereItStands(figure: Figure, lookup: SourceLookup): string {
  const s = figure.source;
  switch (s.type) {
    case 'document': {
      const doc = lookup(s.document);
      return `${doc ? doc.title : s.document}, onderdeel ‘${s.section}’`;
    }
    case 'statistics':
      return `${s.publisher}, ${s.table}`;
    case 'computed':
      return 'eigen berekening';
  }
}

export { describeCitedSource };
