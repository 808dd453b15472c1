// Plot at build time, in one place. Every static chart calls plotToSvg: it runs Plot.plot in a
// linkedom document with the theme's defaults (font, colours, transparent background, Dutch tick
// labels) and turns Plot's output into the markup the site needs:
// - one image with one accessible name: Plot's aria-labels on inner groups ("line", "y-axis
//   tick") would be read out one by one, and inside role="img" they are not allowed anyway;
// - no width and height, so CSS sizes the SVG from its viewBox (it scales down on phones);
// - coordinates rounded to a tenth of a pixel (src/lib/svg-precision.ts): a third less markup.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { roundSvgGeometry } from '../svg-precision.ts';
import { dutchTickFormat } from './format.ts';
import { PLOT_STYLE } from './theme.ts';

/** The accessible name: a text of its own, or the ids of elements that say it (caption, summary). */
export type ChartName = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

export interface FinishOptions {
  /** decimals kept in geometry attributes (default 1: a tenth of a pixel) */
  decimals?: number;
}

export type PlotSvg = SVGSVGElement & Plot.Plot;

export interface PlotToSvgOptions extends FinishOptions {
  /**
   * Runs after Plot has drawn and before the markup is made: to add D3 chart parts (direct
   * labels, annotations) that use Plot's own scales, `svg.scale('x')!.apply`.
   */
  after?: (svg: PlotSvg, document: Document) => void;
}

const POSITION_SCALES = ['x', 'y', 'fx', 'fy'] as const;

/**
 * The options with the theme's defaults filled in: the style (merged, the caller's keys win) and,
 * for every position scale without its own tickFormat, Dutch tick labels.
 */
export function themedPlotOptions(options: Plot.PlotOptions): Plot.PlotOptions {
  const themed: Plot.PlotOptions = {
    ...options,
    style: { ...PLOT_STYLE, ...(typeof options.style === 'object' && options.style ? options.style : {}) },
  };
  for (const name of POSITION_SCALES) {
    const scale = options[name];
    // facet scales only when the chart has them: their options alone would not make them
    if (scale === null || ((name === 'fx' || name === 'fy') && scale === undefined)) continue;
    if (scale?.tickFormat !== undefined) continue;
    themed[name] = { ...scale, tickFormat: dutchTickFormat() };
  }
  return themed;
}

/**
 * The post-processing alone, for an SVG that Plot (or anything else) drew: strips inner ARIA
 * labels, makes the SVG one named image, removes its fixed size and rounds its geometry.
 */
export function finishPlotSvg(svg: Element, name: ChartName, options: FinishOptions = {}): string {
  if (svg.tagName.toLowerCase() !== 'svg') {
    throw new Error('finishPlotSvg: Plot gaf geen <svg> maar een <figure>; gebruik geen Plot-legenda of -titel, het onderdeel heeft een eigen bijschrift');
  }
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.removeAttribute('aria-description');
  svg.setAttribute('role', 'img');
  if (name.label !== undefined) {
    if (!name.label.trim()) throw new Error('finishPlotSvg: een grafiek heeft een toegankelijke naam nodig');
    svg.setAttribute('aria-label', name.label);
    svg.removeAttribute('aria-labelledby');
  } else {
    if (!name.labelledBy?.trim()) throw new Error('finishPlotSvg: een grafiek heeft een toegankelijke naam nodig');
    svg.setAttribute('aria-labelledby', name.labelledBy);
    svg.removeAttribute('aria-label');
  }
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return roundSvgGeometry(svg.outerHTML, options.decimals);
}

/** Renders a Plot chart at build time and returns its finished SVG markup. */
export function plotToSvg(options: Plot.PlotOptions, name: ChartName, extra: PlotToSvgOptions = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const doc = document as unknown as Document;
  const svg = Plot.plot({ ...themedPlotOptions(options), document: doc });
  if (svg.tagName.toLowerCase() === 'svg') extra.after?.(svg as PlotSvg, doc);
  return finishPlotSvg(svg, name, extra);
}
