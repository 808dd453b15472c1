// The map of "Bijstand per gemeente", drawn into any document (linkedom at build time, the page
// in the browser). To keep the page light the map is not one path per municipality but one path
// per colour class (the municipalities of a class merged, topojson-client's merge) plus one path of
// all borders (mesh): about 8 paths instead of 390, each border drawn once. The map has the same
// size and the same path data in both layouts (so the second static copy costs almost nothing
// gzipped); the browser scales it to the width it has. Which municipality is under the pointer is
// found from the geometry (island.ts), not from the DOM.
import { feature, merge, mesh } from 'topojson-client';
import { compactPath, linesOf } from '../../lib/bijstand-gemeenten/svg-path.ts';
import { select, type Selection } from 'd3-selection';
import { FONT, INK, SEQUENTIAL, SERIES } from '../../lib/charts/theme.ts';
import { AGE_WORDS, type Year } from '../../lib/bijstand-gemeenten/model.ts';
import type { LayoutName, WidgetView } from '../../lib/widget-kit/spec.ts';
import type { GemeenteModel, GemeenteState } from './spec.ts';

/** The projected topology is 1 000 units wide; the map is drawn at this many px per unit. */
export const MAP_SCALE = 0.33;
export const MAP_WIDTH = 330;
export const MAP_HEIGHT = 392;
const NO_VALUE = SERIES.find((s) => s.name === 'inkt')!.fill;

const LAYOUTS = {
  smal: { width: 340, height: 548 },
  breed: { width: 640, height: 420 },
} as const;

/** Where the map stands in a layout, and how much it is scaled to fit the width it gets. */
export function mapFrame(layout: LayoutName, width: number): { x: number; y: number; k: number } {
  if (layout === 'smal') {
    const k = Math.min(1, (width - 4) / MAP_WIDTH);
    return { x: Math.max(0, (width - MAP_WIDTH * k) / 2), y: 4, k };
  }
  return { x: 4, y: 14, k: 1 };
}

/** Path data on a grid of 1 / GRID px; the map group is scaled by 1 / GRID. */
export const GRID = Number(1);
const fillPath = (g: { type: string; coordinates: unknown } | null) => compactPath(linesOf(g), MAP_SCALE, GRID, true);
const linePath = (g: { type: string; coordinates: unknown } | null) => compactPath(linesOf(g), MAP_SCALE, GRID, false);

type Layers = { classes: string[]; none: string; borders: string };
// merging is the costly part of a redraw: once per year and age group
const layerCache = new Map<string, Layers>();

function layersFor(m: GemeenteModel): Layers {
  const key = `${m.year}-${m.age}`;
  const cached = layerCache.get(key);
  if (cached) return cached;
  const topo = m.data.topology as never;
  const byClass = SEQUENTIAL.colors.map((_c, k) => m.geometries.filter((g) => m.classes.get(String(g.id)) === k));
  const none = m.geometries.filter((g) => (m.classes.get(String(g.id)) ?? -1) < 0);
  const all = { type: 'GeometryCollection', geometries: m.geometries } as never;
  const layers: Layers = {
    classes: byClass.map((gs) => (gs.length ? fillPath(merge(topo, gs as never)) : '')),
    none: none.length ? fillPath(merge(topo, none as never)) : '',
    borders: linePath(mesh(topo, all, (a: unknown, b: unknown) => a !== b)),
  };
  layerCache.set(key, layers);
  return layers;
}

/** The outline of one or more municipalities (merged), for the selection and the hover. */
export function outlineOf(m: GemeenteModel, codes: string | readonly string[] | undefined): string {
  const wanted = new Set(typeof codes === 'string' ? [codes] : (codes ?? []));
  const gs = m.geometries.filter((x) => wanted.has(String(x.id)));
  return gs.length ? fillPath(merge(m.data.topology as never, gs as never)) : '';
}

/** A point of a municipality to mark a city at: the centre of its largest outline's box. */
function markerPoint(m: GemeenteModel, code: string): [number, number] | undefined {
  const g = m.geometries.find((x) => String(x.id) === code);
  if (!g) return undefined;
  const points = linesOf((feature(m.data.topology as never, g as never) as unknown as { geometry: { type: string; coordinates: unknown } }).geometry).flat();
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const r = (v: number) => Math.round(v * MAP_SCALE * GRID);
  return [r((Math.min(...xs) + Math.max(...xs)) / 2), r((Math.min(...ys) + Math.max(...ys)) / 2)];
}

