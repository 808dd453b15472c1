// Draws the numbers the documents give for the chosen cities, in two small panels: people with
// bijstand, and clients per klantmanager. One row per city in the table's order; a dot per number
// the cell names (a range at its lower end, its label says the range); where the document
// contradicts itself the dots are open, joined by a line, and the row says "tegenstrijdig"; where
// it names no number the row says so in words ("niet vermeld", "geen getal"), never an empty gap
// that could be read as zero. Both layouts put the panels above each other; the wide one gives the
// scale more room.
// The same function renders the static SVG at build time and redraws it in the browser, updating
// elements in place (d3-selection's join, by position).
import { select, type Selection } from 'd3-selection';
import type { RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT, INK, tone } from '../../lib/charts/theme.ts';
import { ASPECT_LABEL, NUMERIC_ASPECTS, sortValue, type NumericAspect, type ResolvedCity, type StedenModel, type StedenState } from '../../lib/steden/model.ts';

const DOT = tone('petrol');
const CONFLICT = tone('oker');
const ROW = 18;
const MAX_ROWS = 12;
const HEAD = 30;
const AXIS = 24;
const PANEL = HEAD + ROW * MAX_ROWS + AXIS;

type AnySelection = Selection<any, any, any, any>;

function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** A round upper end for the scale: 1, 2 or 5 times a power of ten, at least the largest value. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 2.5, 5, 10].map((f) => f * p).find((v) => v >= max)!;
}

interface RowData {
  city: ResolvedCity;
  values: number[];
  labels: string[];
  conflict: boolean;
  empty: string | null;
}

function rowData(city: ResolvedCity, aspect: NumericAspect): RowData {
  const cell = city.cells[aspect];
  const firsts = cell.statements.map((s) => s.numbers[0]).filter((n) => n !== undefined);
  const empty = cell.status === 'niet vermeld' ? 'niet vermeld' : sortValue(cell) === null ? 'geen getal' : null;
  return { city, values: firsts.map((n) => n.value), labels: firsts.map((n) => n.short), conflict: cell.status === 'tegenstrijdig' && firsts.length > 1, empty };
}

function panel(parent: AnySelection, aspect: NumericAspect, cities: ResolvedCity[], x0: number, y0: number, w: number, labelWidth: number, valueWidth: number): void {
  const g = part(parent, 'g', `st-panel-${aspect}`).attr('transform', `translate(${x0} ${y0})`);
  const rows = cities.map((c) => rowData(c, aspect));
  const max = niceMax(Math.max(0, ...rows.flatMap((r) => r.values)));
  const left = labelWidth;
  const right = w - valueWidth;
  const x = (v: number) => r1(left + (v / max) * (right - left));

  part(g, 'text', 'st-title').attr('x', 0).attr('y', 16).attr('font-weight', FONT.labelWeight).text(ASPECT_LABEL[aspect]);
  // the key to the open dots, only when a row needs it
  part(g, 'text', 'st-key')
    .attr('x', w)
    .attr('y', 16)
    .attr('text-anchor', 'end')
    .attr('font-size', FONT.small)
    .attr('fill', CONFLICT.color)
    .text(rows.some((r) => r.conflict) ? '○ tegenstrijdig' : '');

  // axis: 0, half and the top of the scale, under the rows
  const axisY = HEAD + ROW * rows.length + 6;
  part(g, 'line', 'st-axis').attr('x1', left).attr('x2', right).attr('y1', axisY).attr('y2', axisY).attr('stroke', INK.axis);
  // 0 and the top; the middle too where there is room for three numbers
  const ticks = right - left >= 220 ? [0, max / 2, max] : [0, max];
  g.selectAll('text.st-tick')
    .data(ticks)
    .join('text')
    .attr('class', 'st-tick')
    .attr('x', (d: number) => x(d))
    .attr('y', axisY + 15)
    .attr('text-anchor', (_: number, i: number) => (i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'))
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text((d: number) => nl.format(d));

  const row = g
    .selectAll('g.st-row')
    // joined by position: the static SVG's rows carry no data when the island takes them over
    .data(rows)
    .join('g')
    .attr('class', 'st-row')
    .attr('transform', (_: RowData, i: number) => `translate(0 ${HEAD + i * ROW})`);

  row.each((d: RowData, i: number, nodes: ArrayLike<unknown>) => {
    const r: AnySelection = select(nodes[i] as SVGGElement);
    part(r, 'text', 'st-label').attr('x', 0).attr('y', 13).attr('font-size', FONT.small).text(d.city.short);
    part(r, 'line', 'st-guide')
      .attr('x1', left)
      .attr('x2', right)
      .attr('y1', 9)
      .attr('y2', 9)
      .attr('stroke', INK.grid)
      .attr('stroke-opacity', d.empty ? 0 : INK.gridOpacity);
    const lo = d.values.length > 0 ? Math.min(...d.values) : 0;
    const hi = d.values.length > 0 ? Math.max(...d.values) : 0;
    part(r, 'line', 'st-span')
      .attr('x1', x(lo))
      .attr('x2', x(hi))
      .attr('y1', 9)
      .attr('y2', 9)
      .attr('stroke', CONFLICT.color)
      .attr('stroke-width', d.conflict ? 2 : 0)
      .attr('stroke-dasharray', CONFLICT.dash ?? null);
    const look = d.conflict ? CONFLICT : DOT;
    r.selectAll('circle.st-dot')
      .data(d.values)
      .join('circle')
      .attr('class', 'st-dot')
      .attr('cx', (v: number) => x(v))
      .attr('cy', 9)
      .attr('r', 4.5)
      .attr('fill', d.conflict ? '#ffffff' : look.color)
      .attr('stroke', look.color)
      .attr('stroke-width', 2);
    // the numbers as the document gives them, or why there is none
    const words = d.empty ?? d.labels.join(' / ');
    part(r, 'text', 'st-value')
      .attr('x', d.empty ? left : w)
      .attr('y', 13)
      .attr('text-anchor', d.empty ? 'start' : 'end')
      .attr('font-size', FONT.small)
      .attr('font-style', d.empty ? 'italic' : null)
      .attr('fill', d.empty ? INK.muted : d.conflict ? CONFLICT.color : INK.text)
      .text(words);
  });
}

export function renderSteden(svgElement: SVGSVGElement, input: RenderInput<StedenState, StedenModel>): void {
  const { model: m, width, height, layout } = input;
  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT.family)
    .attr('font-size', FONT.base)
    .attr('fill', INK.text);
  const cities = m.cities.slice(0, MAX_ROWS);
  // the panels above each other, the second right under the first's rows (the frame keeps room
  // for the most rows, so fewer cities leave space at the bottom, not between the panels)
  const used = HEAD + ROW * cities.length + AXIS;
  const [labelWidth, valueWidth] = layout === 'smal' ? [118, 128] : [150, 170];
  NUMERIC_ASPECTS.forEach((a, i) => panel(svg, a, cities, 8, 4 + i * (used + 16), width - 16, labelWidth, valueWidth));
}

export const stedenView: WidgetView<StedenState, StedenModel> = {
  layouts: {
    smal: { width: 328, height: 2 * PANEL + 24 },
    breed: { width: 760, height: 2 * PANEL + 24 },
  },
  render: renderSteden,
};
