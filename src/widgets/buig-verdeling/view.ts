// Draws the four rules as a vertical list: per rule its budget (with the vangnet stacked on it and
// a dashed box for the deficit) and, under it, its spending, on one scale of euros. On a phone the
// rule's name and its saldo stand on two lines above its two bars and the amounts stand right of
// the bars; on a wide screen the name and saldo stand in a column of their own. The highlighted rule gets a
// grey band, a ▶ and bold type, so colour is never the only difference. Budget and spending differ
// by place (budget first), fill (solid against light with an outline) and the legend. The same
// function renders the static SVG at build time and redraws in the browser (d3-selection, in place).
import { select, type Selection } from 'd3-selection';
import type { RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT, INK, tone } from '../../lib/charts/theme.ts';
import type { RegelUitkomst } from '../../lib/buig/model.ts';
import { euroKort, REGEL_LABEL, saldoText, type BuigModel, type BuigState } from './spec.ts';

const BUDGET = tone('petrol');
const VANGNET = tone('oker');
const UITGAVEN = tone('blauw');
const BAND = tone('inkt').fill;

type AnySelection = Selection<any, any, any, any>;

function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const mln = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A round step for about `count` ticks up to `max`: 1, 2, 2,5 or 5 times a power of ten. */
export function tickStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

interface Layout {
  barLeft: number;
  barRight: number;
  valueRight: number;
  top: number;
  rowHeight: number;
  labelY: number;
  /** the saldo's own line, under the rule's name */
  saldoY: number;
  budgetY: number;
  spendY: number;
  barHeight: number;
}

export const ROW_HEIGHT = { smal: 68, breed: 64 } as const;
const TOP = 28;
const BOTTOM = 40;

function layoutFor(layout: RenderInput<unknown, unknown>['layout'], width: number): Layout {
  if (layout === 'smal') {
    return { barLeft: 8, barRight: width - 74, valueRight: width - 6, top: TOP, rowHeight: ROW_HEIGHT.smal, labelY: 14, saldoY: 28, budgetY: 32, spendY: 47, barHeight: 13 };
  }
  return { barLeft: 250, barRight: width - 90, valueRight: width - 6, top: TOP, rowHeight: ROW_HEIGHT.breed, labelY: 24, saldoY: 42, budgetY: 10, spendY: 32, barHeight: 17 };
}

function legend(svg: AnySelection, layout: 'smal' | 'breed', L: Layout): void {
  const g = part(svg, 'g', 'bv-legend');
  const items = [
    { key: 'budget', text: 'budget', fill: BUDGET.color, stroke: 'none', dash: null as string | null },
    { key: 'vangnet', text: 'vangnet', fill: VANGNET.color, stroke: 'none', dash: null },
    { key: 'uitgaven', text: 'uitgaven', fill: UITGAVEN.fill, stroke: UITGAVEN.color, dash: null },
    { key: 'tekort', text: 'tekort', fill: 'none', stroke: INK.text, dash: '3 2' },
  ];
  const step = layout === 'smal' ? 80 : 96;
  const x0 = layout === 'smal' ? L.barLeft : L.barLeft;
  items.forEach((it, i) => {
    const item = part(g, 'g', `bv-legend-${it.key}`).attr('transform', `translate(${x0 + i * step} 2)`);
    part(item, 'rect', 'bv-legend-swatch')
      .attr('x', 0.75)
      .attr('y', 0.75)
      .attr('width', 12)
      .attr('height', 12)
      .attr('fill', it.fill)
      .attr('stroke', it.stroke)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', it.dash);
    part(item, 'text', 'bv-legend-text').attr('x', 18).attr('y', 11).attr('font-size', FONT.small).text(it.text);
  });
}

