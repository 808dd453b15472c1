// "Het geld door de jaren": pure functions, no DOM and no Node, so that the widget's island
// (browser) and its build-time pages compute exactly the same thing.
//
// Two panels:
// - `buig`: the national BUIG macrobudget per budget year, in the stages a reader chooses
//   (voorlopig, nader voorlopig, definitief), beside two series that measure something else and
//   therefore stay their own lines: the BUIG line of the national budget as realised (cash,
//   2013–2015) and Divosa's "budget without the vangnet" (2015–2017). Under it, the share of
//   municipalities with a deficit, for the years a source gives it.
// - `activering`: what the documents say about spending on activation: active labour-market
//   policy as a share of GDP (002 and 003, each its own years and levels, never merged) and the
//   activation budgets for municipalities (003; 002's participatiebudget), beside the
//   participatiebudget on the national budget (2013–2014).
// Amounts are nominal euros; "per persoon" divides a year's amount by the persons below
// state-pension age with bijstand at the end of December of the same year, only where both exist.
// A year without a figure is a gap, never an interpolation.

export const FASEN = ['voorlopig', 'nader-voorlopig', 'definitief'] as const;
export type Fase = (typeof FASEN)[number];
export const FASE_LABEL: Record<Fase, string> = { voorlopig: 'voorlopig', 'nader-voorlopig': 'nader voorlopig', definitief: 'definitief' };

export const PANELEN = ['buig', 'activering'] as const;
export type Paneel = (typeof PANELEN)[number];
export const EENHEDEN = ['euro', 'per-persoon'] as const;
export type Eenheid = (typeof EENHEDEN)[number];

/** The years a reader can choose; each panel opens on its own years. */
export const FIRST_YEAR = 2002;
export const LAST_YEAR = 2026;
export const PANEL_YEARS: Record<Paneel, [number, number]> = { buig: [2013, 2026], activering: [2002, 2020] };

/** A type, not an interface: the kit's generics need an index-compatible record. */
export type BudgetState = {
  paneel: Paneel;
  fase: Fase[];
  eenheid: Eenheid;
  jaren: [number, number];
};

/** Where a value comes from, as the reader sees it in the table. */
export interface SourceRef {
  /** who set or published the number: "Ministerie van SZW" */
  publisher: string;
  url: string | null;
  /** the page that quotes the publisher, when we saw the number there */
  via: string | null;
  /** the words the number stands in */
  quote: string | null;
  note: string | null;
}

/** An amount for one year, in € million as the source gives it. */
export interface AmountPoint extends SourceRef {
  year: number;
  value: number;
  /** decimals as the source writes the amount */
  decimals: number;
  /** the budget stage or the status of the figure, in words */
  status: string;
}

export interface MacroPoint extends AmountPoint {
  fase: Fase;
}

export interface DeficitPoint extends SourceRef {
  year: number;
  /** % of municipalities with a deficit; null: the source says something else (the note) */
  percent: number | null;
}

export interface PersonsPoint {
  year: number;
  /** × 1 000 persons below state-pension age with bijstand, end of December */
  thousands: number;
  status: string;
}

/** A figure from one of the documents (content/figures), placed on the time axis. */
export interface DocumentPoint {
  figure: string;
  document: string;
  documentTitle: string;
  /** the year it stands at */
  year: number;
  /** the document names no year: the position is the record's "omstreeks" */
  approximateYear: boolean;
  /** the period in the record's words */
  period: string;
  /** % of GDP, or € million */
  value: number;
  /** "ruim" */
  qualifier: string | null;
  measures: string;
  citedSource: string | null;
}

/** One data vintage, as the build writes it to /grafieken/budget-in-de-tijd/data/<id>.json. */
export interface BudgetData {
  macro: MacroPoint[];
  /** BUIG on the national budget, realisation (column t-2), € million */
  rijk: AmountPoint[];
  /** Divosa/SZW: budget without the vangnet reservation, € million */
  divosa: AmountPoint[];
  deficit: DeficitPoint[];
  persons: PersonsPoint[];
  /** active labour-market policy, % of GDP, from 002 and 003 */
  alp: DocumentPoint[];
  /** activation budgets for municipalities, € million, from 002 and 003 */
  activation: DocumentPoint[];
  /** participatiebudget on the national budget, realisation, € million */
  participatie: AmountPoint[];
}

