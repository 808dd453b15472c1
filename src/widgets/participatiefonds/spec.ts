// The participatiefonds widget's spec: a fund that fills in good years and keeps services going
// in bad ones, over the gordijnbeweging's own stylised cycle or a real CBS series. The reader sets
// the assumptions (how much is saved, how far services move with the economy, the start balance)
// and picks a year to open in the gordijnbeweging. Runs in the browser too: no long texts here.
import * as z from 'zod/mini';
import { choiceField, matchingPreset, numberField, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import { canonicalStatePath } from '../../lib/widget-kit/urls.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { cycleLabel } from '../../lib/gordijn/model.ts';
import { gordijnSpec } from '../gordijnbeweging/spec.ts';
import { gordijnStateOf, seriesPath, simulateParticipatiefonds, sketchPath, type FundYear } from '../../lib/participatiefonds/model.ts';
import { CYCLE_SERIES, type CycleSeries } from '../../lib/participatiefonds/series.ts';
import { fondsView } from './view.ts';
import { formatNumber, formatSigned } from './format.ts';
import { CHART_LICENCE } from '../../lib/site.ts';

export const CYCLI = ['schets', 'ww-1998-2017', 'werkloosheid-2015-2023'] as const;
export type Cyclus = (typeof CYCLI)[number];
/** the longest path: the WW series has 20 years */
export const MAX_YEARS = 20;
/**
 * The sketch's length. Not a control: the cycle is a sine, so a longer one scales the good and
 * the bad years alike and tells the same story (and a sixth control did not fit on a phone).
 */
export const SKETCH_YEARS = 8;

export const fondsStateSchema = z.strictObject({
  cyclus: z.enum(CYCLI),
  /** percent of a normal year's budget saved in the best year (assumption) */
  sparen: z.number().check(z.int(), z.minimum(0), z.maximum(60), z.multipleOf(5)),
  /** percent services fall at the deepest crisis without fund, and rise at the top (assumption) */
  bezuiniging: z.number().check(z.int(), z.minimum(0), z.maximum(60), z.multipleOf(5)),
  /** the fund's balance before the first year, percent of a normal year's budget (assumption) */
  start: z.number().check(z.int(), z.minimum(0), z.maximum(200), z.multipleOf(10)),
  /** the year to open in the gordijnbeweging, 1-based; past the path's end it is the last year */
  stap: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_YEARS)),
});

export type FondsState = z.infer<typeof fondsStateSchema>;

export const fondsState: WidgetStateSpec<FondsState> = {
  name: 'participatiefonds',
  version: 1,
  schema: fondsStateSchema,
  defaults: { cyclus: 'schets', sparen: 40, bezuiniging: 40, start: 0, stap: 7 },
  fields: {
    cyclus: choiceField('cyclus', 'conjunctuurcyclus', CYCLI),
    sparen: numberField('sparen', 'sparen in het beste jaar', 0, 60, 5),
    bezuiniging: numberField('bezuiniging', 'bezuiniging in de diepste crisis', 0, 60, 5),
    start: numberField('start', 'startkapitaal van het fonds', 0, 200, 10),
    stap: numberField('stap', 'gekozen jaar', 1, MAX_YEARS, 1),
  },
  presets: {
    schets: {
      label: 'Schets: het fonds houdt het net',
      description: 'Eén cyclus van acht jaar. Wat in de goede jaren wordt gespaard, is in de crisis precies genoeg.',
      state: {},
    },
    'krap-fonds': {
      label: 'Krap fonds: het geld raakt op',
      description: 'De helft minder sparen: in het diepst van de crisis is het fonds leeg en zakt de dienstverlening toch.',
      state: { sparen: 20 },
    },
    'ww-1998-2017': {
      label: 'Echte cyclus: WW 1998–2017',
      description: 'De goede en slechte jaren afgeleid uit het aantal WW-uitkeringen van het CBS, met de kredietcrisis.',
      state: { cyclus: 'ww-1998-2017', stap: 17 },
    },
    'werkloosheid-2015-2023': {
      label: 'Echte cyclus: werkloosheid 2015–2023',
      description: 'Afgeleid uit het aantal werklozen van het CBS. Een fonds dat in een crisis begint, is eerst leeg.',
      state: { cyclus: 'werkloosheid-2015-2023', stap: 1 },
    },
  },
  migrations: {},
};