export function renderBuig(svgElement: SVGSVGElement, input: RenderInput<BuigState, BuigModel>): void {
  const { model: m, width, height, layout } = input;
  const L = layoutFor(layout, width);
  const top = Math.max(1, ...m.regels.map((r) => Math.max(r.budget + r.vangnet, r.uitgaven)));
  const step = tickStep(top, layout === 'smal' ? 3 : 5);
  const domainMax = Math.ceil(top / step - 1e-9) * step;
  const x = (v: number) => r1(L.barLeft + (Math.max(0, Math.min(v, domainMax)) / domainMax) * (L.barRight - L.barLeft));
  const rowTop = (i: number) => L.top + i * L.rowHeight;
  const rowsBottom = rowTop(m.regels.length);

  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT.family)
    .attr('font-size', FONT.base)
    .attr('fill', INK.text);

  legend(svg, layout, L);

  const ticks: number[] = [];
  for (let t = 0; t <= domainMax + 1e-6; t += step) ticks.push(t);

  const grid = part(svg, 'g', 'bv-grid');
  grid
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (t: number) => x(t))
    .attr('x2', (t: number) => x(t))
    .attr('y1', L.top - 4)
    .attr('y2', rowsBottom)
    .attr('stroke', INK.grid)
    .attr('stroke-opacity', INK.gridOpacity);

  const rows = part(svg, 'g', 'bv-rows');
  m.regels.forEach((r: RegelUitkomst, i: number) => {
    const lit = m.uitgelicht === r.regel;
    const g = part(rows, 'g', `bv-row-${r.regel}`).attr('transform', `translate(0 ${rowTop(i)})`);
    part(g, 'rect', 'bv-band')
      .attr('x', 0)
      .attr('width', width)
      .attr('height', L.rowHeight - 4)
      .attr('y', -2)
      .attr('fill', BAND)
      .attr('visibility', lit ? 'visible' : 'hidden');
    part(g, 'text', 'bv-label')
      .attr('x', 6)
      .attr('y', L.labelY)
      .attr('font-weight', lit ? 700 : FONT.labelWeight)
      .text(`${lit ? '▶ ' : ''}${REGEL_LABEL[r.regel]}`);
    part(g, 'text', 'bv-saldo')
      .attr('x', 6)
      .attr('y', L.saldoY)
      .attr('font-weight', lit ? 700 : 400)
      .text(saldoText(r.saldo, true));

    // Budget, then the vangnet on top of it, then a dashed box for what is still short.
    const budgetEnd = x(r.budget);
    const withVangnet = x(r.budget + r.vangnet);
    const spendEnd = x(r.uitgaven);
    part(g, 'rect', 'bv-budget')
      .attr('x', L.barLeft)
      .attr('y', L.budgetY)
      .attr('width', Math.max(1, r1(budgetEnd - L.barLeft)))
      .attr('height', L.barHeight)
      .attr('fill', BUDGET.color);
    part(g, 'rect', 'bv-vangnet')
      .attr('x', budgetEnd)
      .attr('y', L.budgetY)
      .attr('width', r1(withVangnet - budgetEnd))
      .attr('height', L.barHeight)
      .attr('fill', VANGNET.color)
      .attr('visibility', r.vangnet > 0.5 ? 'visible' : 'hidden');
    const short = r.saldo < -0.5;
    part(g, 'rect', 'bv-tekort')
      .attr('x', withVangnet + 0.75)
      .attr('y', L.budgetY + 0.75)
      .attr('width', short ? Math.max(0, r1(spendEnd - withVangnet - 1.5)) : 0)
      .attr('height', L.barHeight - 1.5)
      .attr('fill', 'none')
      .attr('stroke', INK.text)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '3 2')
      .attr('visibility', short ? 'visible' : 'hidden');
    part(g, 'text', 'bv-budget-value')
      .attr('x', L.valueRight)
      .attr('y', L.budgetY + L.barHeight - 3)
      .attr('text-anchor', 'end')
      .attr('font-size', FONT.small)
      .text(euroKort(r.budget + r.vangnet));
    part(g, 'rect', 'bv-uitgaven')
      .attr('x', L.barLeft + 0.75)
      .attr('y', L.spendY + 0.75)
      .attr('width', Math.max(1, r1(spendEnd - L.barLeft - 1.5)))
      .attr('height', L.barHeight - 1.5)
      .attr('fill', UITGAVEN.fill)
      .attr('stroke', UITGAVEN.color)
      .attr('stroke-width', 1.5);
    part(g, 'text', 'bv-uitgaven-value')
      .attr('x', L.valueRight)
      .attr('y', L.spendY + L.barHeight - 3)
      .attr('text-anchor', 'end')
      .attr('font-size', FONT.small)
      .text(euroKort(r.uitgaven));
  });

  const axisY = rowsBottom + 2;
  part(svg, 'line', 'bv-axis').attr('x1', L.barLeft).attr('x2', L.barRight).attr('y1', axisY).attr('y2', axisY).attr('stroke', INK.axis);
  part(svg, 'g', 'bv-ticks')
    .selectAll('text')
    .data(ticks)
    .join('text')
    .attr('x', (t: number) => x(t))
    .attr('y', axisY + 15)
    .attr('text-anchor', (t: number) => (t === 0 ? 'start' : 'middle'))
    .attr('font-size', FONT.small)
    .text((t: number) => mln.format(t / 1e6));
  part(svg, 'text', 'bv-axis-title')
    .attr('x', L.barLeft)
    .attr('y', axisY + 32)
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text('miljoen euro per jaar · bedachte gemeente');
}

export const buigView: WidgetView<BuigState, BuigModel> = {
  layouts: {
    smal: { width: 328, height: TOP + 4 * ROW_HEIGHT.smal + BOTTOM },
    breed: { width: 720, height: TOP + 4 * ROW_HEIGHT.breed + BOTTOM },
  },
  render: renderBuig,
};