export type SeriesId =
  | 'macro-voorlopig'
  | 'macro-nader-voorlopig'
  | 'macro-definitief'
  | 'rijk-buig'
  | 'divosa-budget'
  | 'alp-wadw'
  | 'alp-ebb'
  | 'act-ebb'
  | 'act-wadw'
  | 'rijk-participatie';

export interface SeriesMeta {
  id: SeriesId;
  /** in the table */
  name: string;
  /** in the legend: what is counted, whose figure, which years */
  legend: string;
  /** the theme's series tone (src/lib/charts/theme.ts) */
  tone: 'petrol' | 'oker' | 'blauw' | 'grijsgroen' | 'inkt';
  /** draw a line between consecutive years (never across a gap); document figures are points only */
  connect: boolean;
  /** where on its year the point stands (0…1), so that the stages of one year stand side by side */
  offset: number;
}

export const SERIES: Record<SeriesId, SeriesMeta> = {
  'macro-voorlopig': { id: 'macro-voorlopig', name: 'Macrobudget, voorlopig', legend: 'Macrobudget BUIG, voorlopig (najaar ervoor)', tone: 'oker', connect: true, offset: 0.3 },
  'macro-nader-voorlopig': { id: 'macro-nader-voorlopig', name: 'Macrobudget, nader voorlopig', legend: 'Macrobudget BUIG, nader voorlopig (voorjaar)', tone: 'blauw', connect: true, offset: 0.5 },
  'macro-definitief': { id: 'macro-definitief', name: 'Macrobudget, definitief', legend: 'Macrobudget BUIG, definitief (najaar)', tone: 'petrol', connect: true, offset: 0.7 },
  'rijk-buig': { id: 'rijk-buig', name: 'BUIG op de rijksbegroting (uitgaven)', legend: 'Ander begrip: BUIG-uitgaven op de rijksbegroting, 2013–2015', tone: 'grijsgroen', connect: true, offset: 0.5 },
  'divosa-budget': { id: 'divosa-budget', name: 'Budget zonder vangnet (Divosa)', legend: 'Ander begrip: budget zonder vangnetdeel (Divosa), 2015–2017', tone: 'inkt', connect: true, offset: 0.5 },
  'alp-wadw': { id: 'alp-wadw', name: 'Actief arbeidsmarktbeleid, volgens ‘Werk aan de winkel’', legend: 'Boven: ‘Werk aan de winkel’ (OESO), 2002 en 2016', tone: 'oker', connect: false, offset: 0.5 },
  'alp-ebb': { id: 'alp-ebb', name: 'Actief arbeidsmarktbeleid, volgens ‘Een betere bijstand’', legend: 'Boven: ‘Een betere bijstand’, 2004 en 2017', tone: 'petrol', connect: false, offset: 0.5 },
  'act-ebb': { id: 'act-ebb', name: 'Activeringsbudgetten gemeenten, volgens ‘Een betere bijstand’', legend: 'Onder: ‘Een betere bijstand’, activeringsbudgetten 2014 en 2020', tone: 'petrol', connect: false, offset: 0.5 },
  'act-wadw': { id: 'act-wadw', name: 'Participatiebudget, volgens ‘Werk aan de winkel’', legend: 'Onder: ‘Werk aan de winkel’, participatiebudget 2010 en later (jaar niet genoemd)', tone: 'oker', connect: false, offset: 0.5 },
  'rijk-participatie': { id: 'rijk-participatie', name: 'Participatiebudget op de rijksbegroting (uitgaven)', legend: 'Onder: rijksbegroting, participatiebudget, uitgaven 2013–2014', tone: 'grijsgroen', connect: true, offset: 0.5 },
};

/** How a euro amount is shown in per-person mode: the words on screen and in the table. */
export const PER_PERSON_METHOD =
  'per persoon: het bedrag van een jaar gedeeld door het aantal personen tot de AOW-leeftijd met bijstand eind december van dat jaar (CBS); alleen voor jaren met beide cijfers';