/** Label offsets of the dossier's cities, so that close neighbours (Amsterdam, Utrecht) do not collide. */
const LABEL_AT: Record<string, { dx: number; dy: number; anchor: 'start' | 'end' }> = {
  GM0363: { dx: -7, dy: -4, anchor: 'end' },
  GM0599: { dx: -7, dy: 10, anchor: 'end' },
  GM0344: { dx: 7, dy: 2, anchor: 'start' },
  GM0855: { dx: 6, dy: 14, anchor: 'start' },
  GM0080: { dx: 7, dy: 4, anchor: 'start' },
};

type Sel<E extends Element = SVGElement> = Selection<E, unknown, null, undefined>;

function ensure<E extends SVGElement>(parent: Sel<SVGElement>, tag: string, cls: string): Sel<E> {
  const found = parent.select<E>(`:scope > ${tag}.${cls}`);
  return (found.empty() ? parent.append(tag).attr('class', cls) : found) as unknown as Sel<E>;
}

function text(parent: Sel<SVGElement>, cls: string, lines: { x: number; y: number; t: string; size?: number; weight?: number; fill?: string }[]): void {
  ensure(parent, 'g', cls)
    .selectAll<SVGTextElement, (typeof lines)[number]>('text')
    .data(lines)
    .join('text')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('font-size', (d) => d.size ?? FONT.small)
    .attr('font-weight', (d) => d.weight ?? null)
    .attr('fill', (d) => d.fill ?? INK.text)
    .text((d) => d.t);
}

