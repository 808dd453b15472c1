// Citing: names, APA references for the source documents and for our own pages.
// No zod here: the page script that fills in today's date imports this module.

export const SOURCE_KINDS = {
  essay: 'Essay',
  onderzoeksrapport: 'Onderzoeksrapport',
  bundel: 'Beleidsbundel',
  beschouwing: 'Beschouwing in een tijdschrift',
  dossier: 'Tijdschriftdossier',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

export interface Person {
  /** family name without prefix: "Meer" for Jelle van der Meer */
  family: string;
  given: string;
  /** Dutch name prefix (tussenvoegsel): "van der" */
  prefix?: string | undefined;
  role?: string | undefined;
}

/** The parts of a source document a reference needs. */
export interface CitableSource {
  title: string;
  subtitle?: string | undefined;
  authors: Person[];
  groupAuthor?: string | undefined;
  publisher?: string | undefined;
  outlet?: string | undefined;
  year: number;
  yearInferred: boolean;
  kind: SourceKind;
}

/** "Kremer, Van der Meer en Ham" as Dutch prose writes names. */
export function proseName(p: Person): string {
  if (!p.prefix) return `${p.given} ${p.family}`;
  return `${p.given} ${p.prefix} ${p.family}`;
}

/** Family name as it starts a sentence in Dutch: "Van der Meer". */
export function proseFamily(p: Person): string {
  if (!p.prefix) return p.family;
  return `${p.prefix.charAt(0).toUpperCase()}${p.prefix.slice(1)} ${p.family}`;
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

function initials(given: string): string {
  return given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join(' ');
}

/** An author in an APA reference list, Dutch convention: "Meer, J. van der". */
export function apaName(p: Person): string {
  return `${p.family}, ${initials(p.given)}${p.prefix ? ` ${p.prefix}` : ''}`;
}

/** APA 7 author list: "A, B, & C". */
export function apaAuthors(people: readonly Person[]): string {
  const names = people.map(apaName);
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/**
 * APA reference for a source document. Where the year is inferred it is put in square brackets,
 * as APA does for information supplied by the citer.
 */
export function apaReference(s: CitableSource): string {
  const who = s.groupAuthor ?? (s.authors.length > 0 ? apaAuthors(s.authors) : s.title);
  const year = s.yearInferred ? `[${s.year}]` : String(s.year);
  const title = s.subtitle ? `${s.title}: ${s.subtitle}` : s.title;
  const where = [s.outlet, s.publisher].filter(Boolean).join('. ');
  if (!s.groupAuthor && s.authors.length === 0) {
    return `${title}. (${year}). ${SOURCE_KINDS[s.kind]}${where ? `. ${where}` : ''}.`;
  }
  const whoEnd = who.endsWith('.') ? who : `${who}.`;
  const publisher = s.groupAuthor && s.publisher === s.groupAuthor ? s.outlet : where;
  return `${s.groupAuthor ? whoEnd : who} (${year}). ${title} [${SOURCE_KINDS[s.kind].toLowerCase()}]${publisher ? `. ${publisher}` : ''}.`;
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' });

export function formatLongDate(d: Date): string {
  return longDate.format(d);
}

/**
 * APA 7 reference for one of our own pages: the site is the author, the last review is the date,
 * and because the page may change, the date the reader consulted it.
 */
export function apaPageCitation(opts: { siteName: string; title: string; url: string; reviewed: Date; consulted: Date }): string {
  const { siteName, title, url, reviewed, consulted } = opts;
  return `${siteName}. (${reviewed.getUTCFullYear()}, ${dayMonth.format(reviewed)}). ${title}. Geraadpleegd op ${formatLongDate(consulted)}, van ${url}`;
}

/** APA 7 reference for an interactive chart in a given state ("z.d.": the chart has no fixed date). */
export function apaWidgetCitation(opts: { siteName?: string; title: string; url: string; consulted: Date }): string {
  const site = opts.siteName ?? 'Bijstand uitgelegd';
  return `${site}. (z.d.). ${opts.title} [Interactieve grafiek]. Geraadpleegd op ${formatLongDate(opts.consulted)}, van ${opts.url}`;
}

/**
 * A source line for one figure, to paste under a quote in an article: the figure with what it
 * measures, the document it comes from (its APA reference and the part of it), and the page of
 * ours where the reader found it. `origin` is the figure's own provenance, already in words.
 */
export function figureCitation(opts: { figure: string; measures: string; period: string; place: string; origin: string; siteName: string; pageTitle: string; pageUrl: string }): string {
  const { figure, measures, period, place, origin, siteName, pageTitle, pageUrl } = opts;
  return `${figure}: ${measures} (${period}, ${place}). Bron: ${origin} Gevonden via ${siteName}, ‘${pageTitle}’, ${pageUrl}`;
}
