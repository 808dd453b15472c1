// Transcribes the CBS regional bijstand figures and municipal boundaries (../shared/data/cbs/) into
// the project's own data files, for the widget `bijstand-per-gemeente`:
// - content/data/cbs-bijstand-gemeenten-<year>.csv (+ .yaml written by hand: the provenance):
//   per municipality and for the Netherlands, the CBS values as published (persons, inhabitants,
//   recipients per 1 000 inhabitants) for three age groups; '.' (not available) becomes an empty cell;
// - content/data/grenzen/gemeentegrenzen-2015-2017.topojson: the generalised CBS/PDOK boundaries of
//   the three years in one TopoJSON topology (borders that did not change are stored once),
//   projected (Mercator) and simplified for a map about 340–640 px wide.
// Run it again only when the raw files change: `npx node scripts/build-gemeente-data.ts`.
// The unit test tests/unit/bijstand-gemeenten-data.test.ts checks the output against the raw files.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { csvParse, csvFormat } from 'd3-dsv';
import { geoMercator } from 'd3-geo';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';

const root = resolve(import.meta.dirname, '..');
const raw = resolve(root, '..', 'shared', 'data', 'cbs');
const YEARS = [2015, 2016, 2017] as const;
/** CBS's age codes, checked against the national rows: 20150 = 90100 + 90200 */
export const AGE_CODES = { alle: '20150', tot_aow: '90100', aow: '90200' } as const;

type Feature = FeatureCollection<Geometry, { statcode: string; statnaam: string }>['features'][number];

function readBoundaries(year: number): FeatureCollection<Geometry, { statcode: string; statnaam: string }> {
  return JSON.parse(readFileSync(join(raw, `gemeentegrenzen_${year}_gegeneraliseerd.geojson`), 'utf8'));
}

const value = (s: string | undefined): string => {
  const t = (s ?? '').trim();
  return t === '.' ? '' : t;
};

mkdirSync(join(root, 'content', 'data', 'grenzen'), { recursive: true });
const collections: Record<string, FeatureCollection> = {};
for (const year of YEARS) {
  const geo = readBoundaries(year);
  const names = new Map(geo.features.map((f) => [f.properties.statcode, f.properties.statnaam]));
  const rows = csvParse(readFileSync(join(raw, `bijstand_regio_${year}.csv`), 'utf8'));
  const byCode = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const code = r.Regiokenmerken!.trim();
    if (!code.startsWith('GM') && code !== 'NL01') continue;
    const age = Object.entries(AGE_CODES).find(([, c]) => c === r.Leeftijd!.trim())?.[0];
    if (!age) throw new Error(`${year}: onbekende leeftijdscode ${r.Leeftijd}`);
    const naam = code === 'NL01' ? 'Nederland' : names.get(code);
    if (!naam) throw new Error(`${year}: ${code} staat niet in de grenzen`);
    const out = byCode.get(code) ?? { code, naam };
    out[`inwoners_${age}`] = value(r.Inwoners_1);
    out[`ontvangers_${age}`] = value(r.Bijstandsontvangers_2);
    out[`dichtheid_${age}`] = value(r.Bijstandsdichtheid_3);
    byCode.set(code, out);
  }
  if (byCode.size !== names.size + 1) throw new Error(`${year}: ${byCode.size - 1} gemeenten in de cijfers, ${names.size} in de grenzen`);
  const columns = ['code', 'naam', ...Object.keys(AGE_CODES).flatMap((a) => [`inwoners_${a}`, `ontvangers_${a}`, `dichtheid_${a}`])];
  const sorted = [...byCode.values()].sort((a, b) => (a.code! < b.code! ? -1 : 1));
  writeFileSync(join(root, 'content', 'data', `cbs-bijstand-gemeenten-${year}.csv`), `${csvFormat(sorted, columns)}\n`);
  collections[`g${year}`] = {
    type: 'FeatureCollection',
    features: geo.features.map((f: Feature) => ({ type: 'Feature', id: f.properties.statcode, properties: {}, geometry: f.geometry })),
  };
}

// One projection for the three years: the same border is the same line on every map.
const newest = collections[`g${YEARS.at(-1)}`]!;
const WIDTH = 1000;
const projection = geoMercator().fitWidth(WIDTH, newest as never);
function projectGeometry(g: Geometry): Geometry {
  const ring = (r: number[][]) => r.map(([x, y]) => projection([x!, y!])!.map((v) => Math.round(v * 10) / 10));
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
  throw new Error(`onverwachte geometrie ${g.type}`);
}
const projected = (year: number) => collections[`g${year}`]!.features.map((f) => ({ ...f, geometry: projectGeometry(f.geometry) }));
// The newest year's boundaries draw every municipality whose territory did not change; an older
// year adds its own boundaries only for municipalities that are gone by the newest year or whose
// area differs by more than 10 % (a merger): at 340–640 px the yearly re-generalisation of an
// unchanged border is invisible, and shipping it three times would triple the file.
const base = projected(YEARS.at(-1)!);
const baseArea = new Map(base.map((f) => [String(f.id), geoArea(f)]));
const objects: Record<string, FeatureCollection> = { [`g${YEARS.at(-1)}`]: { type: 'FeatureCollection', features: base } };
for (const year of YEARS.slice(0, -1)) {
  const own = projected(year).filter((f) => {
    const a = baseArea.get(String(f.id));
    return a === undefined || Math.abs(geoArea(f) - a) / a > 0.1;
  });
  objects[`eigen${year}`] = { type: 'FeatureCollection', features: own };
  console.log(`${year}: eigen grenzen voor ${own.map((f) => f.id).join(', ')}`);
}
/** planar area of a projected polygon (shoelace), for comparing a municipality across years */
function geoArea(f: { geometry: Geometry }): number {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
  let sum = 0;
  for (const p of polys) for (const [i, r] of p.entries()) {
    let a = 0;
    for (let k = 0, n = r.length; k < n - 1; k++) a += r[k]![0]! * r[k + 1]![1]! - r[k + 1]![0]! * r[k]![1]!;
    sum += (i === 0 ? 1 : -1) * Math.abs(a / 2);
  }
  return sum;
}
let topo = topology(objects as never);
topo = presimplify(topo as never);
// Keep the points that carry the shape at the map's size: a point goes when the triangle it makes
// with its neighbours (Visvalingam) is smaller than MIN_AREA square units of the 1 000-wide
// projection; the map is drawn at 0,33 px per unit, so 260 units are about 28 square px.
const MIN_AREA = Number(process.env.MIN_AREA ?? 260);
topo = simplify(topo as never, MIN_AREA);
topo = quantize(topo as never, Number(process.env.Q ?? 1000)) as never;
const text = JSON.stringify(topo);
writeFileSync(join(root, 'content', 'data', 'grenzen', 'gemeentegrenzen-2015-2017.topojson'), `${text}\n`);
console.log(`topojson: ${text.length} bytes, gzip ${gzipSync(text).length}, ${(topo as { arcs: unknown[] }).arcs.length} arcs (min. oppervlak ${MIN_AREA})`);
