// What the site shows about a figure's provenance, shared by the inline figure, the Kerncijfers
// table and the figures pages, so all three always say the same thing.
import { sitePath } from './site-path.ts';
import { describeCitedSource, type Figure } from './figures.ts';

export interface SourceLookup {
  (documentId: string): { title: string; shortTitle: string } | undefined;
}

/** URL of the figure's entry on the figures pages, where its full provenance stands. */
export function figureHref(figure: Figure): string {
  const group = figure.source.type === 'document' ? figure.source.document : 'statistiek';
  return sitePath(`/cijfers/${group}/#${figure.id}`);
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

/** Figures in the order a reader meets them: document figures by their first line, the others by id. */
export function inReadingOrder<T extends Figure>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) =>
    a.source.type === 'document' && b.source.type === 'document' ? a.source.lines[0] - b.source.lines[0] : a.id.localeCompare(b.id),
  );
}

/**
 * A document chapter's Kerncijfers: the figures of that document marked `key`, optionally only
 * those whose id starts with `prefix` (one chapter of a bundle), in reading order.
 */
export function keyFigures<T extends Figure>(figures: readonly T[], document: string, prefix = ''): T[] {
  return inReadingOrder(figures.filter((f) => f.key && f.id.startsWith(prefix) && f.source.type === 'document' && f.source.document === document));
}

export interface FigureGroup<T extends Figure = Figure> {
  /** the URL segment under /cijfers/: a document's id, or 'statistiek' */
  group: string;
  title: string;
  figures: T[];
}

/**
 * The figures pages: one per document that has figures (in the order of `documents`), then one
 * page 'statistiek' for the figures from statistics and our own calculations (see figureHref).
 */
export function figureGroups<T extends Figure>(documents: readonly { id: string; title: string }[], figures: readonly T[]): FigureGroup<T>[] {
  const groups: FigureGroup<T>[] = documents
    .map((d) => ({ group: d.id, title: d.title, figures: figures.filter((f) => f.source.type === 'document' && f.source.document === d.id) }))
    .filter((g) => g.figures.length > 0);
  const other = figures.filter((f) => f.source.type !== 'document');
  if (other.length > 0) groups.push({ group: 'statistiek', title: 'Statistieken en eigen berekeningen', figures: other });
  return groups;
}
