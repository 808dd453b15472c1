// Build-time rendering of a widget: the same view as in the browser, drawn into a linkedom
// document, as SVG markup for the HTML, the downloads and the social preview images. The model is
// computed once per state (`WidgetRender`) and handed to the view, the summary, the table and
// the titles.
import { parseHTML } from 'linkedom';
import { roundSvgGeometry } from '../svg-precision.ts';
import { presetState } from './state.ts';
import { LAYOUT_NAMES, type LayoutName, type WidgetDefinition } from './spec.ts';
import { newestVintage, vintageQuery } from './vintage.ts';
import { tableCells } from './table.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Everything the frame needs for one state, from one model computation. */
export interface WidgetRender<S, M> {
  state: S;
  model: M;
  vintage: string | undefined;
  /** what every link of this state adds: `data=<vintage>` for a data widget, else '' */
  vintageQuery: string;
  title: string;
  words: string;
  summary: string;
  table: ReturnType<typeof tableCells>;
  caption: string;
}

export function renderState<S extends Record<string, unknown>, M>(def: WidgetDefinition<S, M>, state: S, vintage?: string): WidgetRender<S, M> {
  const { spec, words } = def;
  const v = spec.vintages ? (vintage ?? newestVintage(spec.vintages).id) : undefined;
  const found = v !== undefined ? spec.vintages?.released.find((r) => r.id === v) : undefined;
  if (v !== undefined && !found) throw new Error(`widget "${spec.name}": onbekende datajaargang "${v}"`);
  const data = v !== undefined && words.loadData ? words.loadData(v) : undefined;
  const model = spec.model(state, data);
  return {
    state,
    model,
    vintage: v,
    vintageQuery: found ? vintageQuery(found) : '',
    title: spec.stateTitle(state, model),
    words: spec.stateWords(state, model),
    summary: spec.summary(state, model),
    table: tableCells(spec.table, state, model),
    caption: spec.table.caption(state, model),
  };
}

export function renderPreset<S extends Record<string, unknown>, M>(def: WidgetDefinition<S, M>, preset: string): WidgetRender<S, M> {
  const state = presetState(def.spec.state, preset);
  if (!state) throw new Error(`widget "${def.spec.name}": onbekende voorinstelling "${preset}" (bestaande: ${Object.keys(def.spec.state.presets).join(', ')})`);
  return renderState(def, state);
}

/**
 * The chart for one layout as SVG markup at the layout's reference size. The SVG's user units
 * are CSS px; `preserveAspectRatio` keeps the drawing whole (centred, at most its own size)
 * until the island redraws it at the exact width it gets.
 */
export function chartSvg<S extends Record<string, unknown>, M>(
  def: WidgetDefinition<S, M>,
  render: WidgetRender<S, M>,
  layout: LayoutName,
  idPrefix: string,
  attributes: Record<string, string> = {},
): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = document.createElementNS(SVG_NS, 'svg') as unknown as SVGSVGElement;
  document.body.append(svg as unknown as Node);
  const size = def.spec.view.layouts[layout];
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  def.spec.view.render(svg, { state: render.state, model: render.model, width: size.width, height: size.height, layout, idPrefix });
  // The view may not change the frame's size: it is what the page reserves (no layout shift).
  svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  for (const [k, v] of Object.entries(attributes)) svg.setAttribute(k, v);
  return roundSvgGeometry((svg as unknown as Element).outerHTML);
}

/** Both layouts, for the page: the container query shows the one that fits. */
export function chartSvgs<S extends Record<string, unknown>, M>(
  def: WidgetDefinition<S, M>,
  render: WidgetRender<S, M>,
  idPrefix: string,
  attributes: Record<string, string>,
): { layout: LayoutName; markup: string }[] {
  return LAYOUT_NAMES.map((layout) => ({
    layout,
    markup: chartSvg(def, render, layout, `${idPrefix}-${layout}`, {
      ...attributes,
      class: `widget-svg chart-${layout}`,
      'data-layout': layout,
      width: '100%',
      height: String(def.spec.view.layouts[layout].height),
      preserveAspectRatio: 'xMidYMin meet',
    }),
  }));
}
