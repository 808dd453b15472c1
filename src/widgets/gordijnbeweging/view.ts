// Draws the gordijnbeweging into an <svg>. The same function renders the static SVG at build
// time (into a linkedom document) and updates it in the browser, so the island takes over the
// exact SVG that is already in the HTML: every element is found by its class and updated in
// place, never rebuilt. Only d3-selection and d3-scale are used.
import { select, type Selection } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { ASSUMPTIONS, curtainPositions, cycleLabel, type CurtainPositions } from '../../lib/gordijn/model.ts';
import { cycleOf, type GordijnState } from './state.ts';

export const VIEW = { width: 720, height: 340, left: 40, right: 680, bandTop: 78, bandBottom: 218 } as const;

const COLORS = {
  publicFill: '#d7ebe9',
  publicLine: '#0b5a5f',
  marketFill: '#f6e3c6',
  marketLine: '#8a4b00',
  text: '#1c1f23',
  muted: '#4a5159',
  middleStroke: '#1c1f23',
} as const;

type AnySelection = Selection<any, any, any, any>;

/** The child of `parent` with this class, created (once) if it is not there yet. */
function part(parent: AnySelection, tag: string, className: string): AnySelection {
  return parent
    .selectChildren(`.${className}`)
    .data([null])
    .join(tag)
    .attr('class', className);
}

const pct = (x: number) => Math.round(x * 100);

/**
 * Renders the state into the svg. `idPrefix` keeps pattern ids unique when a page has more than
 * one copy of the widget (the preset gallery).
 */
