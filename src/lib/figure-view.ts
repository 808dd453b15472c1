// What the site shows about a figure's provenance, shared by the inline figure, the Kerncijfers
// table and the figures pages, so all three always say the same thing.
import { sitePath } from './site-path.ts';
import { describeCitedSource, formatFigure, type Figure } from './figures.ts';
import { apaReference, type CitableSource } from './citation.ts';

export interface SourceLookup {
  (documentId: string): { title: string; shortTitle: string } | undefined;
}

/** The figures page a figure stands on: its document's id, or 'statistiek'. */
export function figureGroup(figure: Figure): string {
  return figure.source.type === 'document' ? figure.source.document : 'statistiek';
}

/** URL of the figure's entry on the figures pages, where its full provenance stands. */
export function figureHref(figure: Figure): string {
  return sitePath(`/cijfers/${figureGroup(figure)}/#${figure.id}`);
}

/**
 * What a figure's popover adds once a reader opens it, from /cijfers/<group>/bronnen.json (by
 * figure id): the parts of its source line, the quote and the note. Kept out of the chapters'
 * HTML, where dozens of figures would carry them (see src/components/Cijfer.astro).
 */
export interface FigureDetails {
  /** the figure as printed, with its unit */
  figure: string;
  measures: string;
  period: string;
  place: string;
  /** where it comes from, in words, for the source line: "Kremer, M. … Onderdeel ‘…’." */
  origin: string;
  quote?: string;
  note?: string;
}

export interface CitableLookup {
  (documentId: string): CitableSource | undefined;
}

export function figureDetails(figure: Figure, lookup: CitableLookup): FigureDetails {
  const s = figure.source;
  const doc = s.type === 'document' ? lookup(s.document) : undefined;
  return {
    figure: formatFigure(figure),
    measures: figure.measures,
    period: figure.period,
    place: figure.place,
    origin: s.type === 'document' && doc ? `${apaReference(doc)} Onderdeel ‘${s.section}’.` : `${describeCitedSource(s)}.`,
    ...(s.type === 'document' ? { quote: s.snippet } : {}),
    ...(figure.note ? { note: figure.note } : {}),
  };
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
