// The data of the map "Bijstand per gemeente": the transcribed CBS files against their schema and,
// where ../shared/data is present, a sample of values against the raw CBS export; the boundaries
// against the municipalities of each year; the mergers derived from the boundaries; and the pure
// helpers the map is drawn with, each checked against a computation of its own.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { readDataset, datasetDefinitionSchema } from '../../src/lib/datasets.ts';
import { statisticsProvenanceSchema } from '../../src/lib/provenance.ts';
import { projectPath } from '../../src/lib/project-root.ts';
import { loadGemeenteData, BOUNDARIES_FILE } from '../../src/lib/bijstand-gemeenten/load.ts';
import { gemeenteModel, gemeenteSpec } from '../../src/widgets/bijstand-per-gemeente/spec.ts';
import { classOf, inRing, similarSized, successorIn, YEARS, yearGeometries, type Place } from '../../src/lib/bijstand-gemeenten/model.ts';
import { compactPath } from '../../src/lib/bijstand-gemeenten/svg-path.ts';

const RAW = projectPath('..', 'shared', 'data', 'cbs');
const haveRaw = existsSync(join(RAW, 'bijstand_regio_2017.csv'));
const data = loadGemeenteData();
const AGE = { alle: '20150', tot_aow: '90100', aow: '90200' } as const;

describe.each(YEARS)('cbs-bijstand-gemeenten-%i', (year) => {
  const dataset = readDataset(`cbs-bijstand-gemeenten-${year}`);
  it('has a valid definition and provenance (CBS, CC BY 4.0), and names the reference moment', () => {
    expect(datasetDefinitionSchema.safeParse(parse(readFileSync(projectPath('content', 'data', `cbs-bijstand-gemeenten-${year}.yaml`), 'utf8'))).success).toBe(true);
    expect(dataset.definition.source.publisher).toBe('CBS');
    expect(dataset.definition.source.licence).toBe('CC BY 4.0');
    expect(dataset.definition.period).toMatch(new RegExp(`eind december ${year}`));
  });
  it('has the Netherlands and every municipality of the year once, with its name', () => {
    const codes = dataset.rows.map((r) => r.code as string);
    expect(codes).toContain('NL01');
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c.startsWith('GM')).length).toBe({ 2015: 393, 2016: 390, 2017: 388 }[year]);
  });
  it('all ages = below AOW age + AOW age and over, for inhabitants and recipients (how the age codes were read)', () => {
    // CBS rounds each count on its own (to tens, the largest coarser), so the parts may differ from
    // the whole by a few rounding steps; a mix-up of the age codes would be off by thousands
    const within = (whole: number, a: number, b: number) => Math.abs(whole - a - b) <= Math.max(20, whole * 0.0002);
    for (const r of dataset.rows) {
      const n = (k: string) => r[k] as number;
      expect(within(n('inwoners_alle'), n('inwoners_tot_aow'), n('inwoners_aow')), `${r.code} inwoners`).toBe(true);
      expect(within(n('ontvangers_alle'), n('ontvangers_tot_aow'), n('ontvangers_aow')), `${r.code} ontvangers`).toBe(true);
    }
  });
  it.skipIf(!haveRaw)('a sample of values is exactly what the raw CBS file says (../shared/data/cbs)', () => {
    const raw = csvParse(readFileSync(join(RAW, `bijstand_regio_${year}.csv`), 'utf8'));
    const rows = dataset.rows.filter((_r, i) => i % 37 === 0 || i === dataset.rows.length - 1);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      for (const [age, code] of Object.entries(AGE)) {
        const source = raw.find((x) => x.Regiokenmerken!.trim() === r.code && x.Leeftijd!.trim() === code)!;
        const num = (s: string) => (s.trim() === '.' ? null : Number(s));
        expect([r[`inwoners_${age}`], r[`ontvangers_${age}`], r[`dichtheid_${age}`]], `${r.code} ${age}`).toEqual([num(source.Inwoners_1!), num(source.Bijstandsontvangers_2!), num(source.Bijstandsdichtheid_3!)]);
      }
    }
  });
  it.skipIf(!haveRaw)('the reference moment holds: the national count below AOW age is CBS’s end-of-year count (recent-figures.md 1a)', () => {
    const nl = dataset.rows.find((r) => r.code === 'NL01')!;
    const endOfYear = { 2015: 449, 2016: 465, 2017: 457 }[year];
    expect(Math.round((nl.ontvangers_tot_aow as number) / 1000)).toBe(endOfYear);
  });
  it('every municipality has a boundary in the map of its year, and no boundary lacks figures', () => {
    const codes = new Set(dataset.rows.map((r) => r.code as string).filter((c) => c !== 'NL01'));
    const drawn = yearGeometries(data, year).map((g) => String(g.id));
    expect(new Set(drawn)).toEqual(codes);
    expect(drawn.length).toBe(codes.size);
  });
});

