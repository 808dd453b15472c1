// Draws the caseloads on one scale of clients per klantmanager, each with what it leaves per
// client per month under the reader's assumptions. Laid out for the width it gets: on a phone a
// row is its label and its minutes on one line, with the bar under it, so that no text is drawn
// below 12 CSS px; on a wide screen the labels (with their source) stand in a column of their
// own. The same function renders the static SVG at build time and redraws it in the browser, where
// every element is found by its class and updated in place. d3-selection only: the one scale is a
// straight line from 0 to the largest caseload.
import { select, type Selection } from 'd3-selection';
import type { RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT, INK, tone } from '../../lib/charts/theme.ts';
import { caseloadText, CASELOAD_MAX, minutesText, type AttentionRow, type KlantmanagerModel, type KlantmanagerState } from './spec.ts';

// Document caseloads in petrol, the reader's own in ochre (src/lib/charts/theme.ts; both have a
// dark counterpart in src/styles/scheme.css). The reader's row is also named "Jouw keuze" and
// marked by a dashed line across the chart, so colour is never the only difference.
const DOC = tone('petrol');
const READER = tone('oker');

type AnySelection = Selection<any, any, any, any>;

/** The child of `parent` with this class, created (once) if it is not there yet. */
function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const TICKS = [0, 100, 200, 300, 400, 500];

interface Layout {
  /** where the bars start and where the scale's maximum lies */
  barLeft: number;
  barRight: number;
  /** the right edge of the minutes column (text anchored at its end) */
  valueRight: number;
  top: number;
  rowHeight: number;
  /** offsets within a row */
  labelY: number;
  sourceY: number | null;
  barY: number;
  barHeight: number;
  labelX: number;
}

function layoutFor(layout: RenderInput<unknown, unknown>['layout'], width: number): Layout {
  if (layout === 'smal') {
    // label and minutes on one line, the bar under it; room after the bar for its caseload
    return { barLeft: 8, barRight: width - 48, valueRight: width - 8, top: 30, rowHeight: 38, labelY: 14, sourceY: null, barY: 20, barHeight: 11, labelX: 8 };
  }
  return { barLeft: 270, barRight: width - 150, valueRight: width - 8, top: 30, rowHeight: 38, labelY: 16, sourceY: 31, barY: 10, barHeight: 16, labelX: 8 };
}

