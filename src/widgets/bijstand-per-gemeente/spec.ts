// The widget "Bijstand per gemeente": a map of the Netherlands by municipality for 2015–2017 (CBS),
// recipients per 1 000 inhabitants of an age group, with the reader's own municipality next to the
// national value and municipalities of about the same size. Runs in the browser too (the island
// imports it): no long texts here (words.ts), no Node modules.
import * as z from 'zod/mini';
import { choiceField, listField, numberField, sortField, type SortOrder, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { CHART_LICENCE } from '../../lib/site.ts';
import {
  AGE_GROUPS,
  AGE_WORDS,
  CLASS_BOUNDS,
  classLabels,
  classOf,
  formatDensity,
  formatNumber,
  MARKED_CITIES,
  nationalOf,
  placeIn,
  placesOf,
  byName,
  predecessorsOf,
  similarSized,
  successorIn,
  YEARS,
  yearGeometries,
  type AgeGroup,
  type GemeenteData,
  type MarkedCity,
  type Merger,
  type Place,
  type Year,
} from '../../lib/bijstand-gemeenten/model.ts';
import { gemeenteView } from './view.ts';

export const SORT_COLUMNS = ['naam', 'inwoners', 'ontvangers', 'dichtheid', 'verschil'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
const CODE = /^GM\d{4}$/;
const isCode = (s: string): s is string => CODE.test(s);

export const gemeenteStateSchema = z.strictObject({
  jaar: z.number().check(z.int(), z.minimum(2015), z.maximum(2017)),
  leeftijd: z.enum(AGE_GROUPS),
  /** the reader's municipality (a CBS code of any of the three years), or none */
  gemeente: z.array(z.string().check(z.regex(CODE))).check(z.maxLength(1)),
  /** the order of the table of all municipalities */
  sorteer: z.strictObject({ column: z.enum(SORT_COLUMNS), descending: z.boolean() }),
});
export type GemeenteState = z.infer<typeof gemeenteStateSchema>;

export const gemeenteState: WidgetStateSpec<GemeenteState> = {
  name: 'bijstand-per-gemeente',
  version: 1,
  schema: gemeenteStateSchema,
  defaults: { jaar: 2017, leeftijd: 'alle', gemeente: [], sorteer: { column: 'naam', descending: false } },
  fields: {
    jaar: numberField('jaar', 'jaar', 2015, 2017, 1),
    leeftijd: choiceField('leeftijd', 'leeftijdsgroep', AGE_GROUPS),
    gemeente: listField('gemeente', 'gemeente', isCode, { max: 1, examples: ['GM0599', 'GM0363', 'GM0381'] }),
    sorteer: sortField('sorteer', 'sortering', SORT_COLUMNS) as never as ReturnType<typeof sortField<SortColumn>>,
  },
  presets: {
    'eind-2017': {
      label: 'Alle gemeenten, eind 2017',
      description: 'De nieuwste stand in deze bron: bijstandsontvangers per 1 000 inwoners van 15 jaar en ouder, eind december 2017.',
      state: {},
    },
    'tot-aow-leeftijd': {
      label: 'Tot de AOW-leeftijd',
      description: 'Alleen mensen van 15 jaar tot de AOW-leeftijd: de groep waar de Participatiewet over gaat. Eind december 2017.',
      state: { leeftijd: 'tot-aow' },
    },
    rotterdam: {
      label: 'Rotterdam',
      description: 'Rotterdam, een stad uit het dossier, naast het landelijke cijfer en even grote gemeenten.',
      state: { gemeente: ['GM0599'] },
    },
    'eind-2015': {
      label: 'Eind 2015',
      description: 'De eerste stand in deze bron, met de gemeenten van 2015: vóór de samenvoegingen van 2016 en 2017.',
      state: { jaar: 2015 },
    },
  },
  migrations: {},
};

export interface CompareRow {
  place: Place;
  /** per 1 000 in each year of the source, following mergers (null: no value, undefined: did not exist) */
  history: (number | null | undefined)[];
  why: string;
  href?: string;
}

export interface FullRow extends Place {
  /** per 1 000 now minus per 1 000 in the first year (computed), undefined when not comparable */
  verschil: number | undefined;
  cls: number;
}

export interface Selection {
  asked: string;
  /** the municipality shown for the asked code in this year (itself, or what it merged into) */
  place: Place | undefined;
  askedName: string | undefined;
  similar: Place[];
  history: { year: Year; place: Place | undefined }[];
  /** why the asked municipality is shown as another one, or what it was made of */
  note: string | undefined;
  /** what the map outlines: the municipality, or the ones it was made of in a year before it existed */
  outline: string[];
  predecessors: Merger[];
}

export interface GemeenteModel {
  year: Year;
  age: AgeGroup;
  bounds: readonly number[];
  labels: string[];
  national: Place;
  places: readonly Place[];
  /** class per municipality code (-1: no value) */
  classes: Map<string, number>;
  geometries: ReturnType<typeof yearGeometries>;
  data: GemeenteData;
  lowest: Place;
  highest: Place;
  selection: Selection | undefined;
  /** a code the link names that none of the three years has */
  unknown: string | undefined;
  marked: (MarkedCity & { place: Place | undefined })[];
  compareRows: CompareRow[];
  /** every municipality of the year, in the table's order (built on first call) */
  allRows(): FullRow[];
}

function historyOf(data: GemeenteData, code: string, age: AgeGroup): { year: Year; place: Place | undefined }[] {
  return YEARS.map((year) => ({ year, place: placeOrRenamedIn(data, code, year, age) }));
}

/**
 * The municipality in `year`, or, for a year before it got a new name and code (Groesbeek →
 * Berg en Dal in 2016), the same territory under its old name: a renaming is not a merger, so
 * its history goes on. A municipality made of several others has no history before it existed.
 */
export function placeOrRenamedIn(data: GemeenteData, code: string, year: Year, age: AgeGroup): Place | undefined {
  const own = placeIn(data, code, year, age);
  if (own) return own;
  const preds = predecessorsOf(data, code);
  const only = preds.length === 1 ? preds[0]! : undefined;
  return only && year < only.year && isRename(data, only) ? placeOrRenamedIn(data, only.from, year, age) : undefined;
}

/** A new code for the same territory (a new name), not a merger: the only predecessor of a code that is new that year. */
export function isRename(data: GemeenteData, m: Merger): boolean {
  const existedBefore = placeIn(data, m.to, (m.year - 1) as Year, 'alle') !== undefined;
  return !existedBefore && predecessorsOf(data, m.to).length === 1;
}

function mergerNote(data: GemeenteData, asked: string, askedName: string | undefined, shownCode: string | undefined, year: Year): string | undefined {
  const parts: string[] = [];
  if (shownCode && shownCode !== asked) {
    const m = data.mergers.find((x) => x.from === asked)!;
    parts.push(
      isRename(data, m)
        ? `${askedName} heet sinds ${m.year} ${m.toName} (met een nieuwe gemeentecode); de kaart toont ${m.toName}.`
        : `${askedName} is in ${m.year} opgegaan in ${m.toName}; de kaart toont ${m.toName}.`,
    );
  } else if (!shownCode) {
    const first = YEARS.find((y) => placeIn(data, asked, y, 'alle') !== undefined);
    if (first && first > year) parts.push(`${askedName} bestond in ${year} nog niet; die gemeente is in ${first} ontstaan.`);
  }
  const preds = predecessorsOf(data, shownCode ?? asked);
  if (preds.length > 0 && !(shownCode && shownCode !== asked)) {
    const since = preds[0]!.year;
    const names = preds.map((p) => p.fromName);
    parts.push(
      isRename(data, preds[0]!)
        ? `Tot ${since} heette deze gemeente ${names[0]}; de cijfers van ${names[0]} staan bij de jaren daarvoor.`
        : `Sinds ${since} ${names.length === 1 ? 'hoort' : 'horen'} ${joinNames(names)} bij ${askedName ?? 'deze gemeente'}: de cijfers van eerder gaan over een ander gebied.`,
    );
  }
  return parts.length ? parts.join(' ') : undefined;
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

export function gemeenteModel(state: GemeenteState, data: GemeenteData): GemeenteModel {
  const year = state.jaar as Year;
  const age = state.leeftijd;
  const bounds = CLASS_BOUNDS[age];
  const places = placesOf(data, year, age);
  const national = nationalOf(data, year, age)!;
  const classes = new Map(places.map((p) => [p.code, classOf(p.dichtheid, bounds)]));
  let lowest: Place | undefined;
  let highest: Place | undefined;
  for (const p of places) {
    if (p.dichtheid === null) continue;
    if (!lowest || p.dichtheid < lowest.dichtheid! || (p.dichtheid === lowest.dichtheid && byName(p.naam, lowest.naam) < 0)) lowest = p;
    if (!highest || p.dichtheid > highest.dichtheid! || (p.dichtheid === highest.dichtheid && byName(p.naam, highest.naam) > 0)) highest = p;
  }

  const asked = state.gemeente[0];
  const anyYearName = (code: string) => [...YEARS].reverse().map((y) => placeIn(data, code, y, 'alle')?.naam).find(Boolean);
  let selection: Selection | undefined;
  let unknown: string | undefined;
  if (asked) {
    const askedName = anyYearName(asked);
    if (!askedName) unknown = asked;
    else {
      const shownCode = successorIn(data, asked, year);
      const shown = shownCode ? placeIn(data, shownCode, year, age) : undefined;
      selection = {
        asked,
        askedName,
        place: shown,
        similar: shown ? similarSized(places, shown.code) : [],
        history: historyOf(data, shownCode ?? asked, age),
        note: mergerNote(data, asked, askedName, shownCode, year),
        predecessors: predecessorsOf(data, shownCode ?? asked),
        outline: shown ? [shown.code] : predecessorsOf(data, asked).map((m) => m.from).filter((c) => placeIn(data, c, year, age)),
      };
    }
  }

  const densityIn = (code: string, y: Year) => {
    const p = placeOrRenamedIn(data, code, y, age);
    return p ? p.dichtheid : undefined;
  };
  const compare = (place: Place, why: string, href?: string): CompareRow => ({ place, history: YEARS.map((y) => densityIn(place.code, y)), why, ...(href ? { href } : {}) });
  const marked = MARKED_CITIES.map((c) => ({ ...c, place: placeIn(data, c.code, year, age) }));
  const compareRows: CompareRow[] = [compare(national, 'landelijk cijfer')];
  if (selection?.place) {
    compareRows.push(compare(selection.place, 'jouw keuze'));
    for (const s of selection.similar) compareRows.push(compare(s, 'even groot'));
  } else if (selection) {
    // a municipality that did not exist yet: the ones it was made of, as they were that year
    for (const m of selection.predecessors) {
      const p = placeIn(data, m.from, year, age);
      if (p) compareRows.push(compare(p, `ging in ${m.year} op in ${m.toName}`));
    }
  }
  const listed = new Set(compareRows.map((r) => r.place.code));
  // the dossier's five cities; the others of the documents are marked on the map and in the full table
  for (const m of marked) if (m.label && m.place && !listed.has(m.code)) compareRows.push(compare(m.place, m.why, m.href));

  // only the island's table of all municipalities needs these: built when first asked for
  let fullRows: FullRow[] | undefined;
  const allRows = () =>
    (fullRows ??= sortRows(
      places.map((p) => {
        const then = placeIn(data, p.code, YEARS[0], age);
        const comparable = then && then.dichtheid !== null && p.dichtheid !== null && predecessorsOf(data, p.code).length === 0;
        return { ...p, verschil: comparable ? Math.round((p.dichtheid! - then.dichtheid!) * 10) / 10 : undefined, cls: classes.get(p.code)! };
      }),
      state.sorteer,
    ));

  return {
    year,
    age,
    bounds,
    labels: classLabels(bounds),
    national,
    places,
    classes,
    geometries: yearGeometries(data, year),
    data,
    lowest: lowest!,
    highest: highest!,
    selection,
    unknown,
    marked,
    compareRows,
    allRows,
  };
}

/** Sorts in place: the chosen column, then the name; rows without a value last in either direction. */
export function sortRows(rows: FullRow[], order: SortOrder<SortColumn>): FullRow[] {
  const { column, descending } = order;
  const sign = descending ? -1 : 1;
  return rows.sort((a, b) => {
    if (column === 'naam') return sign * byName(a.naam, b.naam);
    const x = a[column] ?? null;
    const y = b[column] ?? null;
    if (x === null || y === null) return x === y ? byName(a.naam, b.naam) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a.naam, b.naam);
  });
}

const yearWords = (y: Year) => `eind december ${y}`;

function comparedToNational(value: number | null, national: number | null): string {
  if (value === null || national === null) return '';
  if (value === national) return ', even veel als in heel Nederland';
  return value > national ? `, meer dan in heel Nederland (${formatDensity(national)})` : `, minder dan in heel Nederland (${formatDensity(national)})`;
}

export function gemeenteSummary(state: GemeenteState, m: GemeenteModel): string {
  const who = `inwoners ${AGE_WORDS[m.age]}`;
  const parts = [
    `${capitalise(yearWords(m.year))} kregen in Nederland ${formatDensity(m.national.dichtheid)} op de 1.000 ${who} bijstand.`,
    `Per gemeente liep dat uiteen van ${formatDensity(m.lowest.dichtheid)} in ${m.lowest.naam} tot ${formatDensity(m.highest.dichtheid)} in ${m.highest.naam}.`,
  ];
  if (m.unknown) parts.push('De link noemt een gemeentecode die in deze cijfers niet voorkomt.');
  const s = m.selection;
  if (s?.place) {
    const p = s.place;
    parts.push(`In ${p.naam} waren het er ${formatDensity(p.dichtheid)}${comparedToNational(p.dichtheid, m.national.dichtheid)}.`);
    const earlier = s.history.filter((h) => h.year !== m.year && h.place && h.place.dichtheid !== null);
    if (earlier.length && s.predecessors.length === 0) parts.push(`${earlier.map((h) => `Eind ${h.year}: ${formatDensity(h.place!.dichtheid)}`).join('. ')}.`);
  }
  if (s?.note) parts.push(s.note);
  return parts.join(' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const WIDGET_TITLE = 'Bijstand per gemeente';

export function gemeenteTitle(state: GemeenteState, m: GemeenteModel): string {
  const parts = [m.selection?.askedName, `eind ${m.year}`, m.age === 'alle' ? undefined : AGE_WORDS[m.age]].filter(Boolean);
  return `${WIDGET_TITLE}: ${parts.join(', ')}`;
}

export function gemeenteWords(state: GemeenteState, m: GemeenteModel): string {
  const sort = state.sorteer.column === 'naam' && !state.sorteer.descending ? '' : ` Tabel gesorteerd op ${SORT_LABELS[state.sorteer.column]}, ${state.sorteer.descending ? 'aflopend' : 'oplopend'}.`;
  return `Bijstandsontvangers per 1.000 inwoners ${AGE_WORDS[m.age]}, ${yearWords(m.year)}${m.selection ? `; gekozen gemeente: ${m.selection.askedName}` : ''}.${sort}`;
}

export const SORT_LABELS: Record<SortColumn, string> = {
  naam: 'gemeente',
  inwoners: 'inwoners',
  ontvangers: 'bijstandsontvangers',
  dichtheid: 'per 1.000 inwoners',
  verschil: 'verschil met 2015',
};

const historyCell = (v: number | null | undefined) => (v === undefined ? 'bestond niet' : formatDensity(v));

export const gemeenteSpec: WidgetSpec<GemeenteState, GemeenteModel, CompareRow, GemeenteData> = {
  name: 'bijstand-per-gemeente',
  title: WIDGET_TITLE,
  kind: 'data',
  state: gemeenteState,
  defaultPreset: 'eind-2017',
  vintages: { released: [{ id: '2026-12', label: 'CBS-cijfers over 2015–2017, overgenomen in december 2026', released: '2026-12-02' }] },
  model: gemeenteModel,
  view: gemeenteView,
  summary: gemeenteSummary,
  table: {
    caption: (_s, m) =>
      `Bijstandsontvangers ${AGE_WORDS[m.age]}, ${yearWords(m.year)}: Nederland, ${m.selection?.place ? `${m.selection.place.naam}, even grote gemeenten ` : ''}en steden uit de documenten`,
    rows: (_s, m) => m.compareRows,
    columns: [
      { header: 'Gemeente', rowHeader: true, format: (r) => r.place.naam },
      { header: 'Inwoners', numeric: true, format: (r) => formatNumber(r.place.inwoners) },
      { header: 'Bijstandsontvangers', unit: 'personen', numeric: true, format: (r) => formatNumber(r.place.ontvangers) },
      ...YEARS.map((y, i) => ({ header: `Per 1.000 inwoners, eind ${y}`, numeric: true, format: (r: CompareRow) => historyCell(r.history[i]) })),
      { header: 'Waarom in de tabel', format: (r) => r.why },
    ],
  },
  stateTitle: gemeenteTitle,
  stateWords: gemeenteWords,
  source: 'CBS, regionale cijfers bijstand en re-integratie, stand eind december 2015, 2016 en 2017; gemeentegrenzen CBS/PDOK. Deze bron gaat alleen over die drie jaren.',
  unit: 'personen met bijstand per 1.000 inwoners van de leeftijdsgroep (CBS), en aantallen personen',
  licence: CHART_LICENCE,
};
