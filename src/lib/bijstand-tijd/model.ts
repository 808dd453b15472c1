// The national caseload over time: pure functions, no DOM and no Node, so that the widget's
// island (browser) and its build-time pages compute exactly the same thing.
//
// The series are different measures and stay separate lines, never joined into one:
// - `uitkeringen`: bijstand benefits below state-pension age, CBS 37789ksz, annual averages 1998–2017;
// - `personen`: persons below state-pension age with bijstand, CBS news releases, end of December 2015–2025;
// - `ww`: WW benefits, CBS 37789ksz, annual averages 1998–2017;
// - `werkloosheid`: the unemployed labour force (ILO), CBS, annual averages 2015–2023.
// A year a series lacks is a gap (null), never an interpolation.
//
// Time is a continuous axis in years: an annual average belongs to the middle of its year
// (2016 → 2016.5), a stock at the end of December to the end of its year (2016 → 2017.0), so
// that the two kinds of figure stand where they were measured and the reader sees the difference.

/** The series a reader can show, in the order the legend, the table and the controls list them. */
export const SERIES_IDS = ['uitkeringen', 'personen', 'ww', 'werkloosheid'] as const;
export type SeriesId = (typeof SERIES_IDS)[number];

export type ReferenceMoment = 'jaargemiddelde' | 'eind december';

/** A status as the data files give it (src/lib/provenance.ts). */
export type ValueStatus = 'definitief' | 'voorlopig' | 'nader voorlopig' | 'niet vermeld';

export interface SeriesMeta {
  id: SeriesId;
  /** a short name for the readout and the summary */
  short: string;
  /** the series' name in the table and on its checkbox; the legend and the table's columns say the rest */
  name: string;
  /** what one unit is: "× 1 000 uitkeringen" */
  unit: string;
  /** the noun after "duizend" in sentences: "uitkeringen" */
  noun: string;
  moment: ReferenceMoment;
  /** decimals as the publisher gives them */
  decimals: number;
  /** the theme's series tone (src/lib/charts/theme.ts) */
  tone: 'petrol' | 'oker' | 'blauw' | 'grijsgroen';
  /** the dataset in content/data the series is read from */
  dataset: string;
}

export const SERIES: Record<SeriesId, SeriesMeta> = {
  uitkeringen: {
    id: 'uitkeringen',
    name: 'Bijstandsuitkeringen',
    short: 'bijstandsuitkeringen',
    unit: '× 1 000 uitkeringen',
    noun: 'uitkeringen',
    moment: 'jaargemiddelde',
    decimals: 1,
    tone: 'petrol',
    dataset: 'cbs-37789ksz-jaarcijfers',
  },
  personen: {
    id: 'personen',
    name: 'Personen met bijstand',
    short: 'personen met bijstand',
    unit: '× 1 000 personen',
    noun: 'personen',
    moment: 'eind december',
    decimals: 0,
    tone: 'oker',
    dataset: 'cbs-bijstand-personen-eind-december',
  },
  ww: {
    id: 'ww',
    name: 'WW-uitkeringen',
    short: 'WW-uitkeringen',
    unit: '× 1 000 uitkeringen',
    noun: 'uitkeringen',
    moment: 'jaargemiddelde',
    decimals: 1,
    tone: 'blauw',
    dataset: 'cbs-37789ksz-jaarcijfers',
  },
  werkloosheid: {
    id: 'werkloosheid',
    name: 'Werklozen',
    short: 'werklozen',
    unit: '× 1 000 personen',
    noun: 'werklozen',
    moment: 'jaargemiddelde',
    decimals: 0,
    tone: 'grijsgroen',
    dataset: 'cbs-werkloosheid-jaargemiddelde',
  },
};

/** The years a reader can zoom to: the first and last year any series has. */
export const FIRST_YEAR = 1998;
export const LAST_YEAR = 2025;

export interface DataPoint {
  year: number;
  /** in thousands, as the publisher gives it; null is a year without a figure (a gap) */
  value: number | null;
  status: ValueStatus;
  /** what the reader should know about this value (a revision, a secondary source) */
  note: string | null;
  /** a revised value: what the publisher gave before, as voorlopig (2022: 394, now 397) */
  earlier?: number | null;
}

/** A figure one of the five documents gives for its own time, drawn as a marker. */
export interface DocumentMark {
  /** the figure's id in content/figures */
  figure: string;
  /** the document's id in content/sources.yaml, which is also its chapter's id */
  document: string;
  documentTitle: string;
  /** the document's period in words: "eind 2005" */
  period: string;
  /** where on the time axis: "eind 2005" → 2006.0, "begin 2020" → 2020.0 */
  at: number;
  /** in thousands */
  value: number;
  /** what the document counts, in its words */
  measures: string;
  /** what it counts, in one word: "uitkeringsgerechtigden" */
  noun: string;
}

/** One data vintage of the widget, as the build writes it to /grafieken/bijstand-in-de-tijd/data/<id>.json. */
export interface TijdData {
  series: Record<SeriesId, DataPoint[]>;
  marks: DocumentMark[];
}

