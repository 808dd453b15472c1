import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { csvParse } from 'd3-dsv';
import { column, formatMonth, formatThousands, low, peak, readDataset, seriesOf, sharedUnit } from '../../src/lib/datasets.ts';
import { STATUSES } from '../../src/lib/provenance.ts';
import { figureSchema } from '../../src/lib/figures.ts';
import { findProjectRoot, projectRoot } from '../../src/lib/project-root.ts';

const ID = 'cbs-37789ksz-ww-bijstand';
const realDir = join(import.meta.dirname, '..', '..', 'content', 'data');

describe('the CBS WW and bijstand series', () => {
  const dataset = readDataset(ID);
  it('has provenance: CBS table, status from the enum, unit and licence', () => {
    const { source } = dataset.definition;
    expect(source.publisher).toBe('CBS');
    expect(source.table).toContain('37789ksz');
    expect(source.licence).toBe('CC BY 4.0');
    expect(STATUSES).toContain(source.status);
    expect(sharedUnit(dataset, ['ww', 'bijstand'])).toContain('1 000');
    expect(dataset.files).toEqual({ definition: `content/data/${ID}.yaml`, data: `content/data/${ID}.csv` });
  });

  it('covers January 1998 to October 2018, month by month without gaps', () => {
    const months = dataset.rows.map((r) => r.periode as string);
    expect(months[0]).toBe('1998-01');
    expect(months.at(-1)).toBe('2018-10');
    expect(months).toHaveLength(250);
    const expected = Array.from({ length: 250 }, (_, i) => `${1998 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(months).toEqual(expected);
  });

  it('reads every cell with its declared type: numbers as numbers, the same as the file says', () => {
    const raw = csvParse(readFileSync(join(realDir, `${ID}.csv`), 'utf8'));
    expect(dataset.rows.map((r) => r.ww)).toEqual(raw.map((r) => Number(r.ww)));
    expect(typeof dataset.rows[0]!.bijstand).toBe('number');
  });

  it('finds peaks and lows within a window: after the 2008 crisis, WW peaks before bijstand does', () => {
    expect(peak(dataset, 'ww', { from: '2008-01', to: '2018-12' })).toEqual({ at: '2016-03', value: 470.2 });
    expect(peak(dataset, 'bijstand', { from: '2008-01', to: '2018-12' })).toEqual({ at: '2017-03', value: 447.5 });
    // over the whole series the bijstand maximum is the first month: the 1990s level was higher
    expect(peak(dataset, 'bijstand').at).toBe('1998-01');
    expect(low(dataset, 'ww', { from: '2007-01', to: '2009-12' })).toEqual({ at: '2008-10', value: 160.8 });
  });

  it('gives chart points with months as dates, and refuses unknown or non-number columns', () => {
    const points = seriesOf(dataset, 'ww');
    expect(points[0]).toEqual({ x: new Date('1998-01-01T00:00:00Z'), y: 350.8 });
    expect(() => seriesOf(dataset, 'wia')).toThrow(/onbekende kolom "wia"/);
    expect(() => column(dataset, 'periode', 'number')).toThrow(/is month, verwacht number/);
  });

  it('formats months and thousands in Dutch', () => {
    expect(formatMonth('2014-03')).toBe('maart 2014');
    expect(formatThousands(437.9)).toBe('437,9 duizend');
  });
});

describe('readDataset checks the files against the definition', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'datasets-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const definition = parse(readFileSync(join(realDir, `${ID}.yaml`), 'utf8')) as Record<string, any>;
  const csv = readFileSync(join(realDir, `${ID}.csv`), 'utf8');
  let n = 0;
  /** writes a variant of the real dataset to a folder of its own and reads it */
  const variant = (change: { definition?: (d: Record<string, any>) => void; csv?: (text: string) => string }) => {
    const dir = join(tmp, String(n++));
    mkdirSync(dir);
    const d = structuredClone(definition);
    change.definition?.(d);
    writeFileSync(join(dir, `${ID}.yaml`), stringify(d));
    writeFileSync(join(dir, `${ID}.csv`), change.csv ? change.csv(csv) : csv);
    return () => readDataset(ID, { dir });
  };

  it('reads the unchanged copy', () => {
    expect(variant({})().rows).toHaveLength(250);
  });

  it('fails on a cell of the wrong type, naming the file, the row and the column', () => {
    const read = variant({ csv: (t) => t.replace('1998-03,342.8,439.9', '1998-03,342.8,veel') });
    expect(read).toThrow(`${ID}.csv, rij 3 (regel 4), kolom "bijstand": verwacht een getal met een punt als decimaalteken (gevonden: "veel")`);
    // a Dutch decimal comma in the CSV is a wrong type too (it would split the row in d3-dsv's eyes,
    // so quote it as a spreadsheet would)
    expect(variant({ csv: (t) => t.replace('1998-02,355.0,446.1', '1998-02,"355,0",446.1') })).toThrow(/rij 2 \(regel 3\), kolom "ww"/);
    expect(variant({ csv: (t) => t.replace('1998-04,', '1998-13,') })).toThrow(/rij 4 \(regel 5\), kolom "periode": verwacht een maand/);
    expect(variant({ csv: (t) => t.replace('1998-01,350.8', '1998-01,-1') })).toThrow(/rij 1 \(regel 2\), kolom "ww": verwacht minstens 0/);
  });

  it('fails on an empty cell unless the column is nullable, and then reads it as no value', () => {
    const gap = (t: string) => t.replace('1998-02,355.0,446.1', '1998-02,,446.1');
    expect(variant({ csv: gap })).toThrow(/rij 2 \(regel 3\), kolom "ww": lege cel/);
    const read = variant({ csv: gap, definition: (d) => (d.columns.ww.nullable = true) });
    expect(read().rows[1]!.ww).toBeNull();
    expect(seriesOf(read(), 'ww')[1]!.y).toBeNull();
  });

  it('fails when a declared column is missing from the CSV', () => {
    const read = variant({ csv: (t) => t.split('\n').map((line) => line.split(',').slice(0, 2).join(',')).join('\n') });
    expect(read).toThrow(/kolom "bijstand" staat in .*\.yaml maar niet in het CSV-bestand/);
  });

  it('fails when the CSV has a column that is not declared', () => {
    const read = variant({ csv: (t) => t.split('\n').map((line, i) => (line && `${line},${i === 0 ? 'wia' : '1'}`)).join('\n') });
    expect(read).toThrow(/kolom "wia" staat niet beschreven/);
  });

  it('takes the first row when a peak or a low is reached twice', () => {
    const read = variant({ csv: (t) => t.replace('1998-02,355.0,446.1', '1998-02,0,449.0').replace('1998-05,303.9,', '1998-05,0,') });
    const d = read();
    expect(d.rows[4]!.ww).toBe(0);
    expect(low(d, 'ww')).toEqual({ at: '1998-02', value: 0 });
    expect(peak(d, 'bijstand')).toEqual({ at: '1998-01', value: 449 });
  });

  it('fails on a status outside the enum, and so does a figure with that status', () => {
    expect(variant({ definition: (d) => (d.source.status = 'voorlopig cijfer') })).toThrow(/status/);
    const figure = {
      id: 'x',
      value: 1,
      unit: 'personen',
      measures: 'iets wat het meet',
      period: '2019',
      place: 'Nederland',
      source: { type: 'statistics', publisher: 'CBS', table: 'T', status: 'voorlopig cijfer', licence: 'CC BY 4.0', retrieved: '2026-11' },
    };
    expect(figureSchema.safeParse(figure).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, source: { ...figure.source, status: 'voorlopig' } }).success).toBe(true);
  });

  it('fails on an unknown column type, a missing unit, a key that is not a column, and unsorted keys', () => {
    expect(variant({ definition: (d) => (d.columns.ww.type = 'getal') })).toThrow(/columns\.ww/);
    expect(variant({ definition: (d) => delete d.columns.ww.unit })).toThrow(/unit/);
    expect(variant({ definition: (d) => (d.key = 'maand') })).toThrow(/sleutelkolom/);
    expect(variant({ csv: (t) => t.replace('1998-02,', '1998-01,') })).toThrow(/rij 2 \(regel 3\), kolom "periode": "1998-01" staat er twee keer in/);
  });
});

describe('project root', () => {
  it('is found from the module’s location, whatever the working directory', () => {
    const cwd = process.cwd();
    try {
      process.chdir(tmpdir());
      expect(projectRoot()).toBe(join(import.meta.dirname, '..', '..'));
      expect(readDataset(ID).rows).toHaveLength(250);
    } finally {
      process.chdir(cwd);
    }
    // from a bundled chunk deep inside the build output, too
    expect(findProjectRoot(join(import.meta.dirname, '..', '..', 'dist', '.prerender', 'chunks'))).toBe(join(import.meta.dirname, '..', '..'));
    expect(() => findProjectRoot(tmpdir())).toThrow(/projectmap niet gevonden/);
  });
});