export interface FondsRow extends FundYear {
  /** "2014" or "jaar 7" */
  label: string;
  /** the CBS value for the year (× 1 000), for a real series */
  cbs: number | undefined;
  words: string;
}

export interface FondsModel {
  rows: FondsRow[];
  series: CycleSeries | undefined;
  /** the chosen year (stap, at most the last year) */
  selected: FondsRow;
  lowestWithout: number;
  lowestWith: number;
  maxBalance: number;
  finalBalance: number;
  dry: FondsRow[];
  /** the chosen year in the gordijnbeweging: its own link, as its share bar writes it */
  gordijnHref: string;
}

export function seriesOf(cyclus: Cyclus): CycleSeries | undefined {
  return CYCLE_SERIES.find((s) => s.key === cyclus);
}

export function fondsModel(state: FondsState): FondsModel {
  const series = seriesOf(state.cyclus);
  const path = series ? seriesPath(series.values) : sketchPath(SKETCH_YEARS);
  const years = simulateParticipatiefonds(path, { save: state.sparen, cut: state.bezuiniging, start: state.start });
  const rows = years.map((y) => ({
    ...y,
    label: series ? String(series.years[y.index]) : `jaar ${y.index + 1}`,
    cbs: series?.values[y.index],
    words: cycleLabel(y.conjunctuur / 100),
  }));
  const selected = rows[Math.min(state.stap, rows.length) - 1]!;
  return {
    rows,
    series,
    selected,
    lowestWithout: Math.min(...rows.map((r) => r.withoutFund)),
    lowestWith: Math.min(...rows.map((r) => r.withFund)),
    maxBalance: Math.max(...rows.map((r) => r.balance)),
    finalBalance: rows.at(-1)!.balance,
    dry: rows.filter((r) => r.dry),
    gordijnHref: gordijnLink(selected),
  };
}

/** The gordijnbeweging's own link for a year: what its share bar writes for that state. */
export function gordijnLink(year: Pick<FundYear, 'conjunctuur' | 'dry'>): string {
  return canonicalStatePath(gordijnSpec.state, gordijnStateOf(year), gordijnSpec.defaultPreset);
}


/** "jaar 7 en 8", "1998, 2015 en 2016" */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

export function cycleWords(_state: FondsState, m: FondsModel): string {
  return m.series ? `de cyclus van ${m.series.phrase}` : `een geschetste cyclus van ${SKETCH_YEARS} jaar`;
}

function dryText(m: FondsModel): string {
  const labels = m.dry.map((r) => r.label);
  const years = m.series ? labels : labels.map((l) => l.replace('jaar ', ''));
  const when = m.dry.length > 4 ? `${m.dry.length} slechte jaren, het eerst in ${labels[0]}` : m.series ? listWords(years) : `jaar ${listWords(years)}`;
  return `Het fonds is te krap in ${when}. Dan zakt de dienstverlening toch, tot ${formatNumber(m.lowestWith)}.`;
}

