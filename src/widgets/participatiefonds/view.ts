// Draws the participatiefonds over the cycle in two panels that share their years: above, the
// level of services with and without the fund (index, 100 = normal); below, the fund's balance as
// bars. Bad years are shaded, years in which the fund was too small are crossed, the chosen year
// is outlined (its numbers are in the control's label and the table). Laid out for the width it gets (no text below 12 CSS px); the same function draws
// the static SVG at build time and redraws in the browser, finding every element by its class.
// d3-selection only: the scales are straight lines.
import { select, type Selection } from 'd3-selection';
import type { RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT, INK, tone } from '../../lib/charts/theme.ts';
import type { FondsModel, FondsRow, FondsState } from './spec.ts';

const WITH = tone('petrol');
const WITHOUT = tone('oker');

type AnySelection = Selection<any, any, any, any>;

function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The services panel's scale: 100 ± the largest cut or rise the controls allow. */
const SERVICES = { min: 40, max: 160, ticks: [40, 100, 160] } as const;

interface Layout {
  left: number;
  legend: { x: number; y: number }[];
  p1Title: number;
  p1Top: number;
  p1Bottom: number;
  p2Title: number;
  p2Top: number;
  p2Bottom: number;
  xLabels: number;
}

function layoutFor(layout: RenderInput<unknown, unknown>['layout']): Layout {
  if (layout === 'smal') {
    return {
      left: 36,
      legend: [
        { x: 8, y: 16 },
        { x: 168, y: 16 },
        { x: 8, y: 36 },
        { x: 168, y: 36 },
      ],
      p1Title: 62,
      p1Top: 80,
      p1Bottom: 190,
      p2Title: 224,
      p2Top: 242,
      p2Bottom: 316,
      xLabels: 334,
    };
  }
  return {
    left: 40,
    legend: [
      { x: 8, y: 16 },
      { x: 150, y: 16 },
      { x: 320, y: 16 },
      { x: 460, y: 16 },
    ],
    p1Title: 44,
    p1Top: 62,
    p1Bottom: 192,
    p2Title: 226,
    p2Top: 244,
    p2Bottom: 320,
    xLabels: 338,
  };
}

/** A round top for the balance axis: at least 50, in steps of 50. */
export function balanceTop(max: number): number {
  return Math.max(50, Math.ceil(max / 50) * 50);
}

