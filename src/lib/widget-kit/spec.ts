// One spec per widget: everything the kit needs to build its pages, files, embed and island.
// In the spirit of the Budget Lab chart engine (one validated spec per chart): a widget is its
// spec, its view, its controls and its words; routes, frame, table, share bar, downloads and
// hydration are the kit's. `validateWidget` runs when the registry loads, so an invalid spec
// fails the build with a message that says what to fix.
//
// The spec is split in two on purpose:
// - `WidgetSpec` runs in the browser too (the island imports it): state, model, view, summary,
//   table, titles. Keep it free of Node modules and of long texts.
// - `WidgetWords` is build-time only: the intro, the claims, the page texts, and for data
//   widgets the data loader.
import { decodeState, encodeState, presetState, sameState, type WidgetStateSpec } from './state.ts';
import { RESERVED_PRESET_NAMES } from './urls.ts';
import type { TableSpec } from './table.ts';
import type { VintageSpec } from './vintage.ts';

/** Schematic illustrations say what the text claims and what they assume; data widgets name their data. */
export type WidgetKind = 'illustratie' | 'data';

/**
 * Charts are laid out for the width they get, not shrunk: each view has a narrow layout (phones)
 * and a wide one. Both are in the static HTML, chosen by a container query at this width
 * (`.chart-layouts` in global.css, which the static line charts use too); the island then draws
 * the chosen one at the exact width it has.
 */
export const LAYOUT_BREAKPOINT = 560;
export type LayoutName = 'smal' | 'breed';
export const LAYOUT_NAMES: readonly LayoutName[] = ['smal', 'breed'];

/** The smallest text a chart may draw, in CSS px at its reference width (QUALITY.md). */
export const MIN_CHART_FONT_PX = 12;

export interface RenderInput<S, M> {
  state: S;
  model: M;
  /** the width to lay out for, in CSS px (the SVG's user units are CSS px) */
  width: number;
  height: number;
  layout: LayoutName;
  /** prefix for ids inside the SVG (patterns), unique per widget instance on a page */
  idPrefix: string;
}

export interface WidgetView<S, M> {
  /** reference sizes: the static SVGs are drawn at these; the island redraws at the real width */
  layouts: Record<LayoutName, { width: number; height: number }>;
  /**
   * Draws into an <svg> of any document (linkedom at build time, the page in the browser), as
   * Observable Plot renders into an injected document; called again on every state change, so it
   * updates in place.
   */
  render(svg: SVGSVGElement, input: RenderInput<S, M>): void;
}

export interface WidgetSpec<S extends Record<string, unknown>, M, R = unknown, D = undefined> {
  /** as in data-widget="…" and /grafieken/<name>/ */
  name: string;
  /** "De gordijnbeweging" */
  title: string;
  kind: WidgetKind;
  state: WidgetStateSpec<S>;
  /** the preset that equals the defaults: its page is the widget page itself */
  defaultPreset: string;
  /** data widgets: the data vintages a link can name */
  vintages?: VintageSpec;
  /** everything the view, summary and table need, computed once per state */
  model(state: S, data: D): M;
  view: WidgetView<S, M>;
  /** one to three sentences for the live summary: the chart's message for this state */
  summary(state: S, model: M): string;
  table: TableSpec<S, M, R>;
  /** the page and file title for a state ("De gordijnbeweging: crisis met participatiefonds") */
  stateTitle(state: S, model: M): string;
  /** the state in words, for downloads and notices ("diepe crisis (−100), met participatiefonds") */
  stateWords(state: S, model: M): string;
  /** the source line under the chart and in every download */
  source: string;
  /** what the numbers in the table are, for the CSV */
  unit: string;
  /** the licence of the chart and its table */
  licence: string;
}

/** The claims panel of an illustration: what the text says, what the chart assumes, what it does not say. */
export interface Claims {
  says: string[];
  assumes: string[];
  doesNotSay: string[];
  /** the text the claims come from, for the panel's source line */
  source: string;
  /** id in content/sources.yaml: `verify:sources` finds every <q> quotation in its text */
  document: string;
}

