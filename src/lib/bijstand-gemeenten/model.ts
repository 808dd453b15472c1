// The numbers behind the map "Bijstand per gemeente": pure functions, no DOM, no Node. The data
// (CBS regional figures for 2015–2017 and the CBS/PDOK boundaries) are read at build time by
// load.ts and reach the browser as the widget's data JSON; everything here runs in both places.
import type { Topology, GeometryCollection, Polygon, MultiPolygon } from 'topojson-specification';

export const YEARS = [2015, 2016, 2017] as const;
export type Year = (typeof YEARS)[number];
export const AGE_GROUPS = ['alle', 'tot-aow', 'aow'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** "van 15 jaar en ouder": what "inwoners" means in each age group, as the legend and table say it */
export const AGE_WORDS: Record<AgeGroup, string> = {
  alle: 'van 15 jaar en ouder',
  'tot-aow': 'van 15 jaar tot de AOW-leeftijd',
  aow: 'vanaf de AOW-leeftijd',
};

/** One municipality (or the Netherlands) in one year: inwoners, recipients, per 1 000 — per age group, CBS's values. */
export type FigureTriple = [inwoners: number, ontvangers: number, dichtheid: number | null];
/** [code, naam, alle, tot-aow, aow] */
export type DataRow = [code: string, naam: string, alle: FigureTriple, totAow: FigureTriple, aow: FigureTriple];

export interface Merger {
  /** the municipality that stopped (or changed its code) */
  from: string;
  fromName: string;
  /** the first year it no longer exists */
  year: Year;
  /** the municipality its territory (its centre) lies in that year */
  to: string;
  toName: string;
}

export interface GemeenteData {
  /** per year: Nederland (NL01) first, then the municipalities by code */
  years: Record<string, DataRow[]>;
  topology: Topology<{ g2017: GeometryCollection; eigen2015: GeometryCollection; eigen2016: GeometryCollection }>;
  mergers: Merger[];
}

/** The cities the documents discuss: the dossier (004) and the projects scan of 001, with their chapter. */
export interface MarkedCity {
  code: string;
  /** which document names it, as the table says it */
  why: string;
  href: string;
  /** labelled on the map (the dossier's five); the others get a marker only */
  label: boolean;
}

const DOSSIER = 'dossier';
const ONDER_DRUK = 'Onder druk';
/** Codes as in every year 2015–2017 (none of these cities merged then). Paths without the site's base. */
export const MARKED_CITIES: readonly MarkedCity[] = [
  { code: 'GM0363', why: `${DOSSIER} en ${ONDER_DRUK}`, href: '/hoofdstukken/zachte-hand/amsterdam/', label: true },
  { code: 'GM0599', why: DOSSIER, href: '/hoofdstukken/zachte-hand/rotterdam/', label: true },
  { code: 'GM0344', why: DOSSIER, href: '/hoofdstukken/zachte-hand/utrecht/', label: true },
  { code: 'GM0855', why: `${DOSSIER} en ${ONDER_DRUK}`, href: '/hoofdstukken/zachte-hand/tilburg-en-leeuwarden/', label: true },
  { code: 'GM0080', why: `${DOSSIER} en ${ONDER_DRUK}`, href: '/hoofdstukken/zachte-hand/tilburg-en-leeuwarden/', label: true },
  { code: 'GM0268', why: ONDER_DRUK, href: '/hoofdstukken/onder-druk/projecten/', label: false },
  { code: 'GM0794', why: ONDER_DRUK, href: '/hoofdstukken/onder-druk/projecten/', label: false },
  { code: 'GM0361', why: ONDER_DRUK, href: '/hoofdstukken/onder-druk/projecten/', label: false },
  { code: 'GM0505', why: ONDER_DRUK, href: '/hoofdstukken/onder-druk/projecten/', label: false },
];

/** Colour classes per age group: the same bounds in every year, so the years compare. */
export const CLASS_BOUNDS: Record<AgeGroup, readonly number[]> = {
  alle: [15, 20, 25, 35],
  'tot-aow': [15, 20, 30, 40],
  aow: [3, 5, 8, 12],
};

/** The class of a value: 0 … bounds.length; -1 for no value. */
export function classOf(value: number | null, bounds: readonly number[]): number {
  if (value === null) return -1;
  let k = 0;
  while (k < bounds.length && value >= bounds[k]!) k++;
  return k;
}

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
export const formatNumber = (n: number) => nl.format(n);
export const formatDensity = (n: number | null) => (n === null ? 'geen cijfer' : nl.format(n));

/** The legend's words for each class: "minder dan 15", "15 tot 20", …, "35 of meer". */
export function classLabels(bounds: readonly number[]): string[] {
  return [
    `minder dan ${nl.format(bounds[0]!)}`,
    ...bounds.slice(1).map((b, i) => `${nl.format(bounds[i]!)} tot ${nl.format(b)}`),
    `${nl.format(bounds.at(-1)!)} of meer`,
  ];
}

const AGE_INDEX: Record<AgeGroup, 2 | 3 | 4> = { alle: 2, 'tot-aow': 3, aow: 4 };

export interface Place {
  code: string;
  naam: string;
  inwoners: number;
  ontvangers: number;
  dichtheid: number | null;
}

export function place(row: DataRow, age: AgeGroup): Place {
  const [inwoners, ontvangers, dichtheid] = row[AGE_INDEX[age]];
  return { code: row[0], naam: row[1], inwoners, ontvangers, dichtheid };
}

/** Dutch alphabetical order, with one collator for every sort (localeCompare makes one per call). */
export const byName = new Intl.Collator('nl').compare;

interface YearIndex {
  places: readonly Place[];
  byCode: ReadonlyMap<string, Place>;
  national: Place | undefined;
}
// Every state reads the same few year × age tables: build each once per data object.
const indexes = new WeakMap<GemeenteData, Map<string, YearIndex>>();

function yearIndex(data: GemeenteData, year: Year, age: AgeGroup): YearIndex {
  let perData = indexes.get(data);
  if (!perData) indexes.set(data, (perData = new Map()));
  const key = `${year}-${age}`;
  let found = perData.get(key);
  if (!found) {
    const rows = data.years[String(year)] ?? [];
    const places = rows.filter((r) => r[0] !== 'NL01').map((r) => place(r, age));
    const nlRow = rows.find((r) => r[0] === 'NL01');
    found = { places, byCode: new Map(places.map((p) => [p.code, p])), national: nlRow ? place(nlRow, age) : undefined };
    perData.set(key, found);
  }
  return found;
}

/** The municipalities of a year (without the Netherlands) in one age group. Shared: do not change it. */
export function placesOf(data: GemeenteData, year: Year, age: AgeGroup): readonly Place[] {
  return yearIndex(data, year, age).places;
}

/** One municipality in a year, or undefined when it did not exist then. */
export function placeIn(data: GemeenteData, code: string, year: Year, age: AgeGroup): Place | undefined {
  return code === 'NL01' ? yearIndex(data, year, age).national : yearIndex(data, year, age).byCode.get(code);
}

export function nationalOf(data: GemeenteData, year: Year, age: AgeGroup): Place | undefined {
  return yearIndex(data, year, age).national;
}

/**
 * Municipalities of about the same size: the `n` nearest in number of inhabitants of the age
 * group, half above and half below where there are enough (the largest and smallest have
 * neighbours on one side only).
 */
export function similarSized(places: readonly Place[], code: string, n = 4): Place[] {
  const sorted = [...places].sort((a, b) => a.inwoners - b.inwoners || (a.code < b.code ? -1 : 1));
  const i = sorted.findIndex((p) => p.code === code);
  if (i < 0) return [];
  let lo = i - 1;
  let hi = i + 1;
  const out: Place[] = [];
  while (out.length < n && (lo >= 0 || hi < sorted.length)) {
    const below = lo >= 0 ? sorted[i]!.inwoners - sorted[lo]!.inwoners : Infinity;
    const above = hi < sorted.length ? sorted[hi]!.inwoners - sorted[i]!.inwoners : Infinity;
    if (below <= above) out.push(sorted[lo--]!);
    else out.push(sorted[hi++]!);
  }
  return out.sort((a, b) => a.inwoners - b.inwoners);
}

/**
 * Where a municipality of another year is in `year`: itself when it exists, else the municipality
 * it merged into (following several mergers), else undefined (it did not exist yet).
 */
export function successorIn(data: GemeenteData, code: string, year: Year): string | undefined {
  const exists = (c: string, y: Year) => placeIn(data, c, y, 'alle') !== undefined;
  if (exists(code, year)) return code;
  let current = code;
  for (const m of [...data.mergers].sort((a, b) => a.year - b.year)) {
    if (m.from === current && m.year <= year) current = m.to;
  }
  return current !== code && exists(current, year) ? current : undefined;
}

/** The municipalities that merged into `code` by `year` (they existed in an earlier year). */
export function predecessorsOf(data: GemeenteData, code: string): Merger[] {
  return data.mergers.filter((m) => m.to === code);
}

/** Every code and name that occurs in any year, for the search box (newest name first). */
export function allMunicipalities(data: GemeenteData): { code: string; naam: string; years: Year[] }[] {
  const byCode = new Map<string, { code: string; naam: string; years: Year[] }>();
  for (const y of [...YEARS].reverse()) {
    for (const r of data.years[String(y)] ?? []) {
      if (r[0] === 'NL01') continue;
      const found = byCode.get(r[0]) ?? { code: r[0], naam: r[1], years: [] };
      found.years.unshift(y);
      byCode.set(r[0], found);
    }
  }
  return [...byCode.values()].sort((a, b) => byName(a.naam, b.naam));
}

type Geom = (Polygon | MultiPolygon) & { id?: string | number };

/**
 * The boundaries of one year: its own where the municipality changed or is gone by 2017, else the
 * 2017 boundary (see content/data/grenzen/gemeentegrenzen-2015-2017.yaml).
 */
const geometryCache = new WeakMap<GemeenteData, Map<Year, Geom[]>>();
export function yearGeometries(data: GemeenteData, year: Year): Geom[] {
  let perData = geometryCache.get(data);
  if (!perData) geometryCache.set(data, (perData = new Map()));
  const cached = perData.get(year);
  if (cached) return cached;
  const found = ownYearGeometries(data, year);
  perData.set(year, found);
  return found;
}

function ownYearGeometries(data: GemeenteData, year: Year): Geom[] {
  const codes = new Set((data.years[String(year)] ?? []).map((r) => r[0]));
  const own = year === 2017 ? [] : (data.topology.objects[`eigen${year}` as 'eigen2015'].geometries as Geom[]);
  const ownCodes = new Set(own.map((g) => String(g.id)));
  const base = (data.topology.objects.g2017.geometries as Geom[]).filter((g) => codes.has(String(g.id)) && !ownCodes.has(String(g.id)));
  return [...own.filter((g) => codes.has(String(g.id))), ...base];
}

/** Is the point inside the ring (even–odd rule)? Planar: the topology is projected. */
export function inRing(x: number, y: number, ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** Is the point inside the (multi)polygon, holes excluded? */
export function inPolygons(x: number, y: number, polygons: readonly (readonly (readonly (readonly number[])[])[])[]): boolean {
  return polygons.some((rings) => rings.reduce((inside, ring) => (inRing(x, y, ring) ? !inside : inside), false));
}