/** Laws and crises, drawn as dated lines; each links to the chapter that discusses it. */
export interface TimelineEvent {
  id: string;
  /** the line's label in the chart: short, so that it fits a phone */
  label: string;
  /** the date in words, for the table of events and the summary */
  when: string;
  /** where on the time axis */
  at: number;
  /** the chapter (its id) that discusses it */
  chapter: string;
}

export const EVENTS: readonly TimelineEvent[] = [
  { id: 'wwb', label: 'WWB', when: '1 januari 2004: de Wet werk en bijstand gaat in', at: 2004, chapter: 'onder-druk' },
  { id: 'kredietcrisis', label: 'kredietcrisis', when: 'najaar 2008: de financiële crisis begint', at: 2008.75, chapter: 'werk-aan-de-winkel' },
  { id: 'participatiewet', label: 'Participatiewet', when: '1 januari 2015: de Participatiewet vervangt de WWB', at: 2015, chapter: 'werk-aan-de-winkel' },
  { id: 'corona', label: 'corona', when: 'maart 2020: de coronacrisis begint', at: 2020.2, chapter: 'een-betere-bijstand' },
];

/** Where a series' value for a year stands on the time axis. */
export function pointAt(id: SeriesId, year: number): number {
  return SERIES[id].moment === 'eind december' ? year + 1 : year + 0.5;
}

export interface ViewPoint extends DataPoint {
  x: number;
}

export interface SeriesInView {
  meta: SeriesMeta;
  /** the series' years within the view, gaps included (value null) */
  points: ViewPoint[];
}

export interface TableRow {
  /** "2016", or the document's period ("eind 2005") */
  when: string;
  series: string;
  value: number | null;
  decimals: number;
  moment: string;
  status: string;
  /** for sorting: the position on the time axis */
  x: number;
}

export interface TijdModel {
  from: number;
  to: number;
  /** the axis: from the start of the first year to the end of the last */
  domain: [number, number];
  series: SeriesInView[];
  marks: DocumentMark[];
  events: TimelineEvent[];
  /** the top of the value axis, a round number above every value in view */
  yMax: number;
  rows: TableRow[];
  /** the newest figure of persons with bijstand, whatever the view: the headline */
  latest: DataPoint | undefined;
}

/** A type, not an interface: the kit's generics need an index-compatible record. */
export type TijdState = {
  reeks: SeriesId[];
  jaren: [number, number];
};

/** A round top for the value axis: 100, 200, 250 … above the largest value (never below 100). */
export function niceMax(max: number): number {
  const steps = [100, 200, 250, 300, 400, 500, 600, 700, 750, 800, 1000, 1200, 1500, 2000];
  return steps.find((s) => s >= max) ?? Math.ceil(max / 500) * 500;
}

/** Ticks for the value axis: 0 and round steps up to the top. */
export function valueTicks(yMax: number): number[] {
  const step = yMax <= 200 ? 50 : yMax <= 500 ? 100 : yMax <= 1000 ? 200 : 500;
  const ticks: number[] = [];
  for (let v = 0; v <= yMax + 1e-9; v += step) ticks.push(v);
  return ticks;
}

/** The years to label on the time axis, as many as fit the width: every 1, 2, 5 or 10 years, on round years. */
export function yearTicks(from: number, to: number, plotWidth: number): number[] {
  const span = to + 1 - from;
  const minGap = 44; // a four-digit year at 12 px, with room on either side
  const every = [1, 2, 5, 10].find((e) => (plotWidth / span) * e >= minGap) ?? 10;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / every) * every; y <= to; y += every) ticks.push(y);
  return ticks;
}

export function seriesStatusText(status: ValueStatus): string {
  return status === 'niet vermeld' ? 'niet vermeld' : status;
}

export function tijdModel(state: TijdState, data: TijdData): TijdModel {
  const [from, to] = state.jaren;
  const domain: [number, number] = [from, to + 1];
  const chosen = SERIES_IDS.filter((id) => state.reeks.includes(id));
  const series: SeriesInView[] = chosen.map((id) => ({
    meta: SERIES[id],
    points: (data.series[id] ?? []).filter((p) => p.year >= from && p.year <= to).map((p) => ({ ...p, x: pointAt(id, p.year) })),
  }));
  const marks = data.marks.filter((m) => m.at >= domain[0] && m.at <= domain[1]);
  const events = EVENTS.filter((e) => e.at >= domain[0] && e.at <= domain[1]);
  const values = [...series.flatMap((s) => s.points.map((p) => p.value ?? 0)), ...marks.map((m) => m.value)];
  const yMax = niceMax(Math.max(0, ...values));

  const rows: TableRow[] = [
    ...series.flatMap((s) =>
      s.points.map((p) => ({
        when: String(p.year),
        series: s.meta.name,
        value: p.value,
        decimals: s.meta.decimals,
        moment: s.meta.moment,
        status: p.earlier != null ? `${seriesStatusText(p.status)}; herzien, eerder ${formatValue(p.earlier, s.meta.decimals)} (voorlopig)` : seriesStatusText(p.status),
        x: p.x,
      })),
    ),
    ...marks.map((m) => ({
      when: m.period,
      series: `Uit ‘${m.documentTitle}’: ${m.noun}`,
      value: m.value,
      decimals: 0,
      moment: m.period,
      status: 'cijfer uit het stuk',
      x: m.at,
    })),
  ].sort((a, b) => Math.floor(a.x - 0.001) - Math.floor(b.x - 0.001) || a.x - b.x);

  const persons = data.series.personen ?? [];
  const latest = [...persons].reverse().find((p) => p.value !== null);
  return { from, to, domain, series, marks, events, yMax, rows, latest };
}

