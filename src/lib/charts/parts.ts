// Chart parts drawn with D3 into any document: a linkedom document at build time, the browser's at
// run time. Each part is a function (parent, data, options) in the spirit of Plot's marks: it owns
// one <g> child of `parent` (found by its class, created once) and joins its data by key, so
// calling it again on the same SVG, on every input of a widget, updates the elements in place.
// Keys are also written as data-key attributes: an island that takes over the SVG from the static
// HTML (whose elements carry no D3 data) still finds and reuses every element.
//
// Only d3-selection and d3-axis: small enough for widget islands. (d3-shape's line generator
// would add some 6 kB gzipped to every island, for what linePath() below does in ten lines.)
import { select, type BaseType, type Selection } from 'd3-selection';
import { axisBottom, axisLeft, type AxisDomain, type AxisScale } from 'd3-axis';
import { FONT, INK, STROKE, tone, type ToneRef } from './theme.ts';
import { dutchTickFormat, type TickKind } from './format.ts';
import { dodge } from './labels.ts';

type AnySelection = Selection<any, any, any, any>;
/** Where a part draws: an <svg> or a <g> inside one, in any document. */
export type Parent = Element | SVGElement;
/** Maps a data value to a pixel: any d3 scale, or Plot's `svg.scale('x').apply`. */
export type PositionScale = (value: any) => number | undefined | null;
export type XValue = number | Date;

const round = (n: number) => Math.round(n * 10) / 10;