export interface WidgetWords<D = undefined> {
  /** the meta description of the widget page */
  description: string;
  /** the lead under the page title */
  lead: string;
  /**
   * Before the controls: one or two sentences on what the picture means. May contain inline
   * HTML (a link); it is our own text, never the reader's.
   */
  intro: string;
  /** the full heading inside the frame ("De gordijnbeweging: wie valt er tussen de gordijnen?") */
  heading: string;
  /** a short description for the chart index */
  cardText: string;
  /**
   * The embed iframe's height (CSS px) where the host page does not run our sizing script: the
   * compact embed's height on a phone, so that nothing is cut off (a browser test checks it).
   */
  embedHeight?: number;
  /** illustrations must have claims */
  claims?: Claims;
  /** data widgets: reads a vintage's data at build time (relative to the project root) */
  loadData?: (vintage: string) => D;
}

export interface WidgetDefinition<S extends Record<string, unknown> = any, M = any, R = any, D = any> {
  spec: WidgetSpec<S, M, R, D>;
  words: WidgetWords<D>;
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PARAM = /^[a-z][a-z0-9_-]*$/;
const KIT_PARAMS = ['v', 'preset', 'data'];
const MAX_QUOTE_WORDS = 30;

/** Everything wrong with a widget definition, in Dutch, for the build's error message. Empty when valid. */
export function validateWidget(def: WidgetDefinition): string[] {
  const { spec, words } = def;
  const problems: string[] = [];
  const say = (text: string) => problems.push(`widget "${spec.name}": ${text}`);

  if (!NAME.test(spec.name)) say('de naam moet uit kleine letters, cijfers en streepjes bestaan');
  if (spec.state.name !== spec.name) say(`de state heet "${spec.state.name}", de widget "${spec.name}"`);
  if (!spec.title.trim()) say('titel ontbreekt');
  if (!Number.isInteger(spec.state.version) || spec.state.version < 1) say('de schemaversie moet een geheel getal ≥ 1 zijn');
  for (let v = 1; v < spec.state.version; v++) {
    if (!spec.state.migrations?.[v]) say(`migratie van versie ${v} naar ${v + 1} ontbreekt (elke uitgebrachte versie houdt de zijne)`);
  }

  // The defaults and every preset must be valid states that survive the URL.
  if (!spec.state.schema.safeParse(spec.state.defaults).success) say('de standaardwaarden voldoen niet aan het schema');
  const params = Object.values(spec.state.fields).map((f) => (f as { param: string }).param);
  for (const p of params) {
    if (!PARAM.test(p)) say(`parameter "${p}" mag alleen kleine letters, cijfers, - en _ bevatten (een punt scheidt de namespace)`);
    if (KIT_PARAMS.includes(p)) say(`parameter "${p}" is van de kit zelf (${KIT_PARAMS.join(', ')})`);
  }
  for (const p of new Set(params)) if (params.filter((q) => q === p).length > 1) say(`parameter "${p}" komt meer dan eens voor`);

  const presetNames = Object.keys(spec.state.presets);
  if (!presetNames.includes(spec.defaultPreset)) say(`de standaardvoorinstelling "${spec.defaultPreset}" bestaat niet`);
  for (const name of presetNames) {
    const preset = spec.state.presets[name]!;
    if (!NAME.test(name)) say(`voorinstelling "${name}": de naam moet uit kleine letters, cijfers en streepjes bestaan`);
    if ((RESERVED_PRESET_NAMES as readonly string[]).includes(name)) say(`voorinstelling "${name}" heeft dezelfde naam als een route of bestand van de widget`);
    const full = presetState(spec.state, name)!;
    if (!spec.state.schema.safeParse(full).success) {
      say(`voorinstelling "${name}" voldoet niet aan het schema`);
      continue;
    }
    const reread = decodeState(spec.state, `?${encodeState(spec.state, full).toString()}`);
    if (!sameState(spec.state, reread.state, full) || reread.notices.length > 0) say(`voorinstelling "${name}" komt niet ongeschonden door de link`);
    const byPreset = decodeState(spec.state, `?preset=${name}`);
    if (byPreset.notices.length > 0) say(`voorinstelling "${name}" is niet te openen met ?preset=${name}`);
    if (!preset.label.trim() || !preset.description.trim()) say(`voorinstelling "${name}" mist een label of beschrijving`);
    for (const other of presetNames) {
      if (other <= name) continue;
      if (sameState(spec.state, full, presetState(spec.state, other)!)) say(`voorinstellingen "${name}" en "${other}" zijn dezelfde stand`);
    }
  }
  if (presetNames.includes(spec.defaultPreset) && !sameState(spec.state, presetState(spec.state, spec.defaultPreset)!, spec.state.defaults)) {
    say(`de standaardvoorinstelling "${spec.defaultPreset}" is niet gelijk aan de standaardwaarden`);
  }
  const labels = presetNames.map((n) => spec.state.presets[n]!.label);
  for (const l of new Set(labels)) if (labels.filter((x) => x === l).length > 1) say(`twee voorinstellingen heten "${l}"`);

  // The table feeds the HTML, the browser and the CSV: headers must be unique and say what they are.
  const headers = spec.table.columns.map((c) => c.header);
  if (headers.length === 0) say('de tabel heeft geen kolommen');
  for (const h of new Set(headers)) if (headers.filter((x) => x === h).length > 1) say(`kolomkop "${h}" komt twee keer voor (ook in de CSV)`);
  if (spec.table.columns.filter((c) => c.rowHeader).length !== 1) say('de tabel heeft precies één kolom met rijkoppen nodig (rowHeader)');

  // The view: a narrow layout for phones and a wide one.
  const { smal, breed } = spec.view.layouts;
  if (!smal || !breed) say('de weergave heeft een smalle en een brede opmaak nodig');
  else {
    if (smal.width >= LAYOUT_BREAKPOINT) say(`de smalle opmaak moet smaller zijn dan ${LAYOUT_BREAKPOINT} px`);
    if (breed.width < LAYOUT_BREAKPOINT) say(`de brede opmaak moet minstens ${LAYOUT_BREAKPOINT} px breed zijn`);
  }

  if (!spec.source.trim()) say('de bronregel ontbreekt');
  if (!spec.licence.trim()) say('de licentie ontbreekt');

  // Illustrations keep the text's claims apart from their assumptions; data widgets name their data.
  if (spec.kind === 'illustratie') {
    if (!words.claims) say('een illustratie moet zeggen wat de tekst zegt, wat ze aanneemt en wat ze niet zegt (claims)');
    else {
      const { says, assumes, doesNotSay } = words.claims;
      if (says.length === 0 || assumes.length === 0 || doesNotSay.length === 0) say('claims: elk van de drie lijsten heeft minstens één punt');
      for (const line of [...says, ...assumes, ...doesNotSay]) {
        for (const m of line.matchAll(/<q>([\s\S]*?)<\/q>/g)) {
          if (m[1]!.trim().split(/\s+/).length > MAX_QUOTE_WORDS) say(`citaat langer dan ${MAX_QUOTE_WORDS} woorden: "${m[1]!.slice(0, 40)}…"`);
        }
      }
    }
  }
  if (spec.kind === 'data') {
    if (!spec.vintages || spec.vintages.released.length === 0) say('een datawidget noemt zijn datajaargangen (vintages)');
    if (!words.loadData) say('een datawidget heeft een loadData nodig');
  }
  if (spec.vintages) {
    const ids = spec.vintages.released.map((v) => v.id);
    for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) say(`datajaargang "${id}" komt twee keer voor`);
    for (const v of spec.vintages.released) if (!/^[a-z0-9][a-z0-9-]*$/.test(v.id)) say(`datajaargang "${v.id}": alleen kleine letters, cijfers en streepjes`);
    const dates = spec.vintages.released.map((v) => v.released);
    if (dates.some((d, i) => i > 0 && d < dates[i - 1]!)) say('de datajaargangen staan niet van oud naar nieuw');
  }

  if (!words.intro.trim() || !words.heading.trim() || !words.description.trim()) say('intro, kop of beschrijving ontbreekt');
  return problems;
}

/** Validates all widgets; throws one error listing every problem (the build stops). */
export function assertValidWidgets(defs: readonly WidgetDefinition[]): void {
  const problems = defs.flatMap(validateWidget);
  const names = defs.map((d) => d.spec.name);
  for (const n of new Set(names)) if (names.filter((x) => x === n).length > 1) problems.push(`twee widgets heten "${n}"`);
  if (problems.length > 0) throw new Error(`Ongeldige widget-spec:\n- ${problems.join('\n- ')}`);
}
