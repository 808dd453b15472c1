// The links a widget has released, as data: every widget keeps src/widgets/<name>/released-links.ts
// with each link form it ever published (per schema version and, for a data widget, per data
// vintage) and what that link opened: the state and its numbers. tests/unit/released-links.test.ts
// checks every registered widget against its file, and that the file covers every released
// version, vintage and preset. Entries are only ever added: a link in a debate stays a link.
import type { DecodeOptions } from './state.ts';

export interface ReleasedLink<S> {
  /** the query as published ("?conjunctuur=-60&fonds=1&v=1"), '' for none */
  query: string;
  /** the page it was published on, as the decoder sees it; default: the widget's own page */
  page?: Omit<DecodeOptions, 'alsoKnown'>;
  /** the schema version that wrote it */
  version: number;
  /** data widgets: the data vintage it names (`data=`); without it, the newest */
  vintage?: string;
  /** the state it opened */
  state: S;
  /**
   * What it showed: the table's cells, row by row, and/or the summary. Each state (and vintage)
   * in the file needs its numbers pinned at least once.
   */
  table?: string[][];
  summary?: string;
  /** where it was published, or which form it is */
  note: string;
}

/** A link the site writes today for a state: the share link and the embed's address. */
export interface WrittenLink<S> {
  state: S;
  share: string;
  embed: string;
}

export interface ReleasedLinks<S> {
  links: ReleasedLink<S>[];
  written: WrittenLink<S>[];
}
