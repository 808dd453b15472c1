// The spec of "Het geld door de jaren": the state a link can say (panel, budget stages, unit,
// years), the model, the summary, the table and the titles. Runs in the browser too (the island
// imports it), so it holds no long texts and no Node code; the data arrive per vintage as JSON.
import * as z from 'zod/mini';
import { choiceField, listField, matchingPreset, rangeField, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { CHART_LICENCE } from '../../lib/site.ts';
import {
  EENHEDEN,
  FASEN,
  FASE_LABEL,
  FIRST_YEAR,
  LAST_YEAR,
  PANELEN,
  PANEL_YEARS,
  budgetModel,
  budgetSummary,
  type BudgetData,
  type BudgetModel,
  type BudgetState,
  type Eenheid,
  type Fase,
  type Paneel,
  type TableRow,
} from '../../lib/budget-tijd/model.ts';
import { budgetView } from './view.ts';

export const WIDGET_NAME = 'budget-in-de-tijd';
export const WIDGET_TITLE = 'Het geld door de jaren';

const year = z.number().check(z.int(), z.minimum(FIRST_YEAR), z.maximum(LAST_YEAR));

export const budgetStateSchema = z.strictObject({
  /** which panel: the bijstand budget, or the money for activation */
  paneel: z.enum(PANELEN),
  /** the budget stages shown (BUIG panel), at least one */
  fase: z.array(z.enum(FASEN)).check(z.minLength(1), z.maxLength(FASEN.length)),
  /** nominal euros, or euros per person with bijstand */
  eenheid: z.enum(EENHEDEN),
  /** the years in view, both included */
  jaren: z.tuple([year, year]).check(z.refine(([from, to]) => from <= to)),
});

export const budgetState: WidgetStateSpec<BudgetState> = {
  name: WIDGET_NAME,
  version: 1,
  schema: budgetStateSchema,
  defaults: { paneel: 'buig', fase: ['definitief'], eenheid: 'euro', jaren: [...PANEL_YEARS.buig] },
  fields: {
    paneel: choiceField<Paneel>('paneel', 'paneel', PANELEN),
    fase: listField<Fase>('fase', 'fasen van het budget', FASEN, { min: 1, max: FASEN.length }),
    eenheid: choiceField<Eenheid>('eenheid', 'eenheid', EENHEDEN),
    jaren: rangeField('jaren', 'periode', FIRST_YEAR, LAST_YEAR, 1),
  },
  presets: {
    definitief: {
      label: 'Het definitieve budget',
      description: 'Het definitieve macrobudget voor de bijstand, 2017 tot en met 2025, met de oudere reeksen die iets anders meten en het aandeel gemeenten met een tekort.',
      state: {},
    },
    'alle-fasen': {
      label: 'Alle fasen van het budget',
      description: 'Het voorlopige, nader voorlopige en definitieve macrobudget naast elkaar: zo ver lag de eerste schatting van het eindbedrag.',
      state: { fase: ['voorlopig', 'nader-voorlopig', 'definitief'], jaren: [2017, 2026] },
    },
    'per-persoon': {
      label: 'Per persoon met bijstand',
      description: 'Het budget gedeeld door het aantal personen met bijstand eind december, voor de jaren met beide cijfers (2015 tot en met 2025).',
      state: { eenheid: 'per-persoon', jaren: [2015, 2026] },
    },
    activering: {
      label: 'Geld voor activering',
      description: 'Wat de stukken zeggen over het geld om mensen naar werk te helpen: als deel van het bbp en als budget voor gemeenten, elk met zijn eigen jaren en bron.',
      state: { paneel: 'activering', jaren: [...PANEL_YEARS.activering] },
    },
    'tekorten-2015-2017': {
      label: 'De tekorten van 2015 tot 2017',
      description: 'De jaren 2015 tot en met 2017: het budget zonder vangnet, de uitgaven op de rijksbegroting en het aandeel gemeenten met een tekort (66 en 79 procent).',
      state: { jaren: [2015, 2017] },
    },
  },
  migrations: {},
};

const period = ([from, to]: [number, number]) => (from === to ? `${from}` : `${from}–${to}`);

export function budgetTitle(state: BudgetState): string {
  const preset = matchingPreset(budgetState, state);
  if (preset === 'definitief') return WIDGET_TITLE;
  if (preset) {
    const label = budgetState.presets[preset]!.label;
    return `${WIDGET_TITLE}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  }
  return `${WIDGET_TITLE}: ${state.paneel === 'buig' ? 'bijstandsbudget' : 'activering'}, ${period(state.jaren)}`;
}

export function budgetWords(state: BudgetState): string {
  const [from, to] = state.jaren;
  const years = from === to ? `${from}` : `${from} tot en met ${to}`;
  const unit = state.eenheid === 'euro' ? 'euro’s (nominaal)' : 'euro’s per persoon met bijstand';
  if (state.paneel === 'activering') return `Geld voor activering; jaren ${years}; ${unit}.`;
  const stages = FASEN.filter((f) => state.fase.includes(f)).map((f) => FASE_LABEL[f]);
  return `Bijstandsbudget (BUIG); fasen: ${stages.join(', ')}; jaren ${years}; ${unit}.`;
}

export const budgetSpec: WidgetSpec<BudgetState, BudgetModel, TableRow, BudgetData> = {
  name: WIDGET_NAME,
  title: WIDGET_TITLE,
  kind: 'data',
  state: budgetState,
  defaultPreset: 'definitief',
  vintages: {
    released: [{ id: '2026-12', label: 'bedragen zoals bekend in december 2026, tot en met het voorlopige budget 2026', released: '2026-12-02' }],
  },
  model: budgetModel,
  view: budgetView,
  summary: budgetSummary,
  table: {
    caption: (state) =>
      `Wat de grafiek toont, ${state.jaren[0] === state.jaren[1] ? state.jaren[0] : `${state.jaren[0]} tot en met ${state.jaren[1]}`}: elk bedrag met zijn eenheid, fase en bron${state.eenheid === 'per-persoon' ? '; per persoon is het bedrag gedeeld door de personen met bijstand tot de AOW-leeftijd eind december van hetzelfde jaar (CBS)' : ''}`,
    rows: (_state, m) => m.rows,
    columns: [
      { header: 'Jaar', rowHeader: true, format: (r) => String(r.year) },
      { header: 'Reeks', format: (r) => r.series },
      { header: 'Waarde', numeric: true, format: (r) => r.value },
      { header: 'Eenheid', format: (r) => r.unit },
      { header: 'Fase of status', format: (r) => r.status },
      { header: 'Bron', format: (r) => r.source },
    ],
  },
  stateTitle: budgetTitle,
  stateWords: budgetWords,
  source:
    'Ministerie van SZW: macrobudget BUIG per fase (berichten van SZW, vaak via Divosa, IMK, Schulinck, OpenRijk of Gemeente.nu); Rijksbegroting SZW artikel 2 (open data Ministerie van Financiën); Divosa; CBS (personen met bijstand). Cijfers uit de stukken: ‘Werk aan de winkel’ en ‘Een betere bijstand’.',
  unit: '€ miljoen, € per persoon met bijstand, % van het bbp of % van de gemeenten, per rij genoemd',
  licence: `CBS-cijfers CC BY 4.0 (CBS), rijksbegroting CC0; grafiek ${CHART_LICENCE}`,
};
