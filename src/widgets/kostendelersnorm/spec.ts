// The kostendelersnorm widget's spec: the norm per person as a percentage of the gehuwdennorm,
// for the reader's household and the housemates who count (Participatiewet, artikel 22a). The
// reader chooses alleenstaand or gehuwd, the housemates of 27 or older, and the housemates of 21
// to 27, who counted until 2023 and no longer do; the chart shows the norm for 1 to 10 people who
// count, with the reader's situation marked under today's rule and under the rule before 2023.
// No euros: the amounts change every half year (see the chapter for where to find them).
// Runs in the browser too, so it holds no long texts (those are in words.ts).
import * as z from 'zod/mini';
import { choiceField, matchingPreset, numberField, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { CHART_LICENCE } from '../../lib/site.ts';
import {
  AGE_BEFORE_2023,
  AGE_SINCE_2023,
  formatPercent,
  MAX_A,
  outcome,
  percentPerPerson,
  percentTogether,
  type Huishouden,
  type NormOutcome,
} from '../../lib/kostendelersnorm/model.ts';
import { kostendelersView } from './view.ts';

export const HUISHOUDENS = ['alleenstaand', 'gehuwd'] as const satisfies readonly Huishouden[];
/** Housemates of each kind the controls offer; with a couple that makes at most ten who count. */
export const HOUSEMATES_MAX = 4;
export { MAX_A };

export const kostendelersStateSchema = z.strictObject({
  /** alleenstaand (also alleenstaande ouder) or gehuwd (also samenwonend) */
  huishouden: z.enum(HUISHOUDENS),
  /** housemates of 27 or older who count (kostendelende medebewoners); the partner not included */
  huisgenoten: z.number().check(z.int(), z.minimum(0), z.maximum(HOUSEMATES_MAX)),
  /** housemates of 21 to 27 (not studying, no commercial rent): counted until 2023, not since */
  jongeren: z.number().check(z.int(), z.minimum(0), z.maximum(HOUSEMATES_MAX)),
});

export type KostendelersState = z.infer<typeof kostendelersStateSchema>;

export const kostendelersState: WidgetStateSpec<KostendelersState> = {
  name: 'kostendelersnorm',
  version: 1,
  schema: kostendelersStateSchema,
  defaults: { huishouden: 'alleenstaand', huisgenoten: 0, jongeren: 0 },
  fields: {
    huishouden: choiceField('huishouden', 'huishouden', HUISHOUDENS),
    huisgenoten: numberField('huisgenoten', 'huisgenoten van 27 jaar of ouder', 0, HOUSEMATES_MAX, 1),
    jongeren: numberField('jongeren', 'huisgenoten van 21 tot 27 jaar', 0, HOUSEMATES_MAX, 1),
  },
  presets: {
    alleenstaand: {
      label: 'Alleen in huis',
      description: 'Een alleenstaande zonder huisgenoten die meetellen: 70 procent van de gehuwdennorm.',
      state: {},
    },
    'met-een-huisgenoot': {
      label: 'Met één huisgenoot van 27 of ouder',
      description: 'Twee volwassenen in één huis, allebei 27 of ouder: ieder 50 procent van de gehuwdennorm.',
      state: { huisgenoten: 1 },
    },
    'drie-volwassenen': {
      label: 'Drie volwassenen van 27 of ouder',
      description: 'Drie volwassenen in één huis, alle drie 27 of ouder: ieder 43,33 procent van de gehuwdennorm.',
      state: { huisgenoten: 2 },
    },
    'ouders-met-kind-van-24': {
      label: 'Ouders met een kind van 24',
      description:
        'Een echtpaar in de bijstand met een inwonend kind van 24: sinds 2023 telt het kind niet mee voor de ouders. Tot 2023 wel.',
      state: { huishouden: 'gehuwd', jongeren: 1 },
    },
  },
  migrations: {},
};

/** One row of the chart and the table: the norm when `a` people count. */
export interface NormRow {
  a: number;
  perPerson: number;
  together: number;
  /** the reader's situation under today's rule */
  now: boolean;
  /** the reader's situation under the rule before 2023 (only when it differs) */
  before: boolean;
}

export interface KostendelersModel {
  now: NormOutcome;
  before: NormOutcome;
  /** whether the rule before 2023 gave another norm */
  changed: boolean;
  rows: NormRow[];
}

export function kostendelersModel(state: KostendelersState): KostendelersModel {
  const now = outcome(state.huishouden, state.huisgenoten);
  const before = outcome(state.huishouden, state.huisgenoten + state.jongeren);
  const changed = before.a !== now.a;
  const rows: NormRow[] = [];
  for (let a = 1; a <= MAX_A; a++) {
    rows.push({ a, perPerson: percentPerPerson(a), together: percentTogether(a), now: a === now.a, before: changed && a === before.a });
  }
  return { now, before, changed, rows };
}

const people = (n: number) => (n === 1 ? '1 persoon' : `${n} personen`);
const housemates = (n: number, ages: string) => (n === 1 ? `1 huisgenoot ${ages}` : `${n} huisgenoten ${ages}`);
const OLD = `van ${AGE_SINCE_2023} jaar of ouder`;
const YOUNG = `van ${AGE_BEFORE_2023} tot ${AGE_SINCE_2023} jaar`;

/** The household in words: "alleenstaand, 1 huisgenoot van 27 jaar of ouder, geen van 21 tot 27 jaar". */
export function situationWords(state: KostendelersState): string {
  const who = state.huishouden === 'gehuwd' ? 'gehuwd of samenwonend' : 'alleenstaand of alleenstaande ouder';
  const old = state.huisgenoten === 0 ? `geen huisgenoten ${OLD}` : housemates(state.huisgenoten, OLD);
  const young = state.jongeren === 0 ? `geen ${YOUNG}` : housemates(state.jongeren, YOUNG);
  return `${who}; ${old}; ${young}`;
}

/** The live summary (B1): how many people count, and the norm, now and before 2023. */
export function kostendelersSummary(state: KostendelersState, m: KostendelersModel): string {
  const couple = state.huishouden === 'gehuwd';
  const sentences = [
    m.now.a === 1 ? 'Alleen jij telt mee.' : `Er tellen ${people(m.now.a)} mee, ${couple ? 'jullie twee' : 'jij'} meegerekend.`,
    couple
      ? `De norm is dan ${formatPercent(m.now.perPerson)} procent van de gehuwdennorm per persoon, samen ${formatPercent(m.now.household)} procent.`
      : `De norm is dan ${formatPercent(m.now.perPerson)} procent van de gehuwdennorm.`,
  ];
  if (m.changed) {
    sentences.push(
      `Tot 2023 telden ook huisgenoten ${YOUNG} mee. Dan waren het ${people(m.before.a)}, en was de norm ${formatPercent(m.before.perPerson)} procent per persoon${couple ? `, samen ${formatPercent(m.before.household)} procent` : ''}.`,
    );
  }
  sentences.push('Het zijn percentages, geen bedragen.');
  return sentences.join(' ');
}

// No question mark: the title goes into the citation and file names.
export const WIDGET_TITLE = 'De kostendelersnorm in procenten';

export function kostendelersTitle(state: KostendelersState): string {
  const preset = matchingPreset(kostendelersState, state);
  if (preset === 'alleenstaand') return WIDGET_TITLE;
  if (preset) return `${WIDGET_TITLE} (${kostendelersState.presets[preset]!.label})`;
  return `${WIDGET_TITLE}: ${situationWords(state)}`;
}

export function kostendelersWords(state: KostendelersState): string {
  return `${situationWords(state)}.`;
}

export const kostendelersSpec: WidgetSpec<KostendelersState, KostendelersModel, NormRow> = {
  name: 'kostendelersnorm',
  title: WIDGET_TITLE,
  kind: 'illustratie',
  state: kostendelersState,
  defaultPreset: 'alleenstaand',
  model: kostendelersModel,
  view: kostendelersView,
  summary: kostendelersSummary,
  table: {
    caption: () => 'De norm bij 1 tot 10 mensen die meetellen, in procent van de gehuwdennorm (Participatiewet, artikel 22a)',
    rows: (_state, m) => m.rows,
    columns: [
      { header: 'Mensen die meetellen', rowHeader: true, format: (r) => people(r.a) },
      { header: 'Per persoon', unit: 'procent van de gehuwdennorm', numeric: true, format: (r) => formatPercent(r.perPerson) },
      { header: 'Samen, als iedereen bijstand heeft', unit: 'procent van de gehuwdennorm', numeric: true, format: (r) => formatPercent(r.together) },
      { header: 'Jouw situatie', format: (r) => (r.now ? 'nu' : r.before ? 'tot 2023' : '–') },
    ],
  },
  stateTitle: kostendelersTitle,
  stateWords: kostendelersWords,
  source:
    'Participatiewet, artikel 22a (de formule) en artikel 19a (wie meetelt; sinds 1 januari 2023 vanaf 27 jaar, Staatsblad 2022, 499 en 500), op wetten.overheid.nl. Berekening van deze site.',
  unit: 'procent van de norm voor gehuwden (gehuwdennorm)',
  licence: CHART_LICENCE,
};