const formats = new Map<number, Intl.NumberFormat>();
/** A value in thousands with its decimals and a decimal comma: 415,7. */
export function formatValue(value: number, decimals: number): string {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(decimals, f);
  }
  return f.format(value);
}

/** "2016" for an annual average, "eind 2016" for an end-of-December stock. */
export function whenText(meta: SeriesMeta, year: number): string {
  return meta.moment === 'eind december' ? `eind ${year}` : `${year}`;
}

function describeSeries(s: SeriesInView): string | undefined {
  const known = s.points.filter((p): p is ViewPoint & { value: number } => p.value !== null);
  if (known.length === 0) return undefined;
  const { meta } = s;
  const first = known[0]!;
  const last = known.at(-1)!;
  const fmt = (p: { value: number; year: number; status: ValueStatus }) =>
    `${formatValue(p.value, meta.decimals)} duizend ${whenText(meta, p.year) === String(p.year) ? `in ${p.year}` : whenText(meta, p.year)}${p.status === 'voorlopig' ? ' (voorlopig)' : ''}`;
  const name = meta.short.charAt(0).toUpperCase() + meta.short.slice(1);
  const moment = meta.moment === 'jaargemiddelde' ? 'gemiddeld per jaar' : 'eind december';
  if (known.length === 1) return `${name} (${moment}): ${fmt(first)}.`;
  let highest = first;
  let lowest = first;
  for (const p of known) {
    if (p.value > highest.value) highest = p;
    if (p.value < lowest.value) lowest = p;
  }
  const parts = [`${name} (${moment}): van ${fmt(first)} naar ${fmt(last)}.`];
  const extremes: string[] = [];
  if (highest !== first && highest !== last) extremes.push(`het hoogst ${whenText(meta, highest.year) === String(highest.year) ? `in ${highest.year}` : whenText(meta, highest.year)} (${formatValue(highest.value, meta.decimals)} duizend)`);
  if (lowest !== first && lowest !== last) extremes.push(`het laagst ${whenText(meta, lowest.year) === String(lowest.year) ? `in ${lowest.year}` : whenText(meta, lowest.year)} (${formatValue(lowest.value, meta.decimals)} duizend)`);
  if (extremes.length > 0) parts.push(`Daartussen ${extremes.join(' en ')}.`);
  const gaps = s.points.filter((p) => p.value === null).map((p) => p.year);
  if (gaps.length > 0) parts.push(`Geen cijfer voor ${gaps.join(', ')}.`);
  return parts.join(' ');
}

/** The live summary: what the chart shows for this view, in short sentences. */
export function tijdSummary(state: TijdState, m: TijdModel): string {
  const period = m.from === m.to ? `${m.from}` : `${m.from} tot en met ${m.to}`;
  const described = m.series.map(describeSeries).filter((t): t is string => Boolean(t));
  const parts = [`De grafiek toont ${period}.`];
  if (described.length === 0) parts.push('De gekozen reeksen hebben in deze jaren geen cijfers.');
  parts.push(...described);
  const missing = m.series.filter((s) => s.points.length === 0).map((s) => s.meta.short);
  if (missing.length > 0 && described.length > 0) parts.push(`Voor ${missing.join(' en ')} zijn er in deze jaren geen cijfers.`);
  if (state.reeks.includes('uitkeringen') && state.reeks.includes('personen')) {
    parts.push('Uitkeringen en personen zijn verschillende tellingen: een paar heeft één uitkering, maar telt als twee personen.');
  }
  return parts.join(' ');
}

/** The readout for one year: every shown series' value, for the hovered or focused year. */
export function yearReadout(m: TijdModel, year: number): string {
  const parts = m.series.map((s) => {
    const p = s.points.find((q) => q.year === year);
    const v = p && p.value !== null ? `${formatValue(p.value, s.meta.decimals)} duizend ${s.meta.noun}${p.status === 'voorlopig' ? ', voorlopig' : ''}` : 'geen cijfer';
    return `${s.meta.short} (${s.meta.moment === 'jaargemiddelde' ? 'gemiddeld' : 'eind december'}): ${v}`;
  });
  return `${year}: ${parts.join('; ')}.`;
}
