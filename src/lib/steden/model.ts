// "Gemeenten kiezen hun eigen weg": the cities and projects of two documents compared on the same
// questions. Pure and browser-safe (the widget's island imports it): the data arrive resolved, as
// built by src/lib/steden/resolve.ts from content/steden/steden.yaml and content/figures, so that
// no figure formatting or YAML reading happens here. This module selects, sorts and words them.

export const ASPECTEN = ['aanpak', 'omvang', 'afstand', 'caseload', 'tegenprestatie', 'sancties', 'programma', 'resultaten'] as const;
export type Aspect = (typeof ASPECTEN)[number];

export const ASPECT_LABEL: Record<Aspect, string> = {
  aanpak: 'Aanpak',
  omvang: 'Mensen in de bijstand',
  afstand: 'Groep ver van werk',
  caseload: 'Klanten per klantmanager',
  tegenprestatie: 'Tegenprestatie',
  sancties: 'Sancties',
  programma: 'Programma’s',
  resultaten: 'Resultaten volgens het stuk',
};

/** The aspects with a number to sort and draw by. */
export const NUMERIC_ASPECTS = ['omvang', 'caseload'] as const satisfies readonly Aspect[];
export type NumericAspect = (typeof NUMERIC_ASPECTS)[number];

export const SORT_COLUMNS = ['naam', ...NUMERIC_ASPECTS] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const STATUSES = ['vermeld', 'niet vermeld', 'tegenstrijdig'] as const;
export type Status = (typeof STATUSES)[number];

export const GROUPS = ['nederland', 'buitenland', 'anoniem'] as const;
export type Group = (typeof GROUPS)[number];

/** Where a statement stands: the document, its section, the lines and the verbatim snippet. */
export interface Bron {
  document: string;
  section: string;
  lines: [number, number];
  snippet: string;
  /** the figure record the statement's number comes from, if any */
  figure?: string;
  /** a figure we computed: the records it comes from are the sources */
  computed?: boolean;
}

export interface ResolvedStatement {
  /** our own words, with each {figure-id} replaced by the figure as the site prints it */
  text: string;
  /** the short form of each figure in the text, in order (for the chart's labels) */
  numbers: { figure: string; value: number; short: string }[];
  sources: Bron[];
}

export interface ResolvedCell {
  status: Status;
  statements: ResolvedStatement[];
  note?: string;
}

export interface ResolvedCity {
  id: string;
  name: string;
  short: string;
  document: string;
  documentTitle: string;
  documentShortTitle: string;
  /** the document chapter page the city is on (a chapter id, e.g. zachte-hand/rotterdam) */
  page: string;
  group: Group;
  period: string;
  cells: Record<Aspect, ResolvedCell>;
}

export interface StedenData {
  cities: ResolvedCity[];
}

export interface SortOrder {
  column: SortColumn;
  descending: boolean;
}

export type StedenState = {
  steden: string[];
  aspecten: Aspect[];
  sorteer: SortOrder;
};

/**
 * The number a city sorts and is drawn by for a numeric aspect: the lowest of the first figures of
 * the cell's statements (so a contradiction sorts by its lower number, and a range by its lower
 * end); null when the cell names no number.
 */
export function sortValue(cell: ResolvedCell): number | null {
  const firsts = cell.statements.map((s) => s.numbers[0]?.value).filter((v): v is number => v !== undefined);
  return firsts.length > 0 ? Math.min(...firsts) : null;
}

const byName = (a: ResolvedCity, b: ResolvedCity) => a.name.localeCompare(b.name, 'nl');

/**
 * Sorts cities: by name, or by a numeric aspect. Cities without a number for that aspect come
 * last whichever the direction, in name order; ties go by name.
 */
