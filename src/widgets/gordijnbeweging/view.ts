// Draws the gordijnbeweging into an <svg>, laid out for the width it gets: on a phone the labels
// stack instead of shrinking, so no text is ever drawn below 12 CSS px. The same function renders
// the static SVG at build time (into a linkedom document) and redraws it in the browser, where
// the island takes over the exact SVG that is already in the HTML: every element is found by its
// class and updated in place, never rebuilt. Only d3-selection is used: the one scale here maps
// 0…1 onto the band in a straight line, which does not need d3-scale's 10 kB (gzipped) of
// interpolators, ticks and number formats.
import { select, type Selection } from 'd3-selection';
import type { RenderInput, WidgetView } from '../../lib/widget-kit/spec.ts';
import { FONT as TYPE, INK, tone } from '../../lib/charts/theme.ts';
import { wrapText } from '../../lib/widget-kit/standalone.ts';
import type { GordijnModel, GordijnState } from './spec.ts';

// The theme's tokens: the public curtain in petrol, the market's in ochre (src/lib/charts/theme.ts).
const PUBLIC = tone('petrol');
const MARKET = tone('oker');
const COLORS = {
  publicFill: PUBLIC.fill,
  publicLine: PUBLIC.color,
  marketFill: MARKET.fill,
  marketLine: MARKET.color,
  text: INK.text,
  muted: INK.muted,
  background: INK.background,
} as const;

/** Font sizes in CSS px; the smallest is the legibility floor (QUALITY.md). */
const FONT = { label: TYPE.large, small: TYPE.small, note: TYPE.base } as const;

type AnySelection = Selection<any, any, any, any>;

/** The child of `parent` with this class, created (once) if it is not there yet. */
function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent.selectChildren(`.${className}`).data([null]).join(tag).attr('class', className);
}

