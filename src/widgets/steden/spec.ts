// The spec of "Gemeenten kiezen hun eigen weg": which cities and which aspects a link shows and in
// what order, the model, the summary, the table and the titles. Runs in the browser too (the island
// imports it), so it holds no long texts and no Node code; the cells arrive per vintage as JSON.
import * as z from 'zod/mini';
import { listField, matchingPreset, sortField, type FieldCodec, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { CHART_LICENCE } from '../../lib/site.ts';
import {
  ASPECTEN,
  ASPECT_LABEL,
  SORT_COLUMNS,
  cellText,
  sortWords,
  stedenModel,
  stedenSummary,
  type Aspect,
  type ResolvedCity,
  type SortColumn,
  type StedenData,
  type StedenModel,
  type StedenState,
} from '../../lib/steden/model.ts';
import { stedenView } from './view.ts';

export const WIDGET_NAME = 'steden';
export const WIDGET_TITLE = 'Gemeenten kiezen hun eigen weg';

/** Every city and project in content/steden, in its order (a unit test holds the two together). */
export const CITY_IDS = [
  'rotterdam',
  'amsterdam',
  'utrecht',
  'tilburg',
  'leeuwarden',
  'stockholm',
  'bremen',
  'stad-1',
  'stad-2',
  'stad-3',
  'amsterdam-2006',
  'leeuwarden-2004',
] as const;
export type CityId = (typeof CITY_IDS)[number];

/** The seven cities of ‘Werkt de zachte hand in de bijstand?’. */
export const ZACHTE_HAND_CITIES: CityId[] = ['rotterdam', 'amsterdam', 'utrecht', 'tilburg', 'leeuwarden', 'stockholm', 'bremen'];
const DUTCH_CITIES: CityId[] = ['rotterdam', 'amsterdam', 'utrecht', 'tilburg', 'leeuwarden'];

export const stedenStateSchema = z.strictObject({
  steden: z.array(z.enum(CITY_IDS)).check(z.minLength(1), z.maxLength(CITY_IDS.length)),
  aspecten: z.array(z.enum(ASPECTEN)).check(z.minLength(1), z.maxLength(ASPECTEN.length)),
  sorteer: z.strictObject({ column: z.enum(SORT_COLUMNS), descending: z.boolean() }),
});

export const stedenState: WidgetStateSpec<StedenState> = {
  name: WIDGET_NAME,
  version: 1,
  schema: stedenStateSchema as never,
  defaults: { steden: [...ZACHTE_HAND_CITIES], aspecten: ['aanpak', 'omvang', 'caseload', 'tegenprestatie'], sorteer: { column: 'naam', descending: false } },
  fields: {
    // the state keeps plain ids (the model does not know the list); the codec accepts only these
    steden: listField<CityId>('steden', 'steden', CITY_IDS, { min: 1, max: CITY_IDS.length }) as unknown as FieldCodec<string[]>,
    aspecten: listField<Aspect>('onderwerpen', 'onderwerpen', ASPECTEN, { min: 1, max: ASPECTEN.length }),
    sorteer: sortField<SortColumn>('sorteer', 'sortering', SORT_COLUMNS),
  },
  presets: {
    'zeven-steden': {
      label: 'De zeven steden van het dossier',
      description: 'Rotterdam, Amsterdam, Utrecht, Tilburg, Leeuwarden, Stockholm en Bremen: hun aanpak, hun bijstand, de caseload en de tegenprestatie.',
      state: {},
    },
    'vijf-steden': {
      label: 'Vijf Nederlandse steden',
      description: 'De vijf Nederlandse steden uit het dossier naast elkaar: drang, motiveren of vrijwillig, en wat dat betekent voor de tegenprestatie en sancties.',
      state: { steden: [...DUTCH_CITIES], aspecten: ['aanpak', 'tegenprestatie', 'sancties', 'programma'] },
    },
    buitenland: {
      label: 'Stockholm en Bremen naast Amsterdam en Rotterdam',
      description: 'De twee steden in het buitenland naast de twee grootste Nederlandse, gesorteerd op klanten per klantmanager.',
      state: { steden: ['stockholm', 'bremen', 'amsterdam', 'rotterdam'], aspecten: ['aanpak', 'caseload', 'sancties', 'programma'], sorteer: { column: 'caseload', descending: false } },
    },
    'onder-druk': {
      label: 'De steden en projecten uit ‘Onder druk’',
      description: 'De drie anonieme steden en twee projecten uit ‘Onder druk wordt alles vloeibaar’ (omstreeks 2007), op dezelfde vragen.',
      state: { steden: ['stad-1', 'stad-2', 'stad-3', 'amsterdam-2006', 'leeuwarden-2004'], aspecten: ['aanpak', 'omvang', 'afstand', 'caseload', 'resultaten'] },
    },
    tegenprestatie: {
      label: 'Tegenprestatie en sancties',
      description: 'Hoe de zeven steden van het dossier omgaan met de tegenprestatie, en wat er gebeurt als iemand niet meedoet.',
      state: { aspecten: ['tegenprestatie', 'sancties'] },
    },
    caseload: {
      label: 'Alle steden op caseload',
      description: 'Alle steden en projecten van beide stukken, gesorteerd op het aantal klanten per klantmanager; waar het stuk geen getal noemt, staat dat onderaan.',
      state: { steden: [...CITY_IDS], aspecten: ['caseload', 'afstand'], sorteer: { column: 'caseload', descending: false } },
    },
  },
  migrations: {},
};

const listNl = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

export function stedenTitle(state: StedenState, m: StedenModel): string {
  const preset = matchingPreset(stedenState, state);
  if (preset === 'zeven-steden') return WIDGET_TITLE;
  if (preset) {
    const label = stedenState.presets[preset]!.label;
    return `${WIDGET_TITLE}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  }
  return `${WIDGET_TITLE}: ${m.cities.length === 1 ? m.cities[0]!.short : `${m.cities.length} steden`}`;
}

export function stedenWords(state: StedenState, m: StedenModel): string {
  return `Steden: ${listNl(m.cities.map((c) => c.short))}; onderwerpen: ${listNl(m.aspects.map((a) => ASPECT_LABEL[a].toLowerCase()))}; gesorteerd ${sortWords(state.sorteer)}.`;
}

export const stedenSpec: WidgetSpec<StedenState, StedenModel, ResolvedCity, StedenData> = {
  name: WIDGET_NAME,
  title: WIDGET_TITLE,
  kind: 'data',
  state: stedenState,
  defaultPreset: 'zeven-steden',
  vintages: {
    released: [{ id: '2026-12', label: 'de stukken zoals gelezen in december 2026', released: '2026-12-02' }],
  },
  model: stedenModel,
  view: stedenView,
  summary: stedenSummary,
  table: {
    caption: (state) =>
      `Wat de stukken per stad zeggen, gesorteerd ${sortWords(state.sorteer)}. Tussen haken het deel van het stuk waar het staat; ‘niet vermeld’: het stuk zegt er niets over.`,
    rows: (_state, m) => m.cities,
    columns: [
      { header: 'Stad', rowHeader: true, format: (c) => c.name },
      { header: 'Stuk', format: (c) => `‘${c.documentShortTitle}’, ${c.period}` },
      ...ASPECTEN.map((a) => ({ header: ASPECT_LABEL[a], format: (c: ResolvedCity) => cellText(c.cells[a]) })),
    ],
    hidden: (_state, m) => ASPECTEN.filter((a) => !m.aspects.includes(a)).map((a) => ASPECT_LABEL[a]),
  },
  stateTitle: stedenTitle,
  stateWords: stedenWords,
  source:
    'Kremer, Van der Meer en Ham e.a., ‘Werkt de zachte hand in de bijstand?’ (Tijdschrift voor Sociale Vraagstukken, vermoedelijk 2018); De Gier e.a., ‘Onder druk wordt alles vloeibaar’ (Nicis Institute, vermoedelijk 2007). Samenvatting per cel in eigen woorden.',
  unit: 'tekst per stad en onderwerp; getallen zoals het stuk ze noemt',
  licence: `tekst en grafiek ${CHART_LICENCE}`,
};
