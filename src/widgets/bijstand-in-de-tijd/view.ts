// Draws "De bijstand door de jaren heen" into an <svg>, laid out for the width it gets: on a
// phone the legend wraps and the dated lines' labels stack in more rows, so no text is drawn
// below 12 CSS px. The same function renders the static SVG at build time (linkedom) and redraws
// it in the browser, where every element is found by its class and updated in place.
// Only d3-selection: the two scales are straight lines, written out here (see the gordijnbeweging
// view for why d3-scale is left out of the bundle).
import { select, type Selection } from 'd3-selection';
import type { LayoutName, RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT, INK, STROKE, tone, type MarkerShape } from '../../lib/charts/theme.ts';
import { wrapText } from '../../lib/widget-kit/standalone.ts';
import { valueTicks, yearTicks, type SeriesId, type TijdModel, type TijdState } from '../../lib/bijstand-tijd/model.ts';

type AnySelection = Selection<any, any, any, any>;

/** The legend's words per series: what is counted and when, short enough for two lines on a phone. */
export const LEGEND: Record<SeriesId, string> = {
  uitkeringen: 'Bijstandsuitkeringen tot de AOW-leeftijd (jaargemiddelde)',
  personen: 'Personen met bijstand tot de AOW-leeftijd (eind december)',
  ww: 'WW-uitkeringen (jaargemiddelde)',
  werkloosheid: 'Werklozen, internationale definitie (jaargemiddelde)',
};
const MARKS_LEGEND = 'Cijfer uit een van de stukken';

export const TIJD_LAYOUTS = {
  smal: { width: 328, height: 440 },
  breed: { width: 720, height: 420 },
} as const;

const LINE_HEIGHT = 15;