export function renderKlantmanager(svgElement: SVGSVGElement, input: RenderInput<KlantmanagerState, KlantmanagerModel>): void {
  const { state, model: m, width, height, layout } = input;
  const L = layoutFor(layout, width);
  const x = (v: number) => r1(L.barLeft + (Math.min(v, CASELOAD_MAX) / CASELOAD_MAX) * (L.barRight - L.barLeft));
  const rowTop = (i: number) => L.top + i * L.rowHeight;
  const rowsBottom = rowTop(m.rows.length);
  // (the reader's caseload is marked per row, below)

  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT.family)
    .attr('font-size', FONT.base)
    .attr('fill', INK.text);

  // Column heads.
  part(svg, 'text', 'km-head-left')
    .attr('x', layout === 'smal' ? L.labelX : L.barLeft)
    .attr('y', 16)
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text(layout === 'smal' ? 'Caseload' : 'Cliënten per klantmanager');
  part(svg, 'text', 'km-head-right')
    .attr('x', L.valueRight)
    .attr('y', 16)
    .attr('text-anchor', 'end')
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text('minuten per cliënt per maand');

  // Grid lines at the ticks, behind the bars.
  const grid = part(svg, 'g', 'km-grid');
  for (const t of TICKS) {
    part(grid, 'line', `km-grid-${t}`)
      .attr('x1', x(t))
      .attr('x2', x(t))
      .attr('y1', L.top - 4)
      .attr('y2', rowsBottom)
      .attr('stroke', INK.grid)
      .attr('stroke-opacity', INK.gridOpacity);
  }

  const rows = part(svg, 'g', 'km-rows');
  m.rows.forEach((r: AttentionRow, i: number) => {
    const g = part(rows, 'g', `km-row-${r.key}`).attr('transform', `translate(0 ${rowTop(i)})`);
    const look = r.reader ? READER : DOC;
    part(g, 'text', 'km-label')
      .attr('x', L.labelX)
      .attr('y', L.labelY)
      .attr('font-weight', r.reader ? 700 : 400)
      .text(r.label);
    if (L.sourceY !== null) {
      part(g, 'text', 'km-source').attr('x', L.labelX).attr('y', L.sourceY).attr('font-size', FONT.small).attr('fill', INK.muted).text(r.source);
    }
    // The bar runs to the low end of the caseload; a range's high end is an outlined extension.
    const end = x(r.high ?? r.low);
    part(g, 'rect', 'km-bar')
      .attr('x', L.barLeft)
      .attr('y', L.barY)
      .attr('width', Math.max(1, r1(x(r.low) - L.barLeft)))
      .attr('height', L.barHeight)
      .attr('fill', look.color);
    part(g, 'rect', 'km-bar-range')
      .attr('x', x(r.low))
      .attr('y', L.barY + 0.75)
      .attr('width', r.high === undefined ? 0 : r1(end - x(r.low)))
      .attr('height', L.barHeight - 1.5)
      .attr('fill', look.fill)
      .attr('stroke', look.color)
      .attr('stroke-width', 1.5)
      .attr('visibility', r.high === undefined ? 'hidden' : 'visible');
    // The reader's caseload, marked in every row's bar zone (not across the labels on a phone).
    part(g, 'line', 'km-reader-mark')
      .attr('x1', x(state.caseload))
      .attr('x2', x(state.caseload))
      .attr('y1', L.barY - 4)
      .attr('y2', L.barY + L.barHeight + 4)
      .attr('stroke', READER.color)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', '3 2');
    part(g, 'text', 'km-caseload')
      .attr('x', r1(end + 4))
      .attr('y', L.barY + L.barHeight - 1)
      .attr('font-size', FONT.small)
      .text(caseloadText(r));
    part(g, 'text', 'km-minutes')
      .attr('x', L.valueRight)
      .attr('y', layout === 'smal' ? L.labelY : L.barY + L.barHeight - 2)
      .attr('text-anchor', 'end')
      .attr('font-weight', r.reader ? 700 : FONT.labelWeight)
      .attr('fill', r.reader ? READER.color : INK.text)
      .text(`${minutesText(r)} min`);
  });

  // The scale of clients per klantmanager, under the rows.
  const axisY = rowsBottom + 6;
  part(svg, 'line', 'km-axis').attr('x1', L.barLeft).attr('x2', L.barRight).attr('y1', axisY).attr('y2', axisY).attr('stroke', INK.axis);
  const ticks = part(svg, 'g', 'km-ticks');
  for (const t of TICKS) {
    part(ticks, 'text', `km-tick-${t}`)
      .attr('x', x(t))
      .attr('y', axisY + 16)
      .attr('text-anchor', t === 0 ? 'start' : 'middle')
      .attr('font-size', FONT.small)
      .text(String(t));
  }
  part(svg, 'text', 'km-axis-title')
    .attr('x', L.barLeft)
    .attr('y', axisY + 34)
    .attr('font-size', FONT.small)
    .attr('fill', INK.muted)
    .text(layout === 'smal' ? 'cliënten per klantmanager · - - - jouw keuze' : 'cliënten per klantmanager · gestippeld: jouw keuze');
}

/** Rows: the reader's and the documents' eight caseloads. */
const ROWS = 9;

export const klantmanagerView: WidgetView<KlantmanagerState, KlantmanagerModel> = {
  layouts: {
    smal: { width: 328, height: 30 + ROWS * 38 + 50 },
    breed: { width: 720, height: 30 + ROWS * 38 + 50 },
  },
  render: renderKlantmanager,
};
