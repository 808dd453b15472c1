// Draws "Het geld door de jaren" into an <svg>: one or two strips on one time axis (the amounts,
// and under them the share of municipalities with a deficit; or the documents' shares of GDP above
// their budgets), each with its own value axis and title, and a legend under them. Laid out for the
// width it gets, with no text below 12 px: on a phone the legend wraps and the years are labelled
// every few years. Only d3-selection and the shared parts (src/lib/charts/parts.ts); the scales are
// straight lines written out here, as in the other widgets (no d3-scale in the island).
import { select, type Selection } from 'd3-selection';
import type { LayoutName, RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT, INK, STROKE, tone } from '../../lib/charts/theme.ts';
import { layer, linePath } from '../../lib/charts/parts.ts';
import { wrapText } from '../../lib/widget-kit/standalone.ts';
import { formatNumberNl, yearTicks, type BudgetModel, type BudgetState, type Strip } from '../../lib/budget-tijd/model.ts';

type AnySelection = Selection<any, any, any, any>;

export const BUDGET_LAYOUTS = {
  smal: { width: 328, height: 488 },
  breed: { width: 720, height: 500 },
} as const;

const LINE_HEIGHT = 15;
const r1 = (n: number) => Math.round(n * 10) / 10;
const textWidth = (text: string, size: number) => text.length * size * 0.6;

/** The key of an element drawn at build time (no D3 data) is its data-key attribute. */
function keyBy<T>(key: (d: T) => string) {
  return function (this: Element, d: T | undefined): string {
    return d === undefined ? (this.getAttribute('data-key') ?? '') : key(d);
  };
}

/**
 * A marker's outline for a series tone, centred on (x, y): the theme's shape, and a cross for the
 * fifth tone (inkt), so that no two series share a shape. The same shapes as the caseload widget
 * draws; written here rather than imported from its view, which would load that whole widget's
 * view and model (4 kB gzipped) onto this widget's pages.
 */
