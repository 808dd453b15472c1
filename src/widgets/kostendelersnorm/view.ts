// Draws the kostendelersnorm for 1 to 10 people who count: one bar per row, its length the norm
// per person in percent of the gehuwdennorm, on one scale from 0 to 100 %. The reader's situation
// today is an ochre bar, named "nu" in its label; under the rule before 2023 (when it differs) an
// outlined, dashed bar named "tot 2023", so colour is never the only difference. On a phone a row
// is its label and its percentage on one line with the bar under it, so that no text is drawn
// below 12 CSS px; on a wide screen the labels stand in a column of their own and a last column
// gives what everyone together gets. Updates in place (d3-selection), at build time and in the
// browser alike.
import { select, type Selection } from 'd3-selection';
import type { RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT, INK, tone } from '../../lib/charts/theme.ts';
import { formatPercent, MAX_A } from '../../lib/kostendelersnorm/model.ts';
import { type KostendelersModel, type KostendelersState, type NormRow } from './spec.ts';

const DOC = tone('petrol');
const READER = tone('oker');

type AnySelection = Selection<any, any, any, any>;

/** The child of `parent` with this class, created (once) if it is not there yet. */
function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

const r1 = (n: number) => Math.round(n * 10) / 10;
/** The scale runs to 100 %: the gehuwdennorm itself, what a couple gets together. */
const SCALE_MAX = 100;
const TICKS = [0, 25, 50, 75, 100];

interface Layout {
  barLeft: number;
  barRight: number;
  top: number;
  rowHeight: number;
  labelY: number;
  barY: number;
  barHeight: number;
  /** x of the per-person value: anchored at its end (phone) or just after the bar (wide) */
  valueRight: number | null;
  /** the right column with what everyone together gets (wide only) */
  togetherRight: number | null;
}

function layoutFor(layout: RenderInput<unknown, unknown>['layout'], width: number): Layout {
  if (layout === 'smal') {
    return { barLeft: 8, barRight: width - 8, top: 30, rowHeight: 34, labelY: 14, barY: 19, barHeight: 10, valueRight: width - 8, togetherRight: null };
  }
  return { barLeft: 200, barRight: width - 190, top: 30, rowHeight: 30, labelY: 19, barY: 6, barHeight: 18, valueRight: null, togetherRight: width - 8 };
}

const people = (a: number) => (a === 1 ? '1 persoon' : `${a} personen`);
const mark = (r: NormRow) => (r.now ? ' (nu)' : r.before ? ' (tot 2023)' : '');

export function renderKostendelers(svgElement: SVGSVGElement, input: RenderInput<KostendelersState, KostendelersModel>): void {
  const { model: m, width, height, layout } = input;
  const L = layoutFor(layout, width);
  const x = (v: number) => r1(L.barLeft + (Math.min(v, SCALE_MAX) / SCALE_MAX) * (L.barRight - L.barLeft));
  const rowTop = (i: number) => L.top + i * L.rowHeight;
  const rowsBottom = rowTop(m.rows.length);

  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT.family)
    .attr('font-size', FONT.base)
    .attr('fill', INK.text);

  part(svg, 'text', 'kd-head-left')
    .attr('x', 8)
    .attr('y', 16)
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text('Mensen die meetellen');
  part(svg, 'text', 'kd-head-right')
    .attr('x', layout === 'smal' ? L.valueRight! : L.barLeft)
    .attr('y', 16)
    .attr('text-anchor', layout === 'smal' ? 'end' : 'start')
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text(layout === 'smal' ? 'per persoon' : 'per persoon, in % van de gehuwdennorm');
  part(svg, 'text', 'kd-head-together')
    .attr('x', L.togetherRight ?? 0)
    .attr('y', 16)
    .attr('text-anchor', 'end')
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .attr('visibility', L.togetherRight === null ? 'hidden' : 'visible')
    .text(L.togetherRight === null ? '' : 'samen');

  const grid = part(svg, 'g', 'kd-grid');
  for (const t of TICKS) {
    part(grid, 'line', `kd-grid-${t}`)
      .attr('x1', x(t))
      .attr('x2', x(t))
      .attr('y1', L.top - 4)
      .attr('y2', rowsBottom)
      .attr('stroke', INK.grid)
      .attr('stroke-opacity', INK.gridOpacity);
  }

  const rows = part(svg, 'g', 'kd-rows');
  m.rows.forEach((r: NormRow, i: number) => {
    const g = part(rows, 'g', `kd-row-${r.a}`).attr('transform', `translate(0 ${rowTop(i)})`);
    const highlighted = r.now || r.before;
    part(g, 'text', 'kd-label')
      .attr('x', 8)
      .attr('y', L.labelY)
      .attr('font-weight', highlighted ? 700 : 400)
      .attr('fill', r.now ? READER.color : INK.text)
      .text(`${people(r.a)}${mark(r)}`);
    const end = x(r.perPerson);
    part(g, 'rect', 'kd-bar')
      .attr('x', L.barLeft)
      .attr('y', L.barY)
      .attr('width', r1(end - L.barLeft))
      .attr('height', L.barHeight)
      .attr('fill', r.now ? READER.color : r.before ? READER.fill : DOC.color)
      .attr('stroke', r.before ? READER.color : 'none')
      .attr('stroke-width', r.before ? 1.5 : 0)
      .attr('stroke-dasharray', r.before ? '4 3' : null);
    const value = `${formatPercent(r.perPerson)} %`;
    part(g, 'text', 'kd-value')
      .attr('x', L.valueRight ?? r1(end + 6))
      .attr('y', layout === 'smal' ? L.labelY : L.barY + L.barHeight - 4)
      .attr('text-anchor', L.valueRight === null ? 'start' : 'end')
      .attr('font-weight', highlighted ? 700 : FONT.labelWeight)
      .attr('fill', r.now ? READER.color : INK.text)
      .text(value);
    part(g, 'text', 'kd-together')
      .attr('x', L.togetherRight ?? 0)
      .attr('y', L.barY + L.barHeight - 4)
      .attr('text-anchor', 'end')
      .attr('font-size', FONT.small)
      .attr('fill', INK.muted)
      .attr('visibility', L.togetherRight === null ? 'hidden' : 'visible')
      .text(L.togetherRight === null ? '' : `${formatPercent(r.together)} %`);
  });

  const axisY = rowsBottom + 6;
  part(svg, 'line', 'kd-axis').attr('x1', L.barLeft).attr('x2', L.barRight).attr('y1', axisY).attr('y2', axisY).attr('stroke', INK.axis);
  const ticks = part(svg, 'g', 'kd-ticks');
  for (const t of TICKS) {
    part(ticks, 'text', `kd-tick-${t}`)
      .attr('x', x(t))
      .attr('y', axisY + 16)
      .attr('text-anchor', t === 0 ? 'start' : t === SCALE_MAX ? 'end' : 'middle')
      .attr('font-size', FONT.small)
      .text(`${t} %`);
  }
  part(svg, 'text', 'kd-axis-title')
    .attr('x', L.barLeft)
    .attr('y', axisY + 34)
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text(layout === 'smal' ? '% van de gehuwdennorm, per persoon' : 'norm per persoon, in procent van de norm voor gehuwden (gehuwdennorm)');
}

export const kostendelersView: WidgetView<KostendelersState, KostendelersModel> = {
  layouts: {
    smal: { width: 328, height: 30 + MAX_A * 34 + 50 },
    breed: { width: 720, height: 30 + MAX_A * 30 + 50 },
  },
  render: renderKostendelers,
};