interface Geometry {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** a position on the time axis (fractional years) → px */
  x(t: number): number;
  /** px → position on the time axis */
  t(px: number): number;
  /** a value in thousands → px */
  y(v: number): number;
  eventRows: number;
  legendTop: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Where everything goes, for one model, size and layout; the island uses it for the focused year. */
export function geometry(m: TijdModel, width: number, height: number, layout: LayoutName): Geometry {
  const eventRows = 2;
  const legendLines = layout === 'smal' ? 9 : 6;
  const left = 40;
  const right = width - 14;
  const top = 24 + eventRows * LINE_HEIGHT + 6;
  const legendTop = height - legendLines * LINE_HEIGHT - 6;
  const bottom = legendTop - 34;
  const [d0, d1] = m.domain;
  const x = (t: number) => r1(left + ((t - d0) / (d1 - d0)) * (right - left));
  const t = (px: number) => d0 + ((px - left) / (right - left)) * (d1 - d0);
  const y = (v: number) => r1(bottom - (v / m.yMax) * (bottom - top));
  return { left, right, top, bottom, x, t, y, eventRows, legendTop };
}

/**
 * A join key that also works on the static markup an island takes over: elements drawn at build
 * time carry no bound data, so their key is read from the `data-key` attribute every join writes.
 */
function keyBy<T>(key: (d: T) => string) {
  return function (this: Element, d: T | undefined): string {
    return d === undefined ? (this.getAttribute('data-key') ?? '') : key(d);
  };
}

/** The child of `parent` with this class, created (once) if it is not there yet. */
function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

/** A marker's outline, centred on (x, y): the theme's shape per series, so colour is never the only difference. */
export function markerPath(shape: MarkerShape, x: number, y: number, r = 4): string {
  switch (shape) {
    case 'square':
      return `M${r1(x - r)} ${r1(y - r)}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'triangle':
      return `M${r1(x)} ${r1(y - r - 1)}L${r1(x + r + 1)} ${r1(y + r)}H${r1(x - r - 1)}z`;
    case 'diamond':
      return `M${r1(x)} ${r1(y - r - 1)}L${r1(x + r + 1)} ${r1(y)}L${r1(x)} ${r1(y + r + 1)}L${r1(x - r - 1)} ${r1(y)}z`;
    default:
      return `M${r1(x - r)} ${r1(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
}

/** The line through a series' points, broken where a year has no figure (a gap, never a guess). */
export function gappedPath(points: readonly { x: number; value: number | null }[], g: Pick<Geometry, 'x' | 'y'>): string {
  let d = '';
  let drawing = false;
  for (const p of points) {
    if (p.value === null) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${g.x(p.x)} ${g.y(p.value)}`;
    drawing = true;
  }
  return d;
}

const thousands = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
/** About how wide a text is at a font size (system-ui averages a little under 0.6 em a character). */
const textWidth = (text: string, size: number) => text.length * size * 0.6;

export function renderTijd(svgElement: SVGSVGElement, input: RenderInput<TijdState, TijdModel>): void {
  const { model: m, width, height, layout } = input;
  const g = geometry(m, width, height, layout);
  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT.family)
    .attr('font-size', FONT.small)
    .attr('fill', INK.text);

  // The value axis: round steps from zero, so the lines' heights can be compared.
  part(svg, 'text', 't-unit').attr('x', 0).attr('y', 14).attr('fill', INK.muted).text('aantal × 1 000');
  const yTicks = part(svg, 'g', 't-y-ticks');
  const yt = yTicks
    .selectAll('g')
    .data(valueTicks(m.yMax), keyBy((d: number) => String(d)) as any)
    .join((enter: AnySelection) => {
      const t = enter.append('g');
      t.append('line');
      t.append('text');
      return t;
    });
  yt.attr('data-key', (d: number) => String(d));
  yt.select('line').attr('x1', g.left).attr('x2', g.right).attr('y1', (d: number) => g.y(d)).attr('y2', (d: number) => g.y(d)).attr('stroke', INK.grid).attr('stroke-opacity', (d: number) => (d === 0 ? 1 : INK.gridOpacity));
  yt.select('text').attr('x', g.left - 6).attr('y', (d: number) => g.y(d) + 4).attr('text-anchor', 'end').text((d: number) => thousands.format(d));

  // The time axis: a tick at the start of each shown year.
  const xTicks = part(svg, 'g', 't-x-ticks');
  const xt = xTicks
    .selectAll('g')
    .data(yearTicks(m.domain[0], m.domain[1] - 1, g.right - g.left), keyBy((d: number) => String(d)) as any)
    .join((enter: AnySelection) => {
      const t = enter.append('g');
      t.append('line');
      t.append('text');
      return t;
    });
  xt.attr('data-key', (d: number) => String(d));
  // the tick at the start of the year, its label in the middle of the year it names
  xt.select('line').attr('x1', (d: number) => g.x(d)).attr('x2', (d: number) => g.x(d)).attr('y1', g.bottom).attr('y2', g.bottom + 5).attr('stroke', INK.axis);
  const half = textWidth('0000', FONT.small) / 2;
  xt.select('text')
    .attr('x', (d: number) => r1(Math.min(Math.max(g.x(d + 0.5), half), width - half)))
    .attr('y', g.bottom + 18)
    .attr('text-anchor', 'middle')
    .text((d: number) => String(d));

  // Laws and crises: dated lines, labels stacked in rows so that they never overlap.
  const rowEnds = new Array<number>(g.eventRows).fill(-Infinity);
  const placed = m.events.map((e) => {
    const x = g.x(e.at);
    const w = textWidth(e.label, FONT.small);
    const anchorEnd = x + 3 + w > width;
    const from = anchorEnd ? x - 3 - w : x + 3;
    let row = rowEnds.findIndex((end) => end + 8 <= from);
    if (row === -1) row = g.eventRows - 1;
    rowEnds[row] = from + w;
    return { ...e, x, row, anchorEnd };
  });
  const ev = part(svg, 'g', 't-events')
    .selectAll('g')
    .data(placed, keyBy((d: any) => d.id) as any)
    .join((enter: AnySelection) => {
      const t = enter.append('g');
      t.append('line');
      t.append('text');
      return t;
    });
  ev.attr('data-key', (d: any) => d.id);
  ev.select('line')
    .attr('x1', (d: any) => d.x)
    .attr('x2', (d: any) => d.x)
    .attr('y1', (d: any) => 24 + d.row * LINE_HEIGHT + 4)
    .attr('y2', g.bottom)
    .attr('stroke', INK.muted)
    .attr('stroke-width', STROKE.rule)
    .attr('stroke-dasharray', '3 3');
  ev.select('text')
    .attr('x', (d: any) => (d.anchorEnd ? d.x - 3 : d.x + 3))
    .attr('y', (d: any) => 24 + d.row * LINE_HEIGHT + LINE_HEIGHT - 3)
    .attr('text-anchor', (d: any) => (d.anchorEnd ? 'end' : 'start'))
    .attr('fill', INK.muted)
    .text((d: any) => d.label);

  // The series: each its own line, dash and marker; never joined to another.
  const lines = part(svg, 'g', 't-series')
    .selectAll('g.t-line')
    .data(m.series, keyBy((d: any) => d.meta.id) as any)
    .join((enter: AnySelection) => {
      const t = enter.append('g').attr('class', 't-line');
      t.append('path').attr('class', 't-path');
      t.append('g').attr('class', 't-markers');
      return t;
    });
  lines.attr('data-series', (d: any) => d.meta.id).attr('data-key', (d: any) => d.meta.id);
  lines
    .select('path.t-path')
    .attr('d', (d: any) => gappedPath(d.points, g))
    .attr('fill', 'none')
    .attr('stroke', (d: any) => tone(d.meta.tone).color)
    .attr('stroke-width', STROKE.line)
    .attr('stroke-dasharray', (d: any) => tone(d.meta.tone).dash)
    .attr('stroke-linejoin', 'round');
  lines.each(function (this: any, s: any) {
    const t = tone(s.meta.tone);
    select(this)
      .select('g.t-markers')
      .selectAll('path')
      .data(s.points.filter((p: any) => p.value !== null), keyBy((p: any) => String(p.year)) as any)
      .join('path')
      .attr('data-key', (p: any) => String(p.year))
      .attr('d', (p: any) => markerPath(t.marker, g.x(p.x), g.y(p.value)))
      .attr('fill', (p: any) => (p.status === 'voorlopig' ? INK.background : t.color))
      .attr('stroke', t.color)
      .attr('stroke-width', 1.5);
  });

  // The documents' own figures: hollow rings, named in the table and under the chart.
  part(svg, 'g', 't-marks')
    .selectAll('path')
    .data(m.marks, keyBy((d: any) => d.figure) as any)
    .join('path')
    .attr('data-key', (d: any) => d.figure)
    .attr('d', (d: any) => markerPath('circle', g.x(d.at), g.y(d.value), 5))
    .attr('fill', INK.background)
    .attr('stroke', INK.text)
    .attr('stroke-width', 2);

  // The legend: every shown series with its line, and the documents' markers when any are in view.
  const entries = [
    ...m.series.map((s) => ({ key: s.meta.id, text: LEGEND[s.meta.id], tone: tone(s.meta.tone), mark: false })),
    ...(m.marks.length > 0 ? [{ key: 'stukken', text: MARKS_LEGEND, tone: undefined, mark: true }] : []),
    ...(m.series.some((s) => s.points.some((p) => p.status === 'voorlopig')) ? [{ key: 'voorlopig', text: 'open teken: voorlopig cijfer', tone: undefined, mark: false }] : []),
  ];
  let lineNo = 0;
  const textX = 34;
  const laid = entries.map((e) => {
    const text = layout === 'smal' ? wrapText(e.text, width - textX - 4, FONT.small) : [e.text];
    const at = lineNo;
    lineNo += text.length;
    return { ...e, lines: text, y: g.legendTop + at * LINE_HEIGHT + 11 };
  });
  const legend = part(svg, 'g', 't-legend')
    .selectAll('g')
    .data(laid, keyBy((d: any) => d.key) as any)
    .join((enter: AnySelection) => {
      const t = enter.append('g');
      t.append('path').attr('class', 't-swatch-line');
      t.append('path').attr('class', 't-swatch-mark');
      t.append('text');
      return t;
    });
  legend.attr('data-key', (d: any) => d.key);
  legend
    .select('path.t-swatch-line')
    .attr('d', (d: any) => (d.tone ? `M0 ${d.y - 4}H26` : ''))
    .attr('stroke', (d: any) => d.tone?.color ?? 'none')
    .attr('stroke-width', STROKE.line)
    .attr('stroke-dasharray', (d: any) => d.tone?.dash ?? null)
    .attr('fill', 'none');
  legend
    .select('path.t-swatch-mark')
    .attr('d', (d: any) => (d.tone ? markerPath(d.tone.marker, 13, d.y - 4) : d.mark ? markerPath('circle', 13, d.y - 4, 5) : markerPath('square', 13, d.y - 4)))
    .attr('fill', (d: any) => (d.tone ? d.tone.color : INK.background))
    .attr('stroke', (d: any) => d.tone?.color ?? INK.text)
    .attr('stroke-width', (d: any) => (d.mark ? 2 : 1.5));
  legend.select('text').each(function (this: any, d: any) {
    select(this)
      .attr('x', textX)
      .attr('y', d.y)
      .selectAll('tspan')
      .data(d.lines)
      .join('tspan')
      .attr('x', textX)
      .attr('dy', (_l: any, i: number) => (i === 0 ? 0 : LINE_HEIGHT))
      .text((l: any) => String(l));
  });

  // Where the island marks the year the reader points at or focuses (filled by the island).
  part(svg, 'g', 't-focus');
}

export const tijdView: WidgetView<TijdState, TijdModel> = {
  layouts: TIJD_LAYOUTS,
  render: renderTijd,
};