/** Writes text as lines (tspans), so that a long note wraps on a phone. */
function lines(sel: AnySelection, text: string[], x: number, lineHeight: number): void {
  sel
    .selectAll('tspan')
    .data(text)
    .join('tspan')
    .attr('x', x)
    .attr('dy', (_d: string, i: number) => (i === 0 ? 0 : lineHeight))
    .text((d: string) => d);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Vertical positions per layout. Narrow: the two curtains' names on rows of their own. Wide:
 * the names side by side above the band.
 */
function rows(layout: RenderInput<unknown, unknown>['layout']) {
  if (layout === 'smal') {
    return { publicName: 16, publicSub: 32, marketName: 52, marketSub: 68, rod: 80, bandTop: 86, bandBottom: 206, noteGap: 20 };
  }
  return { publicName: 20, publicSub: 38, marketName: 20, marketSub: 38, rod: 52, bandTop: 58, bandBottom: 198, noteGap: 20 };
}

export function renderGordijn(svgElement: SVGSVGElement, input: RenderInput<GordijnState, GordijnModel>): void {
  const { state, model: m, width, height, layout, idPrefix } = input;
  const pos = m.positions;
  const margin = 8;
  /** a position on the 0…1 scale of wage value, in px */
  const x = (v: number) => r1(margin + v * (width - 2 * margin));
  const y = rows(layout);
  const { bandTop, bandBottom } = y;
  const bandHeight = bandBottom - bandTop;

  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif')
    .attr('font-size', FONT.label)
    .attr('fill', COLORS.text);

  // Patterns: colour is never the only difference between the curtains.
  const defs = part(svg, 'defs', 'g-defs');
  const hatch = part(defs, 'pattern', 'g-pattern-publiek')
    .attr('id', `${idPrefix}-publiek`)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 10)
    .attr('height', 10)
    .attr('patternTransform', 'rotate(45)');
  part(hatch, 'rect', 'g-pattern-bg').attr('width', 10).attr('height', 10).attr('fill', COLORS.publicFill);
  part(hatch, 'line', 'g-pattern-line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 10).attr('stroke', COLORS.publicLine).attr('stroke-width', 2);
  const folds = part(defs, 'pattern', 'g-pattern-markt').attr('id', `${idPrefix}-markt`).attr('patternUnits', 'userSpaceOnUse').attr('width', 14).attr('height', 14);
  part(folds, 'rect', 'g-pattern-bg').attr('width', 14).attr('height', 14).attr('fill', COLORS.marketFill);
  part(folds, 'path', 'g-pattern-line').attr('d', 'M3 0 V14 M10 0 V14').attr('stroke', COLORS.marketLine).attr('stroke-width', 1.5).attr('fill', 'none');

  // The curtains' names, above the band.
  part(svg, 'text', 'g-label-publiek').attr('x', x(0)).attr('y', y.publicName).attr('font-weight', 700).text('Publieke voorzieningen');
  part(svg, 'text', 'g-label-publiek-sub').attr('x', x(0)).attr('y', y.publicSub).attr('font-size', FONT.small).attr('fill', COLORS.muted).text('gordijn van de overheid');
  part(svg, 'text', 'g-label-markt').attr('x', x(1)).attr('y', y.marketName).attr('text-anchor', 'end').attr('font-weight', 700).text('Reguliere arbeidsmarkt');
  part(svg, 'text', 'g-label-markt-sub').attr('x', x(1)).attr('y', y.marketSub).attr('text-anchor', 'end').attr('font-size', FONT.small).attr('fill', COLORS.muted).text('gordijn van werkgevers');

  // The curtain rod and the labour market band.
  part(svg, 'line', 'g-rod')
    .attr('x1', x(0) - 4)
    .attr('x2', x(1) + 4)
    .attr('y1', y.rod)
    .attr('y2', y.rod)
    .attr('stroke', COLORS.text)
    .attr('stroke-width', 4)
    .attr('stroke-linecap', 'round');
  part(svg, 'rect', 'g-band')
    .attr('x', x(0))
    .attr('y', bandTop)
    .attr('width', r1(x(1) - x(0)))
    .attr('height', bandHeight)
    .attr('fill', COLORS.background)
    .attr('stroke', COLORS.muted)
    .attr('stroke-width', 1);

  // The two curtains.
  part(svg, 'rect', 'g-curtain-publiek')
    .attr('x', x(0))
    .attr('y', bandTop)
    .attr('width', r1(x(pos.publicEdge) - x(0)))
    .attr('height', bandHeight)
    .attr('fill', `url(#${idPrefix}-publiek)`)
    .attr('stroke', COLORS.publicLine)
    .attr('stroke-width', 2);
  part(svg, 'rect', 'g-curtain-markt')
    .attr('x', x(pos.marketEdge))
    .attr('y', bandTop)
    .attr('width', r1(x(1) - x(pos.marketEdge)))
    .attr('height', bandHeight)
    .attr('fill', `url(#${idPrefix}-markt)`)
    .attr('stroke', COLORS.marketLine)
    .attr('stroke-width', 2);

  // What the fund holds up: the part of the public curtain that would have retreated without it.
  const held = pos.heldByFund > 1e-9;
  part(svg, 'rect', 'g-fund-hold')
    .attr('x', x(m.withoutFund.publicEdge))
    .attr('y', bandTop)
    .attr('width', held ? r1(x(pos.publicEdge) - x(m.withoutFund.publicEdge)) : 0)
    .attr('height', bandHeight)
    .attr('fill', COLORS.publicLine)
    .attr('fill-opacity', 0.35)
    .attr('visibility', held ? 'visible' : 'hidden');

  // Where the curtains hang in a normal economy, for reference.
  const refs = part(svg, 'g', 'g-reference');
  for (const [cls, at] of [
    ['g-ref-publiek', m.neutral.publicEdge],
    ['g-ref-markt', m.neutral.marketEdge],
  ] as const) {
    part(refs, 'line', cls)
      .attr('x1', x(at))
      .attr('x2', x(at))
      .attr('y1', bandTop - 4)
      .attr('y2', bandBottom + 4)
      .attr('stroke', COLORS.text)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '4 4');
  }

  // The exposed middle group: outlined in the band, named under it with its width.
  part(svg, 'rect', 'g-middle')
    .attr('x', x(pos.publicEdge))
    .attr('y', bandTop + 1)
    .attr('width', Math.max(0, r1(x(pos.marketEdge) - x(pos.publicEdge))))
    .attr('height', bandHeight - 2)
    .attr('fill', 'none')
    .attr('stroke', COLORS.text)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '2 5');
  const [, middleRow] = m.rows;
  const bracketY = bandBottom + 8;
  part(svg, 'path', 'g-middle-bracket')
    .attr('d', `M${x(pos.publicEdge)} ${bracketY - 4} V${bracketY} H${x(pos.marketEdge)} V${bracketY - 4}`)
    .attr('fill', 'none')
    .attr('stroke', COLORS.text)
    .attr('stroke-width', 1.5);
  // On a phone the comparison with normal goes on a line of its own.
  const middleLines =
    layout === 'smal'
      ? [`Kwetsbare groep: ${middleRow.width} punten`, `normaal: ${middleRow.width - middleRow.change} punten`]
      : [`Kwetsbare groep: ${middleRow.width} punten (normaal: ${middleRow.width - middleRow.change})`];
  // centred under the middle, but never past the chart's edges (an estimate of the bold text's width)
  const half = (Math.max(...middleLines.map((l) => l.length)) * FONT.label * 0.62) / 2;
  const midX = r1(Math.min(Math.max(x((pos.publicEdge + pos.marketEdge) / 2), x(0) + half), x(1) - half));
  lines(part(svg, 'text', 'g-middle-label').attr('x', midX).attr('y', bracketY + 18).attr('text-anchor', 'middle').attr('font-weight', 700), middleLines, midX, 17);

  // What the fund does, or what government does without it (the text's claim).
  const note = state.fonds
    ? held
      ? 'Het fonds houdt de publieke voorzieningen op hun plaats.'
      : 'Participatiefonds: in goede tijden wordt gespaard.'
    : m.cycle < 0
      ? 'Zonder fonds bezuinigt de overheid op haar voorzieningen.'
      : '';
  const noteY = bracketY + 18 + 17 * (middleLines.length - 1) + y.noteGap + 4;
  lines(part(svg, 'text', 'g-note').attr('x', x(0)).attr('y', noteY).attr('font-size', FONT.note).attr('font-weight', 600), wrapText(note, width - 2 * margin, FONT.note), x(0), 17);

  // The wage-value axis, explained where it is drawn, and the key to the dashed lines.
  const legend = ['Loonwaarde: wat iemand met werk kan verdienen.', '- - - normale stand van de gordijnen'];
  const legendLines = layout === 'smal' ? legend : [legend.join(' ')];
  const axisY = height - 22 - 16 * legendLines.length;
  part(svg, 'line', 'g-axis').attr('x1', x(0)).attr('x2', x(1)).attr('y1', axisY).attr('y2', axisY).attr('stroke', COLORS.text).attr('stroke-width', 1.5);
  part(svg, 'path', 'g-axis-arrow').attr('d', `M${x(1)} ${axisY} l-8 -5 v10 z`).attr('fill', COLORS.text);
  part(svg, 'text', 'g-axis-left').attr('x', x(0)).attr('y', axisY + 17).attr('font-size', FONT.small).text('geen loonwaarde');
  part(svg, 'text', 'g-axis-right').attr('x', x(1)).attr('y', axisY + 17).attr('font-size', FONT.small).attr('text-anchor', 'end').text('meest verdienend');
  lines(part(svg, 'text', 'g-axis-title').attr('x', x(0)).attr('y', axisY + 34).attr('font-size', FONT.small).attr('fill', COLORS.muted), legendLines, x(0), 16);
}

export const gordijnView: WidgetView<GordijnState, GordijnModel> = {
  layouts: {
    smal: { width: 328, height: 372 },
    breed: { width: 720, height: 320 },
  },
  render: renderGordijn,
};