export interface ViewPoint {
  year: number;
  /** on the time axis */
  x: number;
  /** in the panel's unit (€ million, € per person or % of GDP); null: no figure (a gap) */
  value: number | null;
  /** the source's own value (€ million or %), also where per person has none */
  raw: number | null;
  decimals: number;
  status: string;
  /** hollow marker: voorlopig, or a year the document does not name */
  open: boolean;
  /** for the table */
  source: string;
  note: string | null;
  /** the persons (× 1 000) a per-person value was divided by */
  divisor: number | null;
  qualifier: string | null;
  period: string;
}

export interface SeriesInView {
  meta: SeriesMeta;
  points: ViewPoint[];
}

export interface Strip {
  id: 'bedrag' | 'bbp' | 'tekort';
  /** the strip's title above it in the chart */
  title: string;
  /** the unit of its values, for the table */
  unit: string;
  domain: [number, number];
  ticks: number[];
  /** the value axis does not start at zero: the chart says so */
  brokenAxis: boolean;
  series: SeriesInView[];
  /** tekort strip only: bars */
  bars: { year: number; x: number; percent: number }[];
}

export interface TableRow {
  year: number;
  series: string;
  value: string;
  unit: string;
  status: string;
  source: string;
  order: number;
}

export interface BudgetModel {
  paneel: Paneel;
  eenheid: Eenheid;
  from: number;
  to: number;
  /** the time axis: from the start of the first year to the end of the last */
  domain: [number, number];
  strips: Strip[];
  rows: TableRow[];
  /** years in view with an amount but no persons figure, in per-person mode */
  noPersons: number[];
  /** the first year with a macrobudget in the data */
  firstMacroYear: number;
}

const formats = new Map<number, Intl.NumberFormat>();
/** A number with a decimal comma and a dot for thousands: 5.807,8. */
export function formatNumberNl(value: number, decimals: number): string {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: 'always' } as Intl.NumberFormatOptions);
    formats.set(decimals, f);
  }
  return f.format(value).replace('−', '-').replace(/^-/, '−');
}

/** € million divided by persons (× 1 000): euros per person. 5 889,6 mln ÷ 457 000 = € 12 887,3. */
export function perPerson(millionEuro: number, thousandPersons: number): number {
  return (millionEuro * 1_000) / thousandPersons;
}

/** The years to label on the time axis, as many as fit the width: every 1, 2, 5 or 10 years, on round years. */
export function yearTicks(from: number, to: number, plotWidth: number): number[] {
  const minGap = 44; // a four-digit year at 12 px, with room on either side
  const every = [1, 2, 5, 10].find((e) => (plotWidth / (to + 1 - from)) * e >= minGap) ?? 10;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / every) * every; y <= to; y += every) ticks.push(y);
  return ticks;
}

/** Round bounds and steps for a value axis, at most `maxTicks` ticks. */
export function valueAxis(values: readonly number[], zeroBased: boolean, maxTicks: number): { domain: [number, number]; ticks: number[] } {
  const hi0 = Math.max(...values, 0);
  const lo0 = zeroBased ? 0 : Math.min(...values);
  const span = Math.max(hi0 - lo0, hi0 * 0.05, 1e-9);
  const steps = [0.25, 0.5, 1, 2, 2.5, 5];
  let step = 1;
  outer: for (let mag = 10 ** Math.floor(Math.log10(span) - 1); ; mag *= 10) {
    for (const s of steps) {
      const st = s * mag;
      const lo = Math.floor(lo0 / st) * st;
      const hi = Math.ceil(hi0 / st) * st;
      if ((hi - lo) / st + 1 <= maxTicks) {
        step = st;
        break outer;
      }
    }
  }
  const lo = Math.floor(lo0 / step + 1e-9) * step;
  let hi = Math.ceil(hi0 / step - 1e-9) * step;
  if (hi <= lo) hi = lo + step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 1e6; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { domain: [lo, hi], ticks };
}

function sourceText(s: SourceRef): string {
  return s.via ? `${s.publisher}, via ${s.via}` : s.publisher;
}