describe('the boundaries', () => {
  const file = projectPath(...BOUNDARIES_FILE);
  it('are a small TopoJSON with CBS/PDOK provenance', () => {
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).type).toBe('Topology');
    expect(gzipSync(text).length).toBeLessThan(20_000);
    const meta = parse(readFileSync(file.replace(/\.topojson$/, '.yaml'), 'utf8'));
    expect(statisticsProvenanceSchema.safeParse(meta.source).success).toBe(true);
    expect(meta.source.publisher).toMatch(/CBS/);
  });
});

describe('municipalities that merged, derived from the boundaries', () => {
  const pairs = data.mergers.map((m) => `${m.year}: ${m.fromName} → ${m.toName}`).sort();
  it('are the mergers and renamings of 1 January 2016 and 2017', () => {
    expect(pairs).toEqual(
      [
        '2016: Bussum → Gooise Meren',
        '2016: De Friese Meren → De Fryske Marren',
        '2016: Groesbeek → Berg en Dal',
        '2016: Muiden → Gooise Meren',
        '2016: Naarden → Gooise Meren',
        '2016: Zeevang → Edam-Volendam',
        '2017: Schijndel → Meierijstad',
        '2017: Sint-Oedenrode → Meierijstad',
        '2017: Veghel → Meierijstad',
      ].sort(),
    );
  });
  it('a link to a municipality of another year finds what it became, or nothing before it existed', () => {
    expect(successorIn(data, 'GM0381', 2017)).toBe('GM1942'); // Bussum → Gooise Meren
    expect(successorIn(data, 'GM0381', 2015)).toBe('GM0381');
    expect(successorIn(data, 'GM1948', 2016)).toBeUndefined(); // Meierijstad did not exist yet
    expect(successorIn(data, 'GM0844', 2017)).toBe('GM1948');
  });
});

describe('a renamed municipality keeps its history, a merged one does not', () => {
  const history = (code: string) => gemeenteModel({ ...gemeenteSpec.state.defaults, gemeente: [code] }, data).compareRows.find((r) => r.why === 'jouw keuze')!.history;
  it('Berg en Dal (Groesbeek until 2016) shows Groesbeek’s 2015 figure', () => {
    // content/data/cbs-bijstand-gemeenten-2015.csv: GM0241 Groesbeek 28,0; 2016 and 2017: GM1945 Berg en Dal 30,5 and 30,0
    expect(history('GM1945')).toEqual([28, 30.5, 30]);
  });
  it('Gooise Meren (Bussum, Muiden and Naarden until 2016) did not exist in 2015', () => {
    expect(history('GM1942')[0]).toBeUndefined();
  });
});

describe('the pure helpers', () => {
  it('classOf: lower bound included, upper excluded, no value is -1', () => {
    const bounds = [15, 20, 25, 35];
    expect([14.5, 15, 19.5, 20, 34.5, 35, 90].map((v) => classOf(v, bounds))).toEqual([0, 1, 1, 2, 3, 4, 4]);
    expect(classOf(null, bounds)).toBe(-1);
  });
  it('similarSized: the nearest in inhabitants, from both sides, in order of size', () => {
    const p = (code: string, inwoners: number): Place => ({ code, naam: code, inwoners, ontvangers: 0, dichtheid: 1 });
    const places = [p('a', 100), p('b', 190), p('c', 200), p('d', 205), p('e', 260), p('f', 1000)];
    expect(similarSized(places, 'c', 3).map((x) => x.code)).toEqual(['b', 'd', 'e']);
    expect(similarSized(places, 'f', 2).map((x) => x.code)).toEqual(['d', 'e']);
    expect(similarSized(places, 'zz')).toEqual([]);
  });
  it('inRing: inside a square, outside it, and inside a hole counts as outside (even–odd)', () => {
    const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(inRing(5, 5, square)).toBe(true);
    expect(inRing(15, 5, square)).toBe(false);
  });
  it('compactPath: relative whole steps, repeated points dropped, collapsed rings left out', () => {
    const ring = [[0, 0], [10, 0], [10.2, 0.1], [10, 10], [0, 0]];
    expect(compactPath([ring], 1)).toBe('M0 0l10 0 0 10-10-10z');
    expect(compactPath([[[1, 1], [1.2, 1.1], [1, 1]]], 1)).toBe('');
    expect(compactPath([[[0, 0], [20, 0]]], 0.5, 1, false)).toBe('M0 0l10 0');
  });
});