/** The child of `parent` with this class, created once: each part draws into its own layer. */
export function layer(parent: Parent | AnySelection, className: string, tag = 'g'): AnySelection {
  const p: AnySelection = 'node' in parent && typeof parent.node === 'function' ? (parent as AnySelection) : select(parent as Element);
  return p.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

interface Keyed {
  key: string;
}
/** Key function for joins: the datum's key, or for an element without D3 data, its data-key. */
function byKey(this: BaseType | Keyed[], d: Keyed | undefined): string {
  return d?.key ?? ((this as Element).getAttribute?.('data-key') ?? '');
}

// ---------------------------------------------------------------------------------------------
// lines

export interface LinePoint {
  x: XValue;
  /** null or undefined: no value here, and the line has a gap */
  y: number | null | undefined;
}

export interface LineSeries {
  /** unique within the chart; the join key */
  key: string;
  /** what a reader sees in the direct label (default: the key) */
  label?: string;
  /** palette entry; default the series' index */
  tone?: ToneRef;
  /** the series' own points: each series may cover its own x range */
  points: readonly LinePoint[];
}

export interface LinesOptions {
  x: PositionScale;
  y: PositionScale;
  /** @default 'bu-lines' */
  className?: string;
  /** @default STROKE.line (2.5) */
  strokeWidth?: number;
  /** draw the palette's dash pattern, so colour is never the only carrier @default true */
  dashed?: boolean;
}

const isDefined = (p: LinePoint) => p.y !== null && p.y !== undefined && Number.isFinite(p.y);

/**
 * The path data of one line through its points, in their order, rounded to a tenth of a pixel.
 * A point without a value (or outside the scales) ends the current run: the next run starts with
 * a new "M", so the line is never drawn across a gap. A run of one point is a lone "M x,y".
 */
export function linePath(points: readonly LinePoint[], x: PositionScale, y: PositionScale): string {
  let d = '';
  let open = false;
  for (const p of points) {
    const px = isDefined(p) ? x(p.x) : undefined;
    const py = isDefined(p) ? y(p.y) : undefined;
    if (px === undefined || px === null || py === undefined || py === null || !Number.isFinite(px) || !Number.isFinite(py)) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${round(px)},${round(py)}`;
    open = true;
  }
  return d;
}

/**
 * One <path> per series, each from its own points (sorted by x). A missing value (null, undefined,
 * NaN) breaks the line: the path gets a new subpath ("M") after the gap, and is never drawn across
 * it. Points outside the x scale's domain are still drawn where the scale puts them; clip at the
 * caller if needed.
 */
export function lines(parent: Parent, series: readonly LineSeries[], options: LinesOptions): AnySelection {
  const { x, y, className = 'bu-lines', strokeWidth = STROKE.line, dashed = true } = options;
  const g = layer(parent, className).attr('fill', 'none').attr('stroke-linejoin', 'round').attr('stroke-linecap', 'round');
  const data = series.map((s, i) => ({ ...s, look: tone(s.tone ?? i) }));
  g.selectChildren<SVGPathElement, (typeof data)[number]>('path.bu-line')
    .data(data, byKey)
    .join('path')
    .attr('class', 'bu-line')
    .attr('data-key', (d) => d.key)
    .attr('d', (d) => linePath([...d.points].sort((a, b) => +a.x - +b.x), x, y))
    .attr('stroke', (d) => d.look.color)
    .attr('stroke-width', strokeWidth)
    .attr('stroke-dasharray', (d) => (dashed ? d.look.dash : null));
  return g;
}

/** The last point with a value of each series, for its direct label (series without any: none). */
export function lineEnds(series: readonly LineSeries[]): { key: string; text: string; x: XValue; y: number; tone: ToneRef }[] {
  return series.flatMap((s, i) => {
    const defined = s.points.filter(isDefined);
    if (defined.length === 0) return [];
    const last = defined.reduce((a, b) => (+b.x > +a.x ? b : a));
    return [{ key: s.key, text: s.label ?? s.key, x: last.x, y: last.y as number, tone: s.tone ?? i }];
  });
}

// ---------------------------------------------------------------------------------------------
// bars

export interface BarDatum {
  key: string;
  /** the band the bar stands in */
  category: string;
  value: number;
  tone?: ToneRef;
  /** drawn lighter: the source gives an approximation */
  approximate?: boolean;
}

export interface BandScale {
  (value: string): number | undefined;
  bandwidth(): number;
}

export interface BarsOptions {
  /** the scale across the bars (d3 scaleBand) */
  band: BandScale;
  /** the scale along the bars */
  value: PositionScale;
  /** 'vertical': bars rise from the value 0 (Plot's barY); 'horizontal': they run right (barX) @default 'vertical' */
  orientation?: 'vertical' | 'horizontal';
  /** @default 'bu-bars' */
  className?: string;
  /** palette entry for bars without their own @default 0 */
  tone?: ToneRef;
}

/** One <rect> per datum, from the value 0 to its value (negative values go the other way). */
export function bars(parent: Parent, data: readonly BarDatum[], options: BarsOptions): AnySelection {
  const { band, value, orientation = 'vertical', className = 'bu-bars', tone: defaultTone = 0 } = options;
  const g = layer(parent, className);
  const zero = value(0) ?? 0;
  const geometry = (d: BarDatum) => {
    const start = band(d.category) ?? 0;
    const end = value(d.value) ?? zero;
    const along = { from: round(Math.min(zero, end)), size: round(Math.abs(end - zero)) };
    const across = { from: round(start), size: round(band.bandwidth()) };
    return orientation === 'vertical'
      ? { x: across.from, width: across.size, y: along.from, height: along.size }
      : { x: along.from, width: along.size, y: across.from, height: across.size };
  };
  g.selectChildren<SVGRectElement, BarDatum & { box: ReturnType<typeof geometry> }>('rect.bu-bar')
    .data(
      data.map((d) => ({ ...d, box: geometry(d) })),
      byKey,
    )
    .join('rect')
    .attr('class', 'bu-bar')
    .attr('data-key', (d) => d.key)
    .attr('x', (d) => d.box.x)
    .attr('y', (d) => d.box.y)
    .attr('width', (d) => d.box.width)
    .attr('height', (d) => d.box.height)
    .attr('fill', (d) => tone(d.tone ?? defaultTone).color)
    .attr('fill-opacity', (d) => (d.approximate ? INK.approximateOpacity : null));
  return g;
}

// ---------------------------------------------------------------------------------------------
// axes

/** A d3 scale an axis can read: linear, time, band… */
export type AxisScaleOf<D extends AxisDomain> = AxisScale<D> & { ticks?(count?: number): D[]; domain(): D[] };

export interface AxisOptions {
  /** where the axis stands: the y pixel of an x axis, the x pixel of a y axis */
  at: number;
  /** approximate number of ticks @default 5 */
  ticks?: number;
  /** exact tick values instead */
  tickValues?: readonly AxisDomain[];
  /** how tick values read (Dutch either way) @default 'auto' */
  kind?: TickKind;
  /** a formatter of your own, with Plot's signature (value, index, ticks) */
  tickFormat?: (value: any, index: number, ticks: readonly any[]) => string;
  /** tick length in pixels @default 6 */
  tickSize?: number;
  /** grid lines across the chart, this long in pixels (the frame's width or height) @default 0: none */
  grid?: number;
  /** the axis line itself @default false, as in Plot: the grid and a rule at zero do its work */
  domain?: boolean;
  /** a label at the axis' end, e.g. "↑ uitkeringen (× 1 000)" */
  label?: string;
  /** @default 'bu-axis-x' or 'bu-axis-y' */
  className?: string;
}

function axisPart<D extends AxisDomain>(parent: Parent, scale: AxisScaleOf<D>, orient: 'bottom' | 'left', options: AxisOptions): AnySelection {
  const { at, ticks = 5, kind = 'auto', tickSize = 6, grid = 0, domain = false, label } = options;
  const g = layer(parent, options.className ?? (orient === 'bottom' ? 'bu-axis-x' : 'bu-axis-y')).attr(
    'transform',
    orient === 'bottom' ? `translate(0,${round(at)})` : `translate(${round(at)},0)`,
  );
  const values = ((options.tickValues as readonly D[] | undefined) ?? scale.ticks?.(ticks) ?? scale.domain()).slice();
  const format = options.tickFormat ?? dutchTickFormat(kind);
  const temporal = values[0] instanceof Date;
  // Ticks from the static HTML carry no D3 data: give them back their value, so that d3-axis
  // (which joins ticks by position) updates them instead of replacing them.
  g.selectChildren<Element & { __data__?: unknown }, unknown>('.tick').each(function () {
    const v = this.getAttribute('data-tick');
    if (this.__data__ === undefined && v !== null) this.__data__ = temporal ? new Date(Number(v)) : Number(v);
  });
  const axis = (orient === 'bottom' ? axisBottom(scale) : axisLeft(scale))
    .tickValues(values)
    .tickFormat((d, i) => format(d, i, values))
    .tickSize(tickSize)
    .tickPadding(3)
    // d3-axis shifts by half a pixel on low-density screens only; the same markup everywhere
    .offset(0);
  g.call(axis as never);
  g.attr('fill', null)
    .attr('font-size', FONT.small)
    .attr('font-family', FONT.family)
    .attr('color', INK.axis)
    .attr('text-anchor', orient === 'bottom' ? 'middle' : 'end');
  g.selectChildren('.domain').attr('display', domain ? null : 'none');
  const tick = g.selectChildren<SVGGElement, AxisDomain>('.tick').attr('data-tick', (d) => String(+d));
  tick.selectChildren('text').attr('fill', INK.text);
  tick
    .selectChildren('line.bu-grid')
    .data(grid > 0 ? [null] : [])
    .join('line')
    .attr('class', 'bu-grid')
    .attr('stroke', INK.grid)
    .attr('stroke-opacity', INK.gridOpacity)
    .attr(orient === 'bottom' ? 'y2' : 'x2', orient === 'bottom' ? -grid : grid);
  const range = scale.range();
  g.selectChildren('text.bu-axis-label')
    .data(label ? [label] : [])
    .join('text')
    .attr('class', 'bu-axis-label')
    .attr('fill', INK.text)
    .attr('text-anchor', orient === 'bottom' ? 'end' : 'start')
    .attr('x', orient === 'bottom' ? round(Math.max(...range)) : -round(at))
    .attr('y', orient === 'bottom' ? 32 : round(Math.min(...range)) - 12)
    .text((d) => d);
  return g;
}

/** An x axis at the bottom, with Dutch tick labels ("1,5", "2.000", "mrt 2014"). */
export function axisX<D extends AxisDomain>(parent: Parent, scale: AxisScaleOf<D>, options: AxisOptions): AnySelection {
  return axisPart(parent, scale, 'bottom', options);
}

/** A y axis at the left, with Dutch tick labels and, if asked, grid lines across the chart. */
export function axisY<D extends AxisDomain>(parent: Parent, scale: AxisScaleOf<D>, options: AxisOptions): AnySelection {
  return axisPart(parent, scale, 'left', options);
}

// ---------------------------------------------------------------------------------------------
// direct labels

export interface DirectLabel {
  key: string;
  text: string;
  /** the pixel where the label points (a line's last point) */
  x: number;
  y: number;
  tone?: ToneRef;
}

export interface DirectLabelsOptions {
  /** horizontal distance from the point @default 6 */
  dx?: number;
  /** least vertical distance between two labels' centres @default the font size + 2 */
  gap?: number;
  /** keep labels between these y pixels (the frame's top and bottom) */
  bounds?: readonly [number, number];
  /** @default FONT.base (13) */
  fontSize?: number;
  /** @default FONT.labelWeight (600) */
  fontWeight?: number;
  /** @default 'bu-direct-labels' */
  className?: string;
}

/** Where each label ends up: its target, nudged apart vertically (see dodge()). Pure. */
export function placeLabels(labels: readonly DirectLabel[], options: DirectLabelsOptions = {}): (DirectLabel & { labelY: number })[] {
  const { fontSize = FONT.base, gap = fontSize + 2, bounds } = options;
  const ys = dodge(
    labels.map((l) => l.y),
    gap,
    bounds,
  );
  return labels.map((l, i) => ({ ...l, labelY: ys[i]! }));
}

/**
 * A label at each line's end, in the line's colour, nudged apart so that no two overlap. Colour is
 * not the only link between line and label: the label stands at the line's last point.
 */
export function directLabels(parent: Parent, labels: readonly DirectLabel[], options: DirectLabelsOptions = {}): AnySelection {
  const { dx = 6, fontSize = FONT.base, fontWeight = FONT.labelWeight, className = 'bu-direct-labels' } = options;
  const g = layer(parent, className).attr('font-size', fontSize).attr('font-weight', fontWeight).attr('text-anchor', 'start');
  g.selectChildren<SVGTextElement, ReturnType<typeof placeLabels>[number]>('text.bu-direct-label')
    .data(placeLabels(labels, options), byKey)
    .join('text')
    .attr('class', 'bu-direct-label')
    .attr('data-key', (d) => d.key)
    .attr('x', (d) => round(d.x + dx))
    .attr('y', (d) => round(d.labelY))
    .attr('dy', '0.32em')
    .attr('fill', (d, i) => tone(d.tone ?? i).color)
    .text((d) => d.text);
  return g;
}

// ---------------------------------------------------------------------------------------------
// annotations

export interface Annotation {
  key: string;
  /** where the rule stands, in data units (a date, a step) */
  x: XValue;
  /** a short label, e.g. "Participatiewet" */
  label: string;
}

export interface AnnotationsOptions {
  x: PositionScale;
  /** the rule runs from top to bottom (pixels of the frame) */
  top: number;
  bottom: number;
  /** @default FONT.small (12) */
  fontSize?: number;
  /** @default '4 3' */
  dash?: string;
  /** @default 'bu-annotations' */
  className?: string;
}

/**
 * A vertical rule at each x with a short label above its top, left-aligned at the rule. Labels
 * that would run into the previous one move up a line; the width of a label is estimated from its
 * length (0,6 em a character), as the build has no fonts to measure with.
 */
export function annotations(parent: Parent, items: readonly Annotation[], options: AnnotationsOptions): AnySelection {
  const { x, top, bottom, fontSize = FONT.small, dash = '4 3', className = 'bu-annotations' } = options;
  const g = layer(parent, className).attr('font-size', fontSize);
  const placed = [...items]
    .map((a) => ({ ...a, px: x(a.x) }))
    .filter((a): a is typeof a & { px: number } => a.px !== null && a.px !== undefined && Number.isFinite(a.px))
    .sort((a, b) => a.px - b.px);
  const rowEnds: number[] = [];
  const withRows = placed.map((a) => {
    const start = a.px + 3;
    let row = rowEnds.findIndex((end) => end + 4 <= start);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = start + a.label.length * fontSize * 0.6;
    return { ...a, row };
  });
  const item = g
    .selectChildren<SVGGElement, (typeof withRows)[number]>('g.bu-annotation')
    .data(withRows, byKey)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'bu-annotation');
      e.append('line');
      e.append('text');
      return e;
    })
    .attr('data-key', (d) => d.key)
    .attr('transform', (d) => `translate(${round(d.px)},0)`);
  item
    .select('line')
    .attr('y1', round(top))
    .attr('y2', round(bottom))
    .attr('stroke', INK.muted)
    .attr('stroke-width', STROKE.annotation)
    .attr('stroke-dasharray', dash);
  item
    .select('text')
    .attr('x', 3)
    .attr('y', (d) => round(top - 4 - d.row * (fontSize + 2)))
    .attr('fill', INK.muted)
    .text((d) => d.label);
  return g;
}