function amountPoints(meta: SeriesMeta, pts: readonly AmountPoint[], from: number, to: number, eenheid: Eenheid, persons: ReadonlyMap<number, number>): ViewPoint[] {
  const out: ViewPoint[] = [];
  for (let year = from; year <= to; year++) {
    const p = pts.find((q) => q.year === year);
    const x = year + meta.offset;
    if (!p) {
      // a year inside the series' own span without a figure is a gap; outside it, nothing
      const first = pts[0]?.year ?? Infinity;
      const last = pts.at(-1)?.year ?? -Infinity;
      if (meta.connect && year > first && year < last) out.push({ year, x, value: null, raw: null, decimals: 0, status: 'geen cijfer', open: false, source: '', note: null, divisor: null, qualifier: null, period: String(year) });
      continue;
    }
    const divisor = eenheid === 'per-persoon' ? (persons.get(year) ?? null) : null;
    const value = eenheid === 'euro' ? p.value : divisor === null ? null : perPerson(p.value, divisor);
    out.push({ year, x, value, raw: p.value, decimals: p.decimals, status: p.status, open: p.status === 'voorlopig', source: sourceText(p), note: p.note, divisor, qualifier: null, period: String(year) });
  }
  return out;
}

function documentPoints(pts: readonly DocumentPoint[], from: number, to: number, eenheid: Eenheid, persons: ReadonlyMap<number, number> | null): ViewPoint[] {
  return pts
    .filter((p) => p.year >= from && p.year <= to)
    .map((p) => {
      // a year the document does not name has no persons figure to divide by
      const divisor = persons && !p.approximateYear ? (persons.get(p.year) ?? null) : null;
      const value = !persons || eenheid === 'euro' ? p.value : divisor === null ? null : perPerson(p.value, divisor);
      return {
        year: p.year,
        x: p.year + 0.5,
        value,
        raw: p.value,
        decimals: Number.isInteger(p.value) ? 0 : 1,
        status: 'cijfer uit het stuk',
        open: p.approximateYear,
        source: `‘${p.documentTitle}’${p.citedSource ? `, dat ${p.citedSource} aanhaalt` : ''}`,
        note: p.approximateYear ? `Het stuk noemt geen jaar; de stip staat bij ${p.year}, het jaar van de bron die het stuk aanhaalt.` : null,
        divisor,
        qualifier: p.qualifier,
        period: p.period,
      };
    });
}

function strip(id: Strip['id'], title: string, unit: string, series: SeriesInView[], zeroBased: boolean, maxTicks: number): Strip {
  const values = series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v !== null));
  // the documents' figures carry their value above them: room for that label under the top
  if (series.some((s) => !s.meta.connect) && values.length > 0) values.push(Math.max(...values) * 1.15);
  const axis = values.length > 0 ? valueAxis(values, zeroBased, maxTicks) : { domain: [0, 1] as [number, number], ticks: [0, 1] };
  return { id, title, unit, domain: axis.domain, ticks: axis.ticks, brokenAxis: axis.domain[0] > 0, series, bars: [] };
}

const EURO_UNIT: Record<Eenheid, string> = { euro: '€ miljoen', 'per-persoon': '€ per persoon' };

