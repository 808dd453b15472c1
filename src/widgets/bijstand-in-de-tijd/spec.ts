// The spec of "De bijstand door de jaren heen": the state a link can say (which series, which
// years), the model, the summary, the table and the titles. Runs in the browser too (the island
// imports it), so it holds no long texts and no Node code; the data arrive per vintage as JSON.
import * as z from 'zod/mini';
import { listField, matchingPreset, rangeField, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { CHART_LICENCE } from '../../lib/site.ts';
import {
  FIRST_YEAR,
  LAST_YEAR,
  SERIES,
  SERIES_IDS,
  formatValue,
  tijdModel,
  tijdSummary,
  type SeriesId,
  type TableRow,
  type TijdData,
  type TijdModel,
  type TijdState,
} from '../../lib/bijstand-tijd/model.ts';
import { tijdView } from './view.ts';

export const WIDGET_NAME = 'bijstand-in-de-tijd';
export const WIDGET_TITLE = 'De bijstand door de jaren heen';

const year = z.number().check(z.int(), z.minimum(FIRST_YEAR), z.maximum(LAST_YEAR));

export const tijdStateSchema = z.strictObject({
  /** the series shown, at least one */
  reeks: z.array(z.enum(SERIES_IDS)).check(z.minLength(1), z.maxLength(SERIES_IDS.length)),
  /** the years in view, both included */
  jaren: z.tuple([year, year]).check(z.refine(([from, to]) => from <= to)),
});

export const tijdState: WidgetStateSpec<TijdState> = {
  name: WIDGET_NAME,
  version: 1,
  schema: tijdStateSchema,
  defaults: { reeks: ['uitkeringen', 'personen'], jaren: [FIRST_YEAR, LAST_YEAR] },
  fields: {
    reeks: listField<SeriesId>('reeks', 'reeksen', SERIES_IDS, { min: 1, max: SERIES_IDS.length }),
    jaren: rangeField('jaren', 'periode', FIRST_YEAR, LAST_YEAR, 1),
  },
  presets: {
    'hele-periode': {
      label: 'De hele periode',
      description: 'Alle jaren met cijfers, van 1998 tot en met 2025: de uitkeringen tot 2017 en de personen vanaf 2015, als twee aparte lijnen.',
      state: {},
    },
    'rond-de-wwb': {
      label: 'Rond de Wet werk en bijstand',
      description: 'De jaren 1998 tot en met 2008, met de WW ernaast: de WWB ging in op 1 januari 2004.',
      state: { reeks: ['uitkeringen', 'ww'], jaren: [1998, 2008] },
    },
    kredietcrisis: {
      label: 'De kredietcrisis',
      description: 'De jaren 2006 tot en met 2017: eerst stijgt de WW, later de bijstand, als de WW van mensen afloopt.',
      state: { reeks: ['uitkeringen', 'ww'], jaren: [2006, 2017] },
    },
    'rond-de-participatiewet': {
      label: 'Rond de Participatiewet',
      description: 'De jaren 2011 tot en met 2019: de Participatiewet ging in op 1 januari 2015.',
      state: { jaren: [2011, 2019] },
    },
    coronacrisis: {
      label: 'De coronacrisis',
      description: 'De jaren 2017 tot en met 2025: personen met bijstand en het aantal werklozen.',
      state: { reeks: ['personen', 'werkloosheid'], jaren: [2017, 2025] },
    },
  },
  migrations: {},
};

export function tijdTitle(state: TijdState): string {
  const preset = matchingPreset(tijdState, state);
  if (preset === 'hele-periode') return WIDGET_TITLE;
  if (preset) return `${WIDGET_TITLE}: ${tijdState.presets[preset]!.label.charAt(0).toLowerCase()}${tijdState.presets[preset]!.label.slice(1)}`;
  const [from, to] = state.jaren;
  return `${WIDGET_TITLE}: ${from === to ? from : `${from}–${to}`}`;
}

export function tijdWords(state: TijdState): string {
  const [from, to] = state.jaren;
  const names = SERIES_IDS.filter((id) => state.reeks.includes(id)).map((id) => SERIES[id].short);
  return `Jaren ${from === to ? from : `${from} tot en met ${to}`}; reeksen: ${names.join(', ')}.`;
}

export const tijdSpec: WidgetSpec<TijdState, TijdModel, TableRow, TijdData> = {
  name: WIDGET_NAME,
  title: WIDGET_TITLE,
  kind: 'data',
  state: tijdState,
  defaultPreset: 'hele-periode',
  vintages: {
    released: [{ id: '2026-11', label: 'cijfers zoals bekend in november 2026, tot en met eind 2025', released: '2026-12-02' }],
  },
  model: tijdModel,
  view: tijdView,
  summary: tijdSummary,
  table: {
    caption: (state) =>
      `Wat de grafiek toont, ${state.jaren[0] === state.jaren[1] ? state.jaren[0] : `${state.jaren[0]} tot en met ${state.jaren[1]}`}: elk cijfer met zijn peilmoment en status`,
    rows: (_state, m) => m.rows,
    columns: [
      { header: 'Jaar', rowHeader: true, format: (r) => r.when },
      { header: 'Reeks', format: (r) => r.series },
      { header: 'Aantal', unit: '× 1 000', numeric: true, format: (r) => (r.value === null ? 'geen cijfer' : formatValue(r.value, r.decimals)) },
      { header: 'Peilmoment', format: (r) => r.moment },
      { header: 'Status', format: (r) => r.status },
    ],
  },
  stateTitle: tijdTitle,
  stateWords: tijdWords,
  source:
    'CBS: StatLine 37789ksz (uitkeringen, jaargemiddelden 1998–2017), nieuwsberichten over personen met bijstand (eind december 2015–2025) en de werkloze beroepsbevolking (jaargemiddelden 2015–2023). Cijfers uit de stukken: ‘Onder druk wordt alles vloeibaar’ en ‘Een betere bijstand’.',
  unit: 'duizenden (× 1 000) uitkeringen, personen of werklozen, per reeks genoemd',
  licence: `CBS-cijfers CC BY 4.0 (CBS); grafiek ${CHART_LICENCE}`,
};