function marker(shape: string, x: number, y: number, r = 4): string {
  switch (shape) {
    case 'star':
      return `M${r1(x - r)} ${r1(y - r)}L${r1(x + r)} ${r1(y + r)}M${r1(x - r)} ${r1(y + r)}L${r1(x + r)} ${r1(y - r)}`;
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

export interface StripBox {
  strip: Strip;
  top: number;
  bottom: number;
  y(v: number): number;
}

export interface Geometry {
  left: number;
  right: number;
  x(t: number): number;
  t(px: number): number;
  boxes: StripBox[];
  /** where the year labels stand */
  axisY: number;
  legendTop: number;
}

/** The legend's entries for a model: each shown series, then what an open marker means. */
export function legendEntries(m: BudgetModel): { key: string; text: string; tone: ReturnType<typeof tone> | undefined; kind: 'series' | 'open' | 'bar'; line?: boolean }[] {
  const entries: { key: string; text: string; tone: ReturnType<typeof tone> | undefined; kind: 'series' | 'open' | 'bar'; line?: boolean }[] = [];
  for (const s of m.strips) for (const series of s.series) entries.push({ key: series.meta.id, text: series.meta.legend, tone: tone(series.meta.tone), kind: 'series', line: series.meta.connect });
  if (m.strips.some((s) => s.bars.length > 0)) entries.push({ key: 'tekort', text: 'Staaf: gemeenten met een tekort (%)', tone: tone('grijsgroen'), kind: 'bar' });
  if (m.strips.some((s) => s.series.some((x) => x.points.some((p) => p.open && p.value !== null)))) {
    entries.push({ key: 'open', text: m.paneel === 'buig' ? 'Open teken: voorlopig budget' : 'Open teken: het stuk noemt geen jaar', tone: undefined, kind: 'open' });
  }
  return entries;
}

function legendLines(m: BudgetModel, width: number, layout: LayoutName): number {
  return legendEntries(m).reduce((n, e) => n + (layout === 'smal' ? wrapText(e.text, width - 38, FONT.small).length : 1), 0);
}

/** Where everything goes, for one model, size and layout. */
export function geometry(m: BudgetModel, width: number, height: number, layout: LayoutName): Geometry {
  const left = layout === 'smal' ? 48 : 56;
  const right = width - 12;
  const legendTop = height - legendLines(m, width, layout) * LINE_HEIGHT - 8;
  const axisY = legendTop - 22;
  const [d0, d1] = m.domain;
  const x = (t: number) => r1(left + ((t - d0) / (d1 - d0)) * (right - left));
  const t = (px: number) => d0 + ((px - left) / (right - left)) * (d1 - d0);
  // the strips share the height above the year labels: the deficit strip is small
  const gap = layout === 'smal' ? 50 : 36;
  const first = layout === 'smal' ? 44 : 30;
  const usable = axisY - 8 - first - gap * (m.strips.length - 1);
  const weights = m.strips.map((s) => (s.id === 'tekort' ? 0.28 : s.id === 'bbp' ? 0.8 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  let top = first;
  const boxes = m.strips.map((strip, i) => {
    const h = (usable * weights[i]!) / sum;
    const box = { strip, top, bottom: top + h, y: (v: number) => r1(top + h - ((v - strip.domain[0]) / (strip.domain[1] - strip.domain[0])) * h) };
    const b = box.bottom;
    box.y = (v: number) => r1(b - ((v - strip.domain[0]) / (strip.domain[1] - strip.domain[0])) * h);
    top = top + h + gap;
    return box;
  });
  return { left, right, x, t, boxes, axisY, legendTop };
}

const tickText = (strip: Strip, v: number) => formatNumberNl(v, strip.id === 'bbp' && !Number.isInteger(v * 2) ? 2 : strip.id === 'bbp' ? 1 : 0);

function stripTitle(strip: Strip): string {
  return strip.brokenAxis ? `${strip.title} (as vanaf ${formatNumberNl(strip.domain[0], 0)})` : strip.title;
}

export function renderBudget(svgElement: SVGSVGElement, input: RenderInput<BudgetState, BudgetModel>): void {
  const { model: m, width, height, layout } = input;
  const g = geometry(m, width, height, layout);
  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', FONT.family)
    .attr('font-size', FONT.small)
    .attr('fill', INK.text);

  const strips = layer(svg, 'b-strips')
    .selectAll('g.b-strip')
    .data(g.boxes, keyBy((d: StripBox) => d.strip.id) as any)
    .join((enter: AnySelection) => enter.append('g').attr('class', 'b-strip'));
  strips.attr('data-key', (d: StripBox) => d.strip.id);

  const years = yearTicks(m.domain[0], m.domain[1] - 1, g.right - g.left);
  strips.each(function (this: any, box: StripBox) {
    const s = select(this);
    const { strip } = box;
    // the strip's title, wrapped on a phone when the axis note makes it long
    const title = layout === 'smal' ? wrapText(stripTitle(strip), width - 4, FONT.small).slice(0, 2) : [stripTitle(strip)];
    layer(s, 'b-title', 'text')
      .attr('x', 0)
      .attr('y', box.top - 10 - (title.length - 1) * LINE_HEIGHT)
      .attr('font-weight', 600)
      .selectAll('tspan')
      .data(title)
      .join('tspan')
      .attr('x', 0)
      .attr('dy', (_l: string, i: number) => (i === 0 ? 0 : LINE_HEIGHT))
      .text((l: string) => l);

    // value axis: grid lines and labels
    const yt = layer(s, 'b-y')
      .selectAll('g')
      .data(strip.ticks, keyBy((d: number) => String(d)) as any)
      .join((enter: AnySelection) => {
        const t = enter.append('g');
        t.append('line');
        t.append('text');
        return t;
      });
    yt.attr('data-key', (d: number) => String(d));
    yt.select('line')
      .attr('x1', g.left)
      .attr('x2', g.right)
      .attr('y1', (d: number) => box.y(d))
      .attr('y2', (d: number) => box.y(d))
      .attr('stroke', INK.grid)
      .attr('stroke-opacity', (d: number) => (d === 0 ? 1 : INK.gridOpacity));
    yt.select('text')
      .attr('x', g.left - 6)
      .attr('y', (d: number) => box.y(d) + 4)
      .attr('text-anchor', 'end')
      .text((d: number) => tickText(strip, d));

    // a tick at the start of each labelled year
    layer(s, 'b-x')
      .selectAll('line')
      .data(years, keyBy((d: number) => String(d)) as any)
      .join('line')
      .attr('data-key', (d: number) => String(d))
      .attr('x1', (d: number) => g.x(d))
      .attr('x2', (d: number) => g.x(d))
      .attr('y1', box.bottom)
      .attr('y2', box.bottom + 5)
      .attr('stroke', INK.axis);

    // bars: the share of municipalities with a deficit, its value above each bar
    const bars = layer(s, 'b-bars')
      .selectAll('g')
      .data(strip.bars, keyBy((d: Strip['bars'][number]) => String(d.year)) as any)
      .join((enter: AnySelection) => {
        const t = enter.append('g');
        t.append('rect');
        t.append('text');
        return t;
      });
    bars.attr('data-key', (d: Strip['bars'][number]) => String(d.year));
    bars
      .select('rect')
      .attr('x', (d: Strip['bars'][number]) => g.x(d.year + 0.15))
      .attr('width', (d: Strip['bars'][number]) => r1(Math.max(2, g.x(d.year + 0.85) - g.x(d.year + 0.15))))
      .attr('y', (d: Strip['bars'][number]) => box.y(d.percent))
      .attr('height', (d: Strip['bars'][number]) => r1(box.y(0) - box.y(d.percent)))
      .attr('fill', tone('grijsgroen').color);
    bars
      .select('text')
      .attr('x', (d: Strip['bars'][number]) => g.x(d.x))
      .attr('y', (d: Strip['bars'][number]) => box.y(d.percent) - 3)
      .attr('text-anchor', 'middle')
      .text((d: Strip['bars'][number]) => formatNumberNl(d.percent, 0));

    // series: a line between consecutive years (never across a gap), a marker per figure
    const lines = layer(s, 'b-series')
      .selectAll('g.b-line')
      .data(strip.series, keyBy((d: Strip['series'][number]) => d.meta.id) as any)
      .join((enter: AnySelection) => {
        const t = enter.append('g').attr('class', 'b-line');
        t.append('path').attr('class', 'b-path');
        t.append('g').attr('class', 'b-markers');
        t.append('g').attr('class', 'b-labels');
        return t;
      });
    lines.attr('data-key', (d: Strip['series'][number]) => d.meta.id).attr('data-series', (d: Strip['series'][number]) => d.meta.id);
    lines
      .select('path.b-path')
      .attr('d', (d: Strip['series'][number]) =>
        d.meta.connect
          ? linePath(
              d.points.map((p) => ({ x: p.x, y: p.value })),
              g.x,
              box.y,
            )
          : '',
      )
      .attr('fill', 'none')
      .attr('stroke', (d: Strip['series'][number]) => tone(d.meta.tone).color)
      .attr('stroke-width', STROKE.line)
      .attr('stroke-dasharray', (d: Strip['series'][number]) => tone(d.meta.tone).dash)
      .attr('stroke-linejoin', 'round');
    lines.each(function (this: any, series: Strip['series'][number]) {
      const t = tone(series.meta.tone);
      const known = series.points.filter((p) => p.value !== null);
      select(this)
        .select('g.b-markers')
        .selectAll('path')
        .data(known, keyBy((p: (typeof known)[number]) => String(p.year)) as any)
        .join('path')
        .attr('data-key', (p: (typeof known)[number]) => String(p.year))
        .attr('d', (p: (typeof known)[number]) => marker(t.marker, g.x(p.x), box.y(p.value!)))
        .attr('fill', (p: (typeof known)[number]) => (p.open || t.marker === 'star' ? INK.background : t.color))
        .attr('stroke', t.color)
        .attr('stroke-width', 1.5);
      // the documents' few figures carry their value beside them: one document above, the other below
      const labelled = series.meta.connect ? [] : known;
      const above = series.meta.id.endsWith('wadw');
      select(this)
        .select('g.b-labels')
        .selectAll('text')
        .data(labelled, keyBy((p: (typeof known)[number]) => String(p.year)) as any)
        .join('text')
        .attr('data-key', (p: (typeof known)[number]) => String(p.year))
        .attr('x', (p: (typeof known)[number]) => {
          const text = `${p.qualifier ? `${p.qualifier} ` : ''}${formatNumberNl(p.value!, strip.id === 'bbp' ? p.decimals : 0)}`;
          const half = textWidth(text, FONT.small) / 2;
          return r1(Math.min(Math.max(g.x(p.x), g.left + half), g.right - half));
        })
        // below the marker, unless that would run into the axis under the strip
        .attr('y', (p: (typeof known)[number]) => (above || box.y(p.value!) + 19 > box.bottom - 2 ? box.y(p.value!) - 9 : box.y(p.value!) + 19))
        .attr('text-anchor', 'middle')
        .attr('fill', t.color)
        .text((p: (typeof known)[number]) => `${p.qualifier ? `${p.qualifier} ` : ''}${formatNumberNl(p.value!, strip.id === 'bbp' ? p.decimals : 0)}`);
    });
  });

  // year labels under the last strip, in the middle of the year they name
  const half = textWidth('0000', FONT.small) / 2;
  layer(svg, 'b-years')
    .selectAll('text')
    .data(years, keyBy((d: number) => String(d)) as any)
    .join('text')
    .attr('data-key', (d: number) => String(d))
    .attr('x', (d: number) => r1(Math.min(Math.max(g.x(d + 0.5), half), width - half)))
    .attr('y', g.axisY + 14)
    .attr('text-anchor', 'middle')
    .text((d: number) => String(d));

  // the legend
  const textX = 34;
  let lineNo = 0;
  const laid = legendEntries(m).map((e) => {
    const lines = layout === 'smal' ? wrapText(e.text, width - textX - 4, FONT.small) : [e.text];
    const at = lineNo;
    lineNo += lines.length;
    return { ...e, lines, y: g.legendTop + at * LINE_HEIGHT + 11 };
  });
  const legend = layer(svg, 'b-legend')
    .selectAll('g')
    .data(laid, keyBy((d: (typeof laid)[number]) => d.key) as any)
    .join((enter: AnySelection) => {
      const t = enter.append('g');
      t.append('path').attr('class', 'b-swatch-line');
      t.append('path').attr('class', 'b-swatch-mark');
      t.append('text');
      return t;
    });
  legend.attr('data-key', (d: (typeof laid)[number]) => d.key);
  legend
    .select('path.b-swatch-line')
    .attr('d', (d: (typeof laid)[number]) => (d.kind === 'series' && d.line && d.tone ? `M0 ${d.y - 4}H26` : ''))
    .attr('stroke', (d: (typeof laid)[number]) => (d.kind === 'series' ? (d.tone?.color ?? 'none') : 'none'))
    .attr('stroke-width', STROKE.line)
    .attr('stroke-dasharray', (d: (typeof laid)[number]) => d.tone?.dash ?? null)
    .attr('fill', 'none');
  legend
    .select('path.b-swatch-mark')
    .attr('d', (d: (typeof laid)[number]) =>
      d.kind === 'bar' ? `M7 ${d.y - 11}h12v12h-12z` : d.kind === 'open' ? marker('circle', 13, d.y - 4) : marker(d.tone!.marker, 13, d.y - 4),
    )
    .attr('fill', (d: (typeof laid)[number]) => (d.kind === 'bar' ? d.tone!.color : d.kind === 'open' || d.tone?.marker === 'star' ? INK.background : d.tone!.color))
    .attr('stroke', (d: (typeof laid)[number]) => (d.kind === 'open' ? INK.text : d.tone!.color))
    .attr('stroke-width', 1.5);
  legend.select('text').each(function (this: any, d: (typeof laid)[number]) {
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
}

export const budgetView: WidgetView<BudgetState, BudgetModel> = {
  layouts: BUDGET_LAYOUTS,
  render: renderBudget,
};
