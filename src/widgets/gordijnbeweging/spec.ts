// The gordijnbeweging widget's spec: its state (what a link can say), its model, summary, table
// and titles. Runs in the browser too, so it holds no long texts (those are in words.ts).
// zod/mini: the same validation as zod, small enough for the browser bundle.
import * as z from 'zod/mini';
import { booleanField, matchingPreset, numberField, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { curtainPositions, cycleLabel, type CurtainPositions } from '../../lib/gordijn/model.ts';
import { gordijnView } from './view.ts';
import { CHART_LICENCE } from '../../lib/site.ts';

export const gordijnStateSchema = z.strictObject({
  /** business cycle position, -100 (deep crisis) … 100 (strong boom), in steps of 5 */
  conjunctuur: z.number().check(z.int(), z.minimum(-100), z.maximum(100), z.multipleOf(5)),
  /** with or without the proposed participatiefonds */
  fonds: z.boolean(),
});

export type GordijnState = z.infer<typeof gordijnStateSchema>;

export const gordijnState: WidgetStateSpec<GordijnState> = {
  name: 'gordijnbeweging',
  version: 1,
  schema: gordijnStateSchema,
  defaults: { conjunctuur: 0, fonds: false },
  fields: {
    conjunctuur: numberField('conjunctuur', 'conjunctuur', -100, 100, 5),
    fonds: booleanField('fonds', 'participatiefonds'),
  },
  presets: {
    normaal: {
      label: 'Normale conjunctuur',
      description: 'De uitgangspositie: beide gordijnen op hun plaats, de kwetsbare groep ertussen.',
      state: { conjunctuur: 0, fonds: false },
    },
    hoogconjunctuur: {
      label: 'Hoogconjunctuur',
      description: 'In goede tijden trekken beide gordijnen naar binnen en krimpt de kwetsbare groep in het midden.',
      state: { conjunctuur: 100, fonds: false },
    },
    'crisis-zonder-fonds': {
      label: 'Crisis zonder participatiefonds',
      description: 'In een crisis trekken beide gordijnen zich terug: de markt én de overheid, die bezuinigt. Het midden groeit het snelst.',
      state: { conjunctuur: -100, fonds: false },
    },
    'crisis-met-fonds': {
      label: 'Crisis met participatiefonds',
      description: 'Met een fonds uit goede tijden blijft het publieke gordijn staan; de markt trekt zich nog steeds terug.',
      state: { conjunctuur: -100, fonds: true },
    },
  },
  migrations: {},
};

/** Positions on the 0–100 scale of wage value, as the table, the summary and the chart print them. */
export interface ZoneRow {
  zone: string;
  from: number;
  to: number;
  width: number;
  /** width now minus width in a normal economy without fund */
  change: number;
}

export interface GordijnModel {
  /** the model's cycle position, -1 … 1 */
  cycle: number;
  label: string;
  positions: CurtainPositions;
  /** where the curtains hang in a normal economy (the dashed reference lines) */
  neutral: CurtainPositions;
  /** where the public curtain would be without the fund (what the fund holds up) */
  withoutFund: CurtainPositions;
  rows: [ZoneRow, ZoneRow, ZoneRow];
}

/** Points on the 0–100 scale: the rounding the reader sees everywhere. */
export const points = (x: number) => Math.round(x * 100);

export function gordijnModel(state: GordijnState): GordijnModel {
  const cycle = state.conjunctuur / 100;
  const positions = curtainPositions(cycle, state.fonds);
  const neutral = curtainPositions(0, false);
  const row = (zone: string, from: number, to: number, nFrom: number, nTo: number): ZoneRow => ({
    zone,
    from: points(from),
    to: points(to),
    width: points(to) - points(from),
    change: points(to) - points(from) - (points(nTo) - points(nFrom)),
  });
  return {
    cycle,
    label: cycleLabel(cycle),
    positions,
    neutral,
    withoutFund: curtainPositions(cycle, false),
    rows: [
      row('Publieke voorzieningen', 0, positions.publicEdge, 0, neutral.publicEdge),
      row('Kwetsbare groep in het midden', positions.publicEdge, positions.marketEdge, neutral.publicEdge, neutral.marketEdge),
      row('Reguliere arbeidsmarkt', positions.marketEdge, 1, neutral.marketEdge, 1),
    ],
  };
}

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

function widerOrNarrower(n: number): string {
  return n > 0 ? `${whole.format(n)} punten breder` : n < 0 ? `${whole.format(-n)} punten smaller` : 'even breed';
}

/**
 * The live summary: the chart's message in short sentences (B1). The exact positions are in
 * the table; the summary says what changed.
 */
export function gordijnSummary(state: GordijnState, m: GordijnModel): string {
  const [, middle] = m.rows;
  const parts = [
    `${capitalise(m.label)}, ${state.fonds ? 'met' : 'zonder'} participatiefonds.`,
    `De kwetsbare groep in het midden is ${whole.format(middle.width)} punten breed${middle.change === 0 ? ', even breed als normaal' : `, ${widerOrNarrower(middle.change)} dan normaal`}.`,
  ];
  if (m.cycle < 0 && !state.fonds) parts.push('Beide gordijnen trekken zich terug: de markt, en de overheid die bezuinigt.');
  if (m.cycle < 0 && state.fonds) parts.push('Het fonds houdt het publieke gordijn op zijn plaats. Het gordijn van de markt trekt zich wel terug.');
  if (m.cycle > 0) parts.push('Beide gordijnen schuiven naar binnen.');
  parts.push('De posities zijn aannames van deze schets, op een schaal van loonwaarde van 0 tot 100.');
  return parts.join(' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const WIDGET_TITLE = 'De gordijnbeweging';

export function gordijnTitle(state: GordijnState): string {
  const preset = matchingPreset(gordijnState, state);
  if (preset === 'normaal') return WIDGET_TITLE;
  if (preset) return `${WIDGET_TITLE}: ${gordijnState.presets[preset]!.label.toLowerCase()}`;
  return `${WIDGET_TITLE}: ${cycleLabel(state.conjunctuur / 100)} (${signed.format(state.conjunctuur)}), ${state.fonds ? 'met' : 'zonder'} participatiefonds`;
}

/** The slider's value in words, for screen readers ("laagconjunctuur (-35)"). */
export function conjunctuurText(conjunctuur: number): string {
  return `${cycleLabel(conjunctuur / 100)} (${signed.format(conjunctuur)})`;
}

export function gordijnWords(state: GordijnState, m: GordijnModel): string {
  return `Conjunctuur: ${m.label} (${signed.format(state.conjunctuur)} op een schaal van -100 tot 100), ${state.fonds ? 'met' : 'zonder'} participatiefonds.`;
}

export const gordijnSpec: WidgetSpec<GordijnState, GordijnModel, ZoneRow> = {
  name: 'gordijnbeweging',
  title: WIDGET_TITLE,
  kind: 'illustratie',
  state: gordijnState,
  defaultPreset: 'normaal',
  model: gordijnModel,
  view: gordijnView,
  summary: gordijnSummary,
  table: {
    caption: () => 'Wat de grafiek tekent: posities op een schaal van loonwaarde van 0 (geen loonwaarde) tot 100 (meest verdienend), schematisch',
    rows: (_state, m) => m.rows,
    columns: [
      { header: 'Deel van de arbeidsmarkt', rowHeader: true, format: (r) => r.zone },
      { header: 'Van', unit: 'punt', numeric: true, format: (r) => whole.format(r.from) },
      { header: 'Tot', unit: 'punt', numeric: true, format: (r) => whole.format(r.to) },
      { header: 'Breedte', unit: 'punten', numeric: true, format: (r) => whole.format(r.width) },
      { header: 'Verschil met normaal', unit: 'punten', numeric: true, format: (r) => signed.format(r.change) },
    ],
  },
  stateTitle: gordijnTitle,
  stateWords: gordijnWords,
  source: 'Schematisch, naar Hans Rodenburg in ‘Werk aan de winkel’ (Wetenschappelijk Bureau GroenLinks), hoofdstuk 8. De posities zijn aannames: de tekst geeft geen cijfers.',
  unit: 'punten op een schaal van loonwaarde van 0 tot 100 (schematisch, geen meting)',
  licence: CHART_LICENCE,
};