/** The live summary (B1): what the fund does over the cycle, on which assumptions. */
export function fondsSummary(state: FondsState, m: FondsModel): string {
  const parts = [`Je kijkt naar ${cycleWords(state, m)}.`];
  if (m.lowestWithout >= 100) {
    parts.push('Je rekent zonder bezuiniging: de dienstverlening zakt nooit onder 100, ook zonder fonds.');
  } else {
    parts.push(`Zonder fonds zakt de dienstverlening in het slechtste jaar tot ${formatNumber(m.lowestWithout)} (normaal is 100).`);
    parts.push('Met fonds blijft ze op 100 zolang er geld in het fonds zit.');
    parts.push(m.dry.length > 0 ? dryText(m) : 'Het fonds heeft in elk slecht jaar genoeg.');
  }
  parts.push(`Op zijn hoogst heeft het fonds ${formatNumber(m.maxBalance)} procent van een normaal jaarbudget.`);
  parts.push('Sparen, bezuinigen en het startkapitaal zijn aannames.');
  return parts.join(' ');
}

export const WIDGET_TITLE = 'Een participatiefonds';

export function fondsTitle(state: FondsState, m: FondsModel): string {
  const preset = matchingPreset(fondsState, state);
  if (preset === 'schets') return WIDGET_TITLE;
  if (preset) return `${WIDGET_TITLE} (${fondsState.presets[preset]!.label})`;
  return `${WIDGET_TITLE}: ${cycleWords(state, m)}, sparen ${state.sparen} en bezuiniging ${state.bezuiniging} procent`;
}

export function assumptionWords(state: FondsState): string {
  return `sparen in het beste jaar ${state.sparen} procent, bezuiniging in de diepste crisis ${state.bezuiniging} procent, startkapitaal ${state.start} procent van een jaarbudget (aannames)`;
}

export function fondsWords(state: FondsState, m: FondsModel): string {
  return `Cyclus: ${cycleWords(state, m)}; ${assumptionWords(state)}; gekozen jaar: ${m.selected.label}.`;
}

export const fondsSpec: WidgetSpec<FondsState, FondsModel, FondsRow> = {
  name: 'participatiefonds',
  title: WIDGET_TITLE,
  kind: 'illustratie',
  state: fondsState,
  defaultPreset: 'schets',
  model: fondsModel,
  view: fondsView,
  summary: fondsSummary,
  table: {
    caption: (state, m) => `Dienstverlening (index, 100 = normaal) en het fonds per jaar, bij ${cycleWords(state, m)}; ${assumptionWords(state)}`,
    rows: (_state, m) => m.rows,
    columns: [
      { header: 'Jaar', rowHeader: true, format: (r) => r.label },
      { header: 'CBS-cijfer', unit: '× 1 000', numeric: true, format: (r) => (r.cbs === undefined ? '–' : formatNumber(r.cbs)) },
      { header: 'Conjunctuur', unit: '−100 tot 100', numeric: true, format: (r) => formatSigned(r.conjunctuur) },
      { header: 'In woorden', format: (r) => r.words },
      { header: 'Zonder fonds', unit: 'index', numeric: true, format: (r) => formatNumber(r.withoutFund) },
      { header: 'Met fonds', unit: 'index', numeric: true, format: (r) => formatNumber(r.withFund) },
      { header: 'In of uit fonds', unit: '% jaarbudget', numeric: true, format: (r) => formatSigned(r.flow) },
      { header: 'Stand fonds', unit: '% jaarbudget', numeric: true, format: (r) => formatNumber(r.balance) },
      { header: 'Fonds te krap', format: (r) => (r.dry ? 'ja' : r.needed > 0 ? 'nee' : '–') },
    ],
  },
  stateTitle: fondsTitle,
  stateWords: fondsWords,
  source:
    'Schematisch, naar Hans Rodenburg in ‘Werk aan de winkel’ (Wetenschappelijk Bureau GroenLinks), hoofdstuk 8 en 9. Alle percentages zijn aannames van deze site. Echte cycli: CBS (StatLine 37789ksz; werkloze beroepsbevolking); welke jaren goed of slecht heten, is de methode van deze site.',
  unit: 'dienstverlening als index (100 = normaal); geld in procent van een normaal jaarbudget voor dienstverlening (aannames)',
  licence: CHART_LICENCE,
};