export const gemeenteView: WidgetView<GemeenteState, GemeenteModel> = {
  layouts: LAYOUTS,
  render(svgNode, { model: m, width, height, layout }) {
    const svg = select(svgNode as SVGElement) as Sel<SVGElement>;
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('font-family', FONT.family);
    const f = mapFrame(layout, width);
    const k = f.k / GRID;
    const map = ensure(svg, 'g', 'kaart').attr('transform', `translate(${f.x},${f.y})${k !== 1 ? ` scale(${Math.round(k * 1000) / 1000})` : ''}`);
    const layers = layersFor(m);
    const fills = [...SEQUENTIAL.colors.map((c, i) => ({ key: `k${i}`, d: layers.classes[i]!, fill: c })), { key: 'geen', d: layers.none, fill: NO_VALUE }];
    ensure(map, 'g', 'vlakken')
      .selectAll<SVGPathElement, (typeof fills)[number]>('path')
      .data(fills)
      .join('path')
      .attr('d', (d) => d.d)
      .attr('fill', (d) => d.fill)
      .attr('stroke', INK.muted)
      .attr('stroke-width', 0.5)
      .attr('stroke-linejoin', 'round');
    // Every municipality's border only on the live page: the static map (no JavaScript, downloads)
    // shows the coast and the borders between colour classes, which the fills' own edges draw. The
    // full mesh would add a third to the page's weight, which must fit one round trip.
    const live = typeof window !== 'undefined' && (svgNode as Element).ownerDocument === window.document;
    ensure(map, 'path', 'grenzen').attr('d', live ? layers.borders : '').attr('fill', 'none').attr('stroke', INK.muted).attr('stroke-width', 0.3);
    ensure(map, 'path', 'keuze').attr('d', outlineOf(m, m.selection?.outline)).attr('fill', 'none').attr('stroke', INK.text).attr('stroke-width', 2.5);
    // the hover outline belongs to the island; it keeps its place above the fills
    ensure(map, 'path', 'aanwijzing').attr('fill', 'none').attr('stroke', INK.text).attr('stroke-width', 1.5).attr('stroke-dasharray', '3 2');

    const cities = m.marked.flatMap((c) => {
      const at = c.place ? markerPoint(m, c.code) : undefined;
      return at && c.place ? [{ ...c, at, naam: c.place.naam }] : [];
    });
    // outside the scaled map group: the labels keep their 12 px at any width
    const at = (d: { at: [number, number] }, i: 0 | 1) => Math.round(((i === 0 ? f.x : f.y) + d.at[i] * k) * 10) / 10;
    const markers = ensure(svg, 'g', 'steden');
    markers
      .selectAll<SVGCircleElement, (typeof cities)[number]>('circle')
      .data(cities)
      .join('circle')
      .attr('cx', (d) => at(d, 0))
      .attr('cy', (d) => at(d, 1))
      .attr('r', 3.5)
      .attr('fill', INK.background)
      .attr('stroke', INK.text)
      .attr('stroke-width', 1.5);
    markers
      .selectAll<SVGTextElement, (typeof cities)[number]>('text')
      .data(cities.filter((c) => c.label))
      .join('text')
      .attr('x', (d) => at(d, 0) + (LABEL_AT[d.code]?.dx ?? 6))
      .attr('y', (d) => at(d, 1) + (LABEL_AT[d.code]?.dy ?? 4))
      .attr('text-anchor', (d) => LABEL_AT[d.code]?.anchor ?? 'start')
      .attr('font-size', FONT.small)
      .attr('font-weight', FONT.labelWeight)
      .attr('fill', INK.text)
      .attr('stroke', INK.background)
      .attr('stroke-width', 3)
      .attr('stroke-linejoin', 'round')
      .attr('paint-order', 'stroke')
      .text((d) => d.naam);

    // legend: the unit and period first, then the classes, the marker and the source; compact on a
    // phone, so that the chart and the controls under it fit one screen together
    const narrow = layout === 'smal';
    const lx = narrow ? 8 : MAP_WIDTH + 30;
    let y = narrow ? f.y + MAP_HEIGHT * f.k + 20 : 28;
    const legendLines = narrow
      ? [
          { x: lx, y, t: 'Bijstandsontvangers per 1.000 inwoners', weight: FONT.labelWeight },
          { x: lx, y: y + 17, t: `${AGE_WORDS[m.age]}, eind ${m.year}` },
        ]
      : [
          { x: lx, y, t: 'Bijstandsontvangers per 1.000 inwoners', weight: FONT.labelWeight },
          { x: lx, y: y + 17, t: AGE_WORDS[m.age] },
          { x: lx, y: y + 34, t: `eind december ${m.year}` },
        ];
    text(svg, 'legenda-kop', legendLines);
    y += narrow ? 29 : 49;
    const swatches = [...m.labels.map((t, i) => ({ t, fill: SEQUENTIAL.colors[i]! })), { t: 'geen cijfer', fill: NO_VALUE }];
    const cols = narrow ? 3 : 1;
    const colWidth = narrow ? 118 : 0;
    const rowH = 21;
    const legend = ensure(svg, 'g', 'legenda');
    const items = legend
      .selectAll<SVGGElement, (typeof swatches)[number]>('g')
      .data(swatches)
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('width', 16).attr('height', 14).attr('stroke', INK.muted).attr('stroke-width', 0.8);
        g.append('text').attr('x', 21).attr('y', 12).attr('font-size', FONT.small).attr('fill', INK.text);
        return g;
      })
      .attr('transform', (_d, i) => `translate(${lx + (i % cols) * colWidth},${y + Math.floor(i / cols) * rowH})`);
    items.select('rect').attr('fill', (d) => d.fill);
    items.select('text').text((d) => d.t);
    y += Math.ceil(swatches.length / cols) * rowH + 4;
    // the marker's meaning
    const key = ensure(svg, 'g', 'stedensleutel').attr('transform', `translate(${lx},${y})`);
    ensure(key, 'circle', 'teken').attr('cx', 8).attr('cy', 7).attr('r', 3.5).attr('fill', INK.background).attr('stroke', INK.text).attr('stroke-width', 1.5);
    text(key, 'uitleg', [{ x: 21, y: 11, t: 'stad uit de documenten' }]);
    y += narrow ? 34 : 38;
    const sourceLines = narrow
      ? ['Bron: CBS (bijstand), CBS/PDOK (grenzen).', 'Deze bron heeft alleen 2015, 2016 en 2017.']
      : ['Bron: CBS (bijstand),', 'CBS/PDOK (grenzen).', 'Deze bron heeft alleen', '2015, 2016 en 2017.', `Gemeenten zoals ze in ${m.year} waren.`];
    text(svg, 'bron', sourceLines.map((t, i) => ({ x: lx, y: y + i * 17, t, fill: INK.muted })));
  },
};

export type { Year };