export function renderFonds(svgElement: SVGSVGElement, input: RenderInput<FondsState, FondsModel>): void {
  const { model: m, width, height, layout } = input;
  const L = layoutFor(layout);
  const right = width - 8;
  const n = m.rows.length;
  const colW = (right - L.left) / n;
  const cx = (i: number) => r1(L.left + (i + 0.5) * colW);
  const y1 = (v: number) => r1(L.p1Bottom - ((Math.max(SERVICES.min, Math.min(SERVICES.max, v)) - SERVICES.min) / (SERVICES.max - SERVICES.min)) * (L.p1Bottom - L.p1Top));
  const top = balanceTop(m.maxBalance);
  const y2 = (v: number) => r1(L.p2Bottom - (Math.min(v, top) / top) * (L.p2Bottom - L.p2Top));

  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif')
    .attr('font-size', FONT.small)
    .attr('fill', INK.text);

  // The key: what each line, shade and mark is.
  const key = part(svg, 'g', 'pf-legend');
  const [k1, k2, k3, k4] = L.legend as [Layout['legend'][0], Layout['legend'][0], Layout['legend'][0], Layout['legend'][0]];
  part(key, 'line', 'pf-key-with').attr('x1', k1.x).attr('x2', k1.x + 24).attr('y1', k1.y - 4).attr('y2', k1.y - 4).attr('stroke', WITH.color).attr('stroke-width', 3);
  part(key, 'text', 'pf-key-with-text').attr('x', k1.x + 30).attr('y', k1.y).text('met fonds');
  part(key, 'line', 'pf-key-without')
    .attr('x1', k2.x)
    .attr('x2', k2.x + 24)
    .attr('y1', k2.y - 4)
    .attr('y2', k2.y - 4)
    .attr('stroke', WITHOUT.color)
    .attr('stroke-width', 3)
    .attr('stroke-dasharray', WITHOUT.dash);
  part(key, 'text', 'pf-key-without-text').attr('x', k2.x + 30).attr('y', k2.y).text('zonder fonds');
  part(key, 'rect', 'pf-key-bad').attr('x', k3.x).attr('y', k3.y - 11).attr('width', 24).attr('height', 14).attr('fill', INK.grid).attr('fill-opacity', 0.08);
  part(key, 'text', 'pf-key-bad-text').attr('x', k3.x + 30).attr('y', k3.y).text('onder normaal');
  part(key, 'path', 'pf-key-dry').attr('d', cross(k4.x + 12, k4.y - 4)).attr('stroke', INK.text).attr('stroke-width', 2);
  part(key, 'text', 'pf-key-dry-text').attr('x', k4.x + 30).attr('y', k4.y).text('fonds te krap');

  // Years below a normal economy (conjunctuur < 0), shaded behind both panels; the chosen year, outlined across both.
  const shade = part(svg, 'g', 'pf-bad-years');
  shade
    .selectAll('rect')
    .data(m.rows.filter((r) => r.conjunctuur < 0))
    .join('rect')
    .attr('x', (r: FondsRow) => r1(L.left + r.index * colW))
    .attr('y', L.p1Top)
    .attr('width', r1(colW))
    .attr('height', L.p2Bottom - L.p1Top)
    .attr('fill', INK.grid)
    .attr('fill-opacity', 0.08);

  // Panel 1: services.
  part(svg, 'text', 'pf-p1-title').attr('x', 8).attr('y', L.p1Title).attr('font-size', FONT.base).attr('font-weight', FONT.labelWeight).text(layout === 'smal' ? 'Dienstverlening, 100 = normaal' : 'Dienstverlening aan werklozen (index, 100 = normaal)');
  const grid1 = part(svg, 'g', 'pf-p1-grid');
  for (const t of SERVICES.ticks) {
    part(grid1, 'line', `pf-p1-grid-${t}`)
      .attr('x1', L.left)
      .attr('x2', right)
      .attr('y1', y1(t))
      .attr('y2', y1(t))
      .attr('stroke', INK.grid)
      .attr('stroke-opacity', t === 100 ? 0.6 : INK.gridOpacity)
      .attr('stroke-width', t === 100 ? 1.5 : 1);
    part(grid1, 'text', `pf-p1-tick-${t}`).attr('x', L.left - 6).attr('y', y1(t) + 4).attr('text-anchor', 'end').text(String(t));
  }
  const path = (value: (r: FondsRow) => number) => m.rows.map((r, i) => `${i === 0 ? 'M' : 'L'}${cx(i)} ${y1(value(r))}`).join(' ');
  part(svg, 'path', 'pf-line-with').attr('d', path((r) => r.withFund)).attr('fill', 'none').attr('stroke', WITH.color).attr('stroke-width', 3).attr('stroke-linejoin', 'round');
  part(svg, 'path', 'pf-line-without')
    .attr('d', path((r) => r.withoutFund))
    .attr('fill', 'none')
    .attr('stroke', WITHOUT.color)
    .attr('stroke-width', 3)
    .attr('stroke-dasharray', WITHOUT.dash)
    .attr('stroke-linejoin', 'round');

  // Panel 2: the fund's balance at the end of each year.
  part(svg, 'text', 'pf-p2-title').attr('x', 8).attr('y', L.p2Title).attr('font-size', FONT.base).attr('font-weight', FONT.labelWeight).text(layout === 'smal' ? 'Fonds, in % van een jaarbudget' : 'Stand van het fonds aan het eind van het jaar (% van een normaal jaarbudget)');
  const grid2 = part(svg, 'g', 'pf-p2-grid');
  for (const [cls, t] of [
    ['pf-p2-grid-0', 0],
    ['pf-p2-grid-top', top],
  ] as const) {
    part(grid2, 'line', cls).attr('x1', L.left).attr('x2', right).attr('y1', y2(t)).attr('y2', y2(t)).attr('stroke', INK.grid).attr('stroke-opacity', t === 0 ? 0.6 : INK.gridOpacity);
    part(grid2, 'text', `${cls}-tick`).attr('x', L.left - 6).attr('y', y2(t) + 4).attr('text-anchor', 'end').text(String(t));
  }
  const barW = Math.max(2, r1(colW * 0.6));
  part(svg, 'g', 'pf-bars')
    .selectAll('rect')
    .data(m.rows)
    .join('rect')
    .attr('x', (r: FondsRow) => r1(cx(r.index) - barW / 2))
    .attr('y', (r: FondsRow) => y2(r.balance))
    .attr('width', barW)
    .attr('height', (r: FondsRow) => r1(L.p2Bottom - y2(r.balance)))
    .attr('fill', WITH.fill)
    .attr('stroke', WITH.color)
    .attr('stroke-width', 1.5);
  part(svg, 'g', 'pf-dry')
    .selectAll('path')
    .data(m.dry)
    .join('path')
    .attr('d', (r: FondsRow) => cross(cx(r.index), L.p2Bottom - 8))
    .attr('stroke', INK.text)
    .attr('stroke-width', 2);

  // The years, under the lower panel: as many labels as fit.
  const minGap = m.series ? 40 : 22;
  const every = Math.max(1, Math.ceil(minGap / colW));
  part(svg, 'g', 'pf-years')
    .selectAll('text')
    .data(m.rows.filter((r) => r.index % every === 0))
    .join('text')
    .attr('x', (r: FondsRow) => cx(r.index))
    .attr('y', L.xLabels)
    .attr('text-anchor', 'middle')
    .text((r: FondsRow) => (m.series ? r.label : String(r.index + 1)));
  part(svg, 'text', 'pf-years-title').attr('x', 8).attr('y', L.xLabels + 17).attr('fill', INK.muted).text(m.series ? 'jaar' : 'jaar in de schets');

  const s = m.selected;
  part(svg, 'rect', 'pf-selected')
    .attr('x', r1(L.left + s.index * colW))
    .attr('y', L.p1Top - 4)
    .attr('width', r1(colW))
    .attr('height', L.p2Bottom - L.p1Top + 8)
    .attr('fill', 'none')
    .attr('stroke', INK.text)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '3 3');
}

/** A small × centred on (x, y). */
function cross(x: number, y: number): string {
  return `M${x - 4} ${y - 4} L${x + 4} ${y + 4} M${x - 4} ${y + 4} L${x + 4} ${y - 4}`;
}

export const fondsView: WidgetView<FondsState, FondsModel> = {
  layouts: {
    smal: { width: 328, height: 360 },
    breed: { width: 720, height: 364 },
  },
  render: renderFonds,
};