export function sortCities(cities: readonly ResolvedCity[], order: SortOrder): ResolvedCity[] {
  if (order.column === 'naam') {
    const sorted = [...cities].sort(byName);
    return order.descending ? sorted.reverse() : sorted;
  }
  const aspect = order.column;
  const withValue = cities.filter((c) => sortValue(c.cells[aspect]) !== null);
  const without = cities.filter((c) => sortValue(c.cells[aspect]) === null).sort(byName);
  withValue.sort((a, b) => {
    const d = sortValue(a.cells[aspect])! - sortValue(b.cells[aspect])!;
    return (order.descending ? -d : d) || byName(a, b);
  });
  return [...withValue, ...without];
}

/**
 * A section heading, shortened for a table cell: its last part, without a note in brackets
 * ("Activering in Rotterdam: Op gesprek" → "Op gesprek").
 */
export function shortSection(section: string): string {
  const parts = section.replace(/ \(.*\)$/, '').split(': ');
  return parts.length > 1 ? parts.slice(1).join(': ') : parts[0]!;
}

function statementText(s: ResolvedStatement): string {
  // in quotes, as the site cites a section ("‘4.2 Over de sociale diensten’")
  const sections = [...new Set(s.sources.map((b) => `‘${shortSection(b.section)}’`))];
  return `${s.text} [${sections.join('; ')}]`;
}

/** A cell as the table writes it: every statement with the section it comes from, or "niet vermeld". */
export function cellText(cell: ResolvedCell): string {
  if (cell.status === 'niet vermeld') return cell.note ? `niet vermeld (${cell.note})` : 'niet vermeld';
  const parts = cell.statements.map(statementText);
  if (cell.status === 'tegenstrijdig') return `Tegenstrijdig: ${parts.map((p) => `• ${p}`).join(' ')}`;
  return parts.join(' ');
}

export interface StedenModel {
  cities: ResolvedCity[];
  aspects: Aspect[];
  /** selected ids the data do not have (an old link): left out, and said so */
  unknown: string[];
}

export function stedenModel(state: StedenState, data: StedenData): StedenModel {
  const chosen = state.steden.map((id) => data.cities.find((c) => c.id === id));
  const cities = chosen.filter((c): c is ResolvedCity => c !== undefined);
  const unknown = state.steden.filter((_, i) => chosen[i] === undefined);
  // the aspects in their fixed order, whatever order the link names them in
  const aspects = ASPECTEN.filter((a) => state.aspecten.includes(a));
  return { cities: sortCities(cities, state.sorteer), aspects, unknown };
}

const listNl = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

export function sortWords(order: SortOrder): string {
  if (order.column === 'naam') return order.descending ? 'op naam, van Z naar A' : 'op naam';
  return `op ${ASPECT_LABEL[order.column].toLowerCase()}, ${order.descending ? 'hoogste eerst' : 'laagste eerst'}`;
}

export function stedenSummary(state: StedenState, m: StedenModel): string {
  const names = m.cities.map((c) => c.short);
  const counts = { vermeld: 0, 'niet vermeld': 0, tegenstrijdig: 0 };
  for (const c of m.cities) for (const a of m.aspects) counts[c.cells[a].status]++;
  const contradictions = m.cities.flatMap((c) => m.aspects.filter((a) => c.cells[a].status === 'tegenstrijdig').map((a) => `${c.short} (${ASPECT_LABEL[a].toLowerCase()})`));
  const parts = [
    `De tabel vergelijkt ${listNl(names)} op ${listNl(m.aspects.map((a) => ASPECT_LABEL[a].toLowerCase()))}, gesorteerd ${sortWords(state.sorteer)}.`,
    counts['niet vermeld'] === 0
      ? `Bij alle ${counts.vermeld + counts.tegenstrijdig} cellen zegt het stuk iets.`
      : `Bij ${counts['niet vermeld']} van de ${counts.vermeld + counts['niet vermeld'] + counts.tegenstrijdig} cellen zegt het stuk niets.`,
    contradictions.length > 0 ? `Het stuk spreekt zichzelf tegen bij ${listNl(contradictions)}.` : 'Geen van deze cellen is tegenstrijdig.',
  ];
  return parts.join(' ');
}