export function renderGordijn(svgElement: SVGSVGElement, state: GordijnState, idPrefix = 'gordijn'): CurtainPositions {
  const c = cycleOf(state);
  const pos = curtainPositions(c, state.fonds);
  const neutral = curtainPositions(0, false);
  const withoutFund = curtainPositions(c, false);
  // positions rounded to a tenth of a unit: no "57.599999999999994" in the markup
  const scale = scaleLinear().domain([0, 1]).range([VIEW.left, VIEW.right]);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const x = (v: number) => r1(scale(v));
  const { bandTop, bandBottom } = VIEW;
  const bandHeight = bandBottom - bandTop;

  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${VIEW.width} ${VIEW.height}`)
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif')
    .attr('font-size', 14)
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
  const folds = part(defs, 'pattern', 'g-pattern-markt')
    .attr('id', `${idPrefix}-markt`)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 14)
    .attr('height', 14);
  part(folds, 'rect', 'g-pattern-bg').attr('width', 14).attr('height', 14).attr('fill', COLORS.marketFill);
  part(folds, 'path', 'g-pattern-line').attr('d', 'M3 0 V14 M10 0 V14').attr('stroke', COLORS.marketLine).attr('stroke-width', 1.5).attr('fill', 'none');

  // The curtain rod and the labour market band.
  part(svg, 'line', 'g-rod')
    .attr('x1', VIEW.left - 8)
    .attr('x2', VIEW.right + 8)
    .attr('y1', bandTop - 6)
    .attr('y2', bandTop - 6)
    .attr('stroke', COLORS.text)
    .attr('stroke-width', 4)
    .attr('stroke-linecap', 'round');
  part(svg, 'rect', 'g-band')
    .attr('x', x(0))
    .attr('y', bandTop)
    .attr('width', x(1) - x(0))
    .attr('height', bandHeight)
    .attr('fill', '#ffffff')
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

  // Where the curtains hang in a normal economy, for reference.
  const refs = part(svg, 'g', 'g-reference');
  for (const [cls, at] of [
    ['g-ref-publiek', neutral.publicEdge],
    ['g-ref-markt', neutral.marketEdge],
  ] as const) {
    part(refs, 'line', cls)
      .attr('x1', x(at))
      .attr('x2', x(at))
      .attr('y1', bandTop - 14)
      .attr('y2', bandBottom + 10)
      .attr('stroke', COLORS.text)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '4 4');
  }
  part(refs, 'text', 'g-ref-label')
    .attr('x', x(neutral.marketEdge) + 4)
    .attr('y', bandBottom + 10)
    .attr('font-size', 12)
    .attr('fill', COLORS.muted)
    .text('- - normale stand');

  // The curtains' names, above the band.
  part(svg, 'text', 'g-label-publiek').attr('x', x(0)).attr('y', 26).attr('font-weight', 700).text('Publieke voorzieningen');
  part(svg, 'text', 'g-label-publiek-sub').attr('x', x(0)).attr('y', 44).attr('font-size', 12).attr('fill', COLORS.muted).text('gordijn van de overheid');
  part(svg, 'text', 'g-label-markt').attr('x', x(1)).attr('y', 26).attr('text-anchor', 'end').attr('font-weight', 700).text('Reguliere arbeidsmarkt');
  part(svg, 'text', 'g-label-markt-sub').attr('x', x(1)).attr('y', 44).attr('text-anchor', 'end').attr('font-size', 12).attr('fill', COLORS.muted).text('gordijn van werkgevers');

  // The exposed middle group.
  const mid = (pos.publicEdge + pos.marketEdge) / 2;
  part(svg, 'rect', 'g-middle')
    .attr('x', x(pos.publicEdge))
    .attr('y', bandTop + 1)
    .attr('width', Math.max(0, r1(x(pos.marketEdge) - x(pos.publicEdge))))
    .attr('height', bandHeight - 2)
    .attr('fill', 'none')
    .attr('stroke', COLORS.middleStroke)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '2 5');
  part(svg, 'text', 'g-middle-label')
    .attr('x', x(mid))
    .attr('y', bandTop + bandHeight / 2 - 10)
    .attr('text-anchor', 'middle')
    .attr('font-weight', 700)
    .text('Kwetsbare groep');
  part(svg, 'text', 'g-middle-label-2')
    .attr('x', x(mid))
    .attr('y', bandTop + bandHeight / 2 + 8)
    .attr('text-anchor', 'middle')
    .text('in het midden');
  part(svg, 'text', 'g-middle-width')
    .attr('x', x(mid))
    .attr('y', bandTop + bandHeight / 2 + 30)
    .attr('text-anchor', 'middle')
    .attr('font-size', 13)
    .attr('fill', COLORS.muted)
    .text(`breedte ${pct(pos.middle)} (normaal ${pct(neutral.middle)})`);

  // What the fund holds up, and what government does without it (the text's claim).
  const held = pos.heldByFund > 1e-9;
  part(svg, 'rect', 'g-fund-hold')
    .attr('x', x(withoutFund.publicEdge))
    .attr('y', bandTop)
    .attr('width', held ? r1(x(pos.publicEdge) - x(withoutFund.publicEdge)) : 0)
    .attr('height', bandHeight)
    .attr('fill', COLORS.publicLine)
    .attr('fill-opacity', 0.35)
    .attr('visibility', held ? 'visible' : 'hidden');
  const note = state.fonds
    ? held
      ? 'Het fonds houdt de publieke voorzieningen op hun plaats.'
      : 'Participatiefonds: in goede tijden wordt gespaard.'
    : c < 0
      ? 'Zonder fonds bezuinigt de overheid op haar voorzieningen.'
      : '';
  part(svg, 'text', 'g-note')
    .attr('x', x(0))
    .attr('y', bandBottom + 32)
    .attr('font-size', 13)
    .attr('font-weight', 600)
    .text(note);

  // The wage-value axis.
  const axisY = bandBottom + 58;
  part(svg, 'line', 'g-axis')
    .attr('x1', x(0))
    .attr('x2', x(1))
    .attr('y1', axisY)
    .attr('y2', axisY)
    .attr('stroke', COLORS.text)
    .attr('stroke-width', 1.5);
  part(svg, 'path', 'g-axis-arrow')
    .attr('d', `M${x(1)} ${axisY} l-8 -5 v10 z`)
    .attr('fill', COLORS.text);
  part(svg, 'text', 'g-axis-left').attr('x', x(0)).attr('y', axisY + 20).attr('font-size', 12).text('geen loonwaarde');
  part(svg, 'text', 'g-axis-mid').attr('x', x(0.5)).attr('y', axisY + 20).attr('font-size', 12).attr('text-anchor', 'middle').text('loonwaarde');
  part(svg, 'text', 'g-axis-right').attr('x', x(1)).attr('y', axisY + 20).attr('font-size', 12).attr('text-anchor', 'end').text('meest verdienend');

  // The state in words and the source line, so that a downloaded SVG or PNG stands on its own.
  part(svg, 'text', 'g-state')
    .attr('x', x(1))
    .attr('y', bandBottom + 32)
    .attr('text-anchor', 'end')
    .attr('font-size', 13)
    .text(`${capitalise(cycleLabel(c))}, ${state.fonds ? 'met' : 'zonder'} fonds`);
  part(svg, 'text', 'g-source')
    .attr('x', x(0))
    .attr('y', VIEW.height - 6)
    .attr('font-size', 11)
    .attr('fill', COLORS.muted)
    .text('Schematisch, naar Rodenburg in ‘Werk aan de winkel’ (hoofdstuk 8). Posities zijn illustratief: de tekst geeft geen cijfers.');

  return pos;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Keep the assumptions import visible to readers of this file: the neutral positions drawn as
// reference lines are ASSUMPTIONS.publicNeutral and ASSUMPTIONS.marketNeutral.
export const NEUTRAL_POSITIONS = { public: ASSUMPTIONS.publicNeutral, market: ASSUMPTIONS.marketNeutral };