export function budgetModel(state: BudgetState, data: BudgetData): BudgetModel {
  const [from, to] = state.jaren;
  const domain: [number, number] = [from, to + 1];
  const persons = new Map(data.persons.map((p) => [p.year, p.thousands]));
  const strips: Strip[] = [];

  if (state.paneel === 'buig') {
    const stages = FASEN.filter((f) => state.fase.includes(f));
    const series: SeriesInView[] = [
      ...stages.map((f) => {
        const meta = SERIES[`macro-${f}`];
        return { meta, points: amountPoints(meta, data.macro.filter((p) => p.fase === f), from, to, state.eenheid, persons) };
      }),
      { meta: SERIES['rijk-buig'], points: amountPoints(SERIES['rijk-buig'], data.rijk, from, to, state.eenheid, persons) },
      { meta: SERIES['divosa-budget'], points: amountPoints(SERIES['divosa-budget'], data.divosa, from, to, state.eenheid, persons) },
    ].filter((s) => s.points.length > 0);
    strips.push(strip('bedrag', state.eenheid === 'euro' ? 'Bijstandsbudget, € miljoen' : 'Bijstandsbudget, € per persoon met bijstand eind december', EURO_UNIT[state.eenheid], series, false, 6));
    const tekort = strip('tekort', 'Gemeenten met een tekort, %', '% van de gemeenten', [], true, 3);
    tekort.domain = [0, 100];
    tekort.ticks = [0, 50, 100];
    tekort.brokenAxis = false;
    tekort.bars = data.deficit.filter((d) => d.year >= from && d.year <= to && d.percent !== null).map((d) => ({ year: d.year, x: d.year + 0.5, percent: d.percent! }));
    strips.push(tekort);
  } else {
    const alp: SeriesInView[] = [
      { meta: SERIES['alp-wadw'], points: documentPoints(data.alp.filter((p) => p.document === 'werk-aan-de-winkel'), from, to, state.eenheid, null) },
      { meta: SERIES['alp-ebb'], points: documentPoints(data.alp.filter((p) => p.document === 'een-betere-bijstand'), from, to, state.eenheid, null) },
    ].filter((s) => s.points.length > 0);
    strips.push(strip('bbp', 'Actief arbeidsmarktbeleid, % van het bbp', '% van het bbp', alp, true, 4));
    const act: SeriesInView[] = [
      { meta: SERIES['act-ebb'], points: documentPoints(data.activation.filter((p) => p.document === 'een-betere-bijstand'), from, to, state.eenheid, persons) },
      { meta: SERIES['act-wadw'], points: documentPoints(data.activation.filter((p) => p.document === 'werk-aan-de-winkel'), from, to, state.eenheid, persons) },
      { meta: SERIES['rijk-participatie'], points: amountPoints(SERIES['rijk-participatie'], data.participatie, from, to, state.eenheid, persons) },
    ].filter((s) => s.points.length > 0);
    strips.push(strip('bedrag', state.eenheid === 'euro' ? 'Budget voor activering, € miljoen' : 'Budget voor activering, € per persoon met bijstand eind december', EURO_UNIT[state.eenheid], act, true, 5));
  }

  const rows: TableRow[] = [];
  let order = 0;
  for (const s of strips) {
    for (const series of s.series) {
      for (const p of series.points) {
        if (p.raw === null) {
          rows.push({ year: p.year, series: series.meta.name, value: 'geen cijfer', unit: s.unit, status: 'geen cijfer gevonden', source: 'geen: een gat in de reeks', order: order++ });
          continue;
        }
        const perPersonMode = s.id === 'bedrag' && state.eenheid === 'per-persoon';
        const shown =
          p.value === null
            ? `geen cijfer per persoon (wel € ${formatNumberNl(p.raw, p.decimals)} miljoen)`
            : perPersonMode
              ? formatNumberNl(p.value, 0)
              : `${p.qualifier ? `${p.qualifier} ` : ''}${formatNumberNl(p.value, p.decimals)}`;
        const unit = perPersonMode
          ? p.divisor === null
            ? 'geen personencijfer voor dit jaar'
            : `€ per persoon: € ${formatNumberNl(p.raw, p.decimals)} miljoen ÷ ${formatNumberNl(p.divisor, 0)} duizend personen (eind december ${p.year})`
          : s.unit;
        const status = p.note ? `${p.status}; ${p.note}` : p.status;
        rows.push({ year: p.year, series: series.meta.name, value: shown, unit, status, source: p.source, order: order++ });
      }
    }
    for (const b of s.bars) {
      const d = data.deficit.find((q) => q.year === b.year)!;
      rows.push({ year: b.year, series: 'Gemeenten met een tekort', value: formatNumberNl(b.percent, 0), unit: s.unit, status: d.note ?? 'niet vermeld', source: sourceText(d), order: order++ });
    }
  }
  // the years with another statement than a share (2018: only a surplus share)
  if (state.paneel === 'buig') {
    for (const d of data.deficit.filter((q) => q.percent === null && q.year >= from && q.year <= to)) {
      rows.push({ year: d.year, series: 'Gemeenten met een tekort', value: 'geen cijfer', unit: '% van de gemeenten', status: d.note ?? '', source: sourceText(d), order: order++ });
    }
  }
  rows.sort((a, b) => a.year - b.year || a.order - b.order);
  // a view without any figure still says so in its table
  if (rows.length === 0) {
    rows.push({ year: from, series: 'Geen reeks', value: 'geen cijfer', unit: 'geen', status: `Voor ${from === to ? from : `${from} tot en met ${to}`} vonden we in dit paneel geen cijfers.`, source: 'geen', order: 0 });
  }

  const noPersons =
    state.eenheid === 'per-persoon'
      ? [...new Set(strips.filter((s) => s.id === 'bedrag').flatMap((s) => s.series.flatMap((x) => x.points.filter((p) => p.raw !== null && p.value === null).map((p) => p.year))))].sort()
      : [];
  const firstMacroYear = Math.min(...data.macro.map((p) => p.year));
  return { paneel: state.paneel, eenheid: state.eenheid, from, to, domain, strips, rows, noPersons, firstMacroYear };
}

