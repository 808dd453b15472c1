// The klantmanager widget's spec: how much attention fits in a caseload. The reader sets the
// caseload and the assumptions about a klantmanager's time; the model shares the contact time
// out over the clients, for the reader's caseload and for each caseload the documents give.
// Runs in the browser too, so it holds no long texts (those are in words.ts).
import * as z from 'zod/mini';
import { matchingPreset, numberField, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import {
  contactMinutesPerYear,
  conversationsPerClientPerYear,
  formatMinutes,
  formatPerYear,
  frequencyText,
  minutesPerClientPerMonth,
  type WorkAssumptions,
} from '../../lib/klantmanager/attention.ts';
import { DOCUMENT_CASELOADS } from './caseloads.ts';
import { klantmanagerView } from './view.ts';
import { CHART_LICENCE } from '../../lib/site.ts';

export const CASELOAD_MAX = 500;

export const klantmanagerStateSchema = z.strictObject({
  /** clients per klantmanager */
  caseload: z.number().check(z.int(), z.minimum(10), z.maximum(CASELOAD_MAX), z.multipleOf(5)),
  /** hours a klantmanager works per year (assumption) */
  uren: z.number().check(z.int(), z.minimum(400), z.maximum(2000), z.multipleOf(20)),
  /** percent of those hours for client contact (assumption) */
  contact: z.number().check(z.int(), z.minimum(5), z.maximum(100), z.multipleOf(5)),
  /** minutes per conversation, preparation and notes included (assumption) */
  gesprek: z.number().check(z.int(), z.minimum(15), z.maximum(180), z.multipleOf(5)),
});

export type KlantmanagerState = z.infer<typeof klantmanagerStateSchema>;

/**
 * The default assumptions, none of them from the documents (which give caseloads, not hours):
 * 1.440 hours is a 36-hour week for 40 weeks, after holidays, public holidays and sick leave;
 * 40 percent client contact leaves the rest for files, meetings, training and travel; an hour
 * per conversation includes its preparation and notes. The widget marks each as an assumption.
 */
export const DEFAULT_ASSUMPTIONS = { uren: 1440, contact: 40, gesprek: 60 } as const;

export const klantmanagerState: WidgetStateSpec<KlantmanagerState> = {
  name: 'klantmanager',
  version: 1,
  schema: klantmanagerStateSchema,
  defaults: { caseload: 150, ...DEFAULT_ASSUMPTIONS },
  fields: {
    caseload: numberField('caseload', 'cliënten per klantmanager', 10, CASELOAD_MAX, 5),
    uren: numberField('uren', 'werkuren per jaar', 400, 2000, 20),
    contact: numberField('contact', 'deel van de tijd voor cliënten', 5, 100, 5),
    gesprek: numberField('gesprek', 'minuten per gesprek', 15, 180, 5),
  },
  presets: {
    'geen-uitzondering': {
      label: '150 cliënten: geen uitzondering',
      description: 'Volgens ‘Een betere bijstand’ is 150 mensen per klantmanager in de bijstand geen uitzondering.',
      state: { caseload: 150 },
    },
    'stockholm-jobbtorg': {
      label: 'Stockholm, Jobbtorg: 25 cliënten',
      description: 'In de Stockholmse Jobbtorgs heeft een begeleider 25 tot 30 mensen die ver van werk staan (‘Werkt de zachte hand?’).',
      state: { caseload: 25 },
    },
    intensief: {
      label: 'Intensieve aanpak: 50 cliënten',
      description: 'Bij de intensieve Amsterdamse aanpak van statushouders is het 1 op 50, en ook dat is volgens ‘Een betere bijstand’ nog veel.',
      state: { caseload: 50 },
    },
    'amsterdam-250': {
      label: 'Amsterdam, één klantmanager: 250',
      description: 'Een Amsterdamse klantmanager in ‘Werkt de zachte hand?’ heeft 250 klanten, en voert ongeveer acht gesprekken per week.',
      state: { caseload: 250 },
    },
    'ver-van-werk-350': {
      label: 'Rotterdam en Amsterdam: 350',
      description: 'Voor mensen ver van werk is de caseload in Rotterdam en Amsterdam 1 op 350 (‘Werkt de zachte hand?’, ‘Een betere bijstand’).',
      state: { caseload: 350 },
    },
  },
  migrations: {},
};

/** One row of the chart and the table: the reader's caseload, or one the documents give. */
export interface AttentionRow {
  key: string;
  label: string;
  /** clients per klantmanager; `high` for a range */
  low: number;
  high?: number | undefined;
  /** minutes per client per month: at the low caseload (the most) and at the high one */
  minutesMost: number;
  minutesLeast: number;
  perYearMost: number;
  perYearLeast: number;
  source: string;
  reader: boolean;
}

export interface KlantmanagerModel {
  assumptions: WorkAssumptions;
  /** the klantmanager's hours for client contact in a year */
  contactHours: number;
  minutes: number;
  perYear: number;
  frequency: string;
  /** the reader's row first, then the documents' caseloads from small to large */
  rows: AttentionRow[];
}

export function assumptionsOf(state: KlantmanagerState): WorkAssumptions {
  return { hoursPerYear: state.uren, contactPercent: state.contact, conversationMinutes: state.gesprek };
}

function row(key: string, label: string, low: number, high: number | undefined, source: string, reader: boolean, a: WorkAssumptions): AttentionRow {
  const top = high ?? low;
  return {
    key,
    label,
    low,
    high,
    minutesMost: minutesPerClientPerMonth(low, a),
    minutesLeast: minutesPerClientPerMonth(top, a),
    perYearMost: conversationsPerClientPerYear(low, a),
    perYearLeast: conversationsPerClientPerYear(top, a),
    source,
    reader,
  };
}

export const READER_LABEL = 'Jouw keuze';

export function klantmanagerModel(state: KlantmanagerState): KlantmanagerModel {
  const a = assumptionsOf(state);
  const perYear = conversationsPerClientPerYear(state.caseload, a);
  return {
    assumptions: a,
    contactHours: contactMinutesPerYear(a) / 60,
    minutes: minutesPerClientPerMonth(state.caseload, a),
    perYear,
    frequency: frequencyText(perYear),
    rows: [
      row('jij', READER_LABEL, state.caseload, undefined, 'jouw instelling', true, a),
      ...DOCUMENT_CASELOADS.map((c) => row(c.key, c.label, c.low, c.high, c.source, false, a)),
    ],
  };
}

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "150" or "25–30" */
export function caseloadText(r: Pick<AttentionRow, 'low' | 'high'>): string {
  return r.high === undefined ? whole.format(r.low) : `${whole.format(r.low)}–${whole.format(r.high)}`;
}

/** Minutes per client per month: "19", or for a range of caseloads "96–115" (fewest first). */
export function minutesText(r: Pick<AttentionRow, 'minutesMost' | 'minutesLeast' | 'high'>): string {
  return r.high === undefined ? formatMinutes(r.minutesMost) : `${formatMinutes(r.minutesLeast)}–${formatMinutes(r.minutesMost)}`;
}

export function perYearText(r: Pick<AttentionRow, 'perYearMost' | 'perYearLeast' | 'high'>): string {
  return r.high === undefined ? formatPerYear(r.perYearMost) : `${formatPerYear(r.perYearLeast)}–${formatPerYear(r.perYearMost)}`;
}

/** The assumptions in words, as the summary and the downloads give them. */
export function assumptionWords(state: KlantmanagerState): string {
  return `${whole.format(state.uren)} werkuren per jaar, ${state.contact} procent daarvan voor cliënten, ${state.gesprek} minuten per gesprek`;
}

/** The live summary (B1): what the reader's caseload leaves per client, and on which assumptions. */
export function klantmanagerSummary(state: KlantmanagerState, m: KlantmanagerModel): string {
  return [
    `Bij ${whole.format(state.caseload)} cliënten per klantmanager krijgt elke cliënt gemiddeld ${formatMinutes(m.minutes)} minuten per maand.`,
    `Dat is genoeg voor een gesprek van ${state.gesprek} minuten ${m.frequency} (${formatPerYear(m.perYear)} per jaar).`,
    `We rekenen met ${assumptionWords(state)}. Dat zijn aannames, geen cijfers uit de stukken.`,
  ].join(' ');
}

// No question mark: the title goes into the citation and file names, where a '?' reads as the start of a query.
export const WIDGET_TITLE = 'Aandacht per cliënt in een caseload';

export function klantmanagerTitle(state: KlantmanagerState): string {
  const preset = matchingPreset(klantmanagerState, state);
  if (preset === 'geen-uitzondering') return WIDGET_TITLE;
  if (preset) return `${WIDGET_TITLE} (${klantmanagerState.presets[preset]!.label})`;
  return `${WIDGET_TITLE}: ${whole.format(state.caseload)} cliënten per klantmanager`;
}

export function klantmanagerWords(state: KlantmanagerState): string {
  return `${whole.format(state.caseload)} cliënten per klantmanager; ${assumptionWords(state)} (aannames).`;
}

export const klantmanagerSpec: WidgetSpec<KlantmanagerState, KlantmanagerModel, AttentionRow> = {
  name: 'klantmanager',
  title: WIDGET_TITLE,
  kind: 'illustratie',
  state: klantmanagerState,
  defaultPreset: 'geen-uitzondering',
  model: klantmanagerModel,
  view: klantmanagerView,
  summary: klantmanagerSummary,
  table: {
    caption: (state) => `Aandacht per cliënt bij elke caseload, gerekend met ${assumptionWords(state)} (aannames)`,
    rows: (_state, m) => m.rows,
    columns: [
      { header: 'Caseload', rowHeader: true, format: (r) => r.label },
      { header: 'Cliënten per klantmanager', numeric: true, format: caseloadText },
      { header: 'Per cliënt per maand', unit: 'minuten', numeric: true, format: minutesText },
      { header: 'Gesprekken per cliënt per jaar', numeric: true, format: perYearText },
      { header: 'Bron van de caseload', format: (r) => r.source },
    ],
  },
  stateTitle: klantmanagerTitle,
  stateWords: klantmanagerWords,
  source:
    'Caseloads uit ‘Werkt de zachte hand in de bijstand?’ (Tijdschrift voor Sociale Vraagstukken), ‘Een betere bijstand’ (Kremer en Van der Meer) en ‘Werk aan de winkel’ (Wetenschappelijk Bureau GroenLinks). Werkuren, deel voor cliënten en duur van een gesprek zijn aannames van deze site.',
  unit: 'minuten per cliënt per maand en gesprekken per cliënt per jaar (berekend met aannames)',
  licence: CHART_LICENCE,
};
