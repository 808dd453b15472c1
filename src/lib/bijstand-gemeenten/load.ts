// Build time only: reads the project's transcribed CBS files (content/data/cbs-bijstand-gemeenten-*.csv,
// checked against their YAML by readDataset) and the boundaries, and derives which municipalities
// merged between the years, from the boundaries themselves: a municipality that is gone the next
// year merged into the one whose territory holds its centre.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'geojson';
import { readDataset } from '../datasets.ts';
import { projectPath } from '../project-root.ts';
import { inPolygons, YEARS, yearGeometries, type DataRow, type FigureTriple, type GemeenteData, type Merger, type Year } from './model.ts';

export const BOUNDARIES_FILE = ['content', 'data', 'grenzen', 'gemeentegrenzen-2015-2017.topojson'] as const;

const triple = (r: Record<string, unknown>, age: string): FigureTriple => [
  r[`inwoners_${age}`] as number,
  r[`ontvangers_${age}`] as number,
  (r[`dichtheid_${age}`] as number | null) ?? null,
];

function rowsOf(year: Year): DataRow[] {
  const rows = readDataset(`cbs-bijstand-gemeenten-${year}`).rows.map(
    (r): DataRow => [String(r.code), String(r.naam), triple(r, 'alle'), triple(r, 'tot_aow'), triple(r, 'aow')],
  );
  // Nederland first, then the municipalities by code
  return [...rows.filter((r) => r[0] === 'NL01'), ...rows.filter((r) => r[0] !== 'NL01')];
}

/** Planar centroid of the largest ring: a point inside ordinary municipality shapes. */
function centre(coords: number[][][][]): [number, number] {
  const ring = coords.flatMap((p) => [p[0]!]).sort((a, b) => b.length - a.length)[0]!;
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const f = x0! * y1! - x1! * y0!;
    a += f;
    cx += (x0! + x1!) * f;
    cy += (y0! + y1!) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

const polygonsOf = (g: Polygon | MultiPolygon): number[][][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export function loadGemeenteData(): GemeenteData {
  const topology = JSON.parse(readFileSync(projectPath(...BOUNDARIES_FILE), 'utf8')) as GemeenteData['topology'];
  const years = Object.fromEntries(YEARS.map((y) => [String(y), rowsOf(y)]));
  const data: GemeenteData = { years, topology, mergers: [] };
  const shapes = (year: Year) =>
    yearGeometries(data, year).map((g) => ({ code: String(g.id), polygons: polygonsOf((feature(topology, g as never) as unknown as { geometry: Polygon | MultiPolygon }).geometry) }));
  const mergers: Merger[] = [];
  for (const [i, year] of YEARS.slice(0, -1).entries()) {
    const next = YEARS[i + 1]!;
    const nextCodes = new Set(years[String(next)]!.map((r) => r[0]));
    const nextShapes = shapes(next);
    for (const s of shapes(year)) {
      if (nextCodes.has(s.code)) continue;
      const [x, y] = centre(s.polygons);
      const into = nextShapes.find((n) => inPolygons(x, y, n.polygons));
      if (!into) throw new Error(`${s.code} (${year}): geen gemeente in ${next} bevat het midden`);
      const name = (c: string, yr: Year) => years[String(yr)]!.find((r) => r[0] === c)![1];
      mergers.push({ from: s.code, fromName: name(s.code, year), year: next, to: into.code, toName: name(into.code, next) });
    }
  }
  data.mergers = mergers;
  return data;
}