function amountWords(v: number, decimals: number, eenheid: Eenheid): string {
  return eenheid === 'euro' ? `€ ${formatNumberNl(v, decimals)} miljoen` : `€ ${formatNumberNl(v, 0)} per persoon`;
}

function describe(series: SeriesInView, eenheid: Eenheid, unitPercent = false): string | undefined {
  const known = series.points.filter((p): p is ViewPoint & { value: number } => p.value !== null);
  if (known.length === 0) return undefined;
  const fmt = (p: ViewPoint & { value: number }) =>
    unitPercent ? `${p.qualifier ? `${p.qualifier} ` : ''}${formatNumberNl(p.value, p.decimals)} procent van het bbp` : `${p.qualifier ? `${p.qualifier} ` : ''}${amountWords(p.value, p.decimals, eenheid)}`;
  const when = (p: ViewPoint) => (p.open && p.status === 'cijfer uit het stuk' ? `in een later jaar dat het stuk niet noemt` : `in ${p.year}`);
  const first = known[0]!;
  const last = known.at(-1)!;
  const name = series.meta.name;
  if (known.length === 1) return `${name}: ${fmt(first)} ${when(first)}.`;
  return `${name}: van ${fmt(first)} ${when(first)} naar ${fmt(last)} ${when(last)}.`;
}

/** The live summary: what the chart shows for this view, in short sentences. */
export function budgetSummary(state: BudgetState, m: BudgetModel): string {
  const period = m.from === m.to ? `${m.from}` : `${m.from} tot en met ${m.to}`;
  const parts = [`De grafiek toont ${period}.`];
  const amounts = m.strips.find((s) => s.id === 'bedrag');
  if (state.paneel === 'activering') {
    const bbp = m.strips.find((s) => s.id === 'bbp')!;
    const said = bbp.series.map((s) => describe(s, state.eenheid, true)).filter(Boolean);
    parts.push(...(said as string[]));
    if (bbp.series.length === 2) parts.push('De twee stukken noemen andere jaren en andere percentages; de grafiek toont ze allebei.');
  }
  const said = (amounts?.series ?? []).map((s) => describe(s, state.eenheid)).filter((t): t is string => Boolean(t));
  if (said.length === 0 && state.paneel === 'buig') parts.push('In deze jaren zijn er geen bedragen in de gekozen fasen.');
  parts.push(...said);
  if (state.paneel === 'buig' && m.from < m.firstMacroYear) parts.push(`Een macrobudget vonden we pas vanaf ${m.firstMacroYear}; de andere reeksen meten iets anders.`);
  if (state.eenheid === 'per-persoon') {
    parts.push('Per persoon: het bedrag gedeeld door de personen met bijstand eind december van hetzelfde jaar.');
    if (m.noPersons.length > 0) parts.push(`Voor ${m.noPersons.join(', ')} is er geen personencijfer, dus geen bedrag per persoon.`);
  }
  const tekort = m.strips.find((s) => s.id === 'tekort');
  if (tekort) {
    if (tekort.bars.length > 0) {
      const list = tekort.bars.map((b) => `${formatNumberNl(b.percent, 0)} procent in ${b.year}`);
      parts.push(`Gemeenten met een tekort: ${list.length > 1 ? `${list.slice(0, -1).join(', ')} en ${list.at(-1)}` : list[0]}. Voor de andere jaren vonden we geen aandeel.`);
    } else parts.push('Voor deze jaren vonden we geen aandeel gemeenten met een tekort.');
  }
  return parts.join(' ');
}
