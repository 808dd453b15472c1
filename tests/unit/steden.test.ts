// The comparison of cities (widget `steden`, content/steden): every city × aspect is either
// sourced or explicitly "niet vermeld", every number is a figure record, the snippets stand at
// their lines (a wrong line or snippet fails), the sort orders worked out by hand, and the table
// leaves out the aspects the reader did not choose.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectPath } from '../../src/lib/project-root.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { figureSchema, type Figure } from '../../src/lib/figures.ts';
import { ASPECTEN, cellText, sortCities, sortValue, stedenModel, type StedenState } from '../../src/lib/steden/model.ts';
import { checkStedenSnippets, crossCheckSteden, stedenFileSchema, type StedenCity } from '../../src/lib/steden/schema.ts';
import { loadSteden, readStedenCities } from '../../src/lib/steden/resolve.ts';
import { tableCells } from '../../src/lib/widget-kit/table.ts';
import { CITY_IDS, stedenSpec } from '../../src/widgets/steden/spec.ts';

const cities = readStedenCities();
const data = loadSteden();
const figures = new Map(
  readYamlLists(projectPath('content', 'figures')).map(({ file: _f, ...raw }) => {
    const f = figureSchema.parse(raw) as Figure;
    return [f.id, f];
  }),
);
const documentIds = new Set((parse(readFileSync(projectPath('content', 'sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id));
const chapterIds = new Set(
  readdirSync(projectPath('content', 'chapters'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, '')),
);
const byId = (id: string) => data.cities.find((c) => c.id === id)!;

describe('steden: the cells', () => {
  it('validate, and agree with the figures, the documents and the chapters', () => {
    expect(crossCheckSteden({ cities, figureIds: new Set(figures.keys()), documentIds, chapterIds })).toEqual([]);
  });

  it('the widget knows exactly the cities of content/steden, in their order', () => {
    expect([...CITY_IDS]).toEqual(cities.map((c) => c.id));
  });

  it('has the seven cities of the dossier and the anonymised cities of ‘Onder druk’', () => {
    const names = (doc: string) => cities.filter((c) => c.document === doc).map((c) => c.name);
    expect(names('zachte-hand')).toEqual(['Rotterdam', 'Amsterdam', 'Utrecht', 'Tilburg', 'Leeuwarden', 'Stockholm', 'Bremen']);
    expect(cities.filter((c) => c.group === 'anoniem').map((c) => c.id)).toEqual(['stad-1', 'stad-2', 'stad-3']);
  });

  it('every city × aspect is sourced, contradictory with two sourced statements, or explicitly niet vermeld', () => {
    for (const city of data.cities) {
      for (const a of ASPECTEN) {
        const cell = city.cells[a];
        const where = `${city.id}/${a}`;
        expect(['vermeld', 'niet vermeld', 'tegenstrijdig'], where).toContain(cell.status);
        if (cell.status === 'niet vermeld') {
          expect(cell.statements, where).toEqual([]);
          expect(cellText(cell), where).toMatch(/^niet vermeld/);
          continue;
        }
        expect(cell.statements.length, where).toBeGreaterThanOrEqual(cell.status === 'tegenstrijdig' ? 2 : 1);
        for (const s of cell.statements) {
          expect(s.sources.length, `${where}: ${s.text}`).toBeGreaterThan(0);
          for (const b of s.sources) {
            expect(documentIds.has(b.document), where).toBe(true);
            expect(b.lines[0], where).toBeLessThanOrEqual(b.lines[1]);
            expect(b.snippet.split(/\s+/).length, where).toBeLessThanOrEqual(30);
          }
        }
      }
    }
  });

  it('every number shown is its figure record’s value, with the record’s own lines', () => {
    let numbers = 0;
    for (const city of data.cities)
      for (const a of ASPECTEN)
        for (const s of city.cells[a].statements)
          for (const n of s.numbers) {
            numbers++;
            const f = figures.get(n.figure)!;
            expect(n.value, n.figure).toBe(f.value);
            if (f.source.type === 'document') {
              expect(s.sources.some((b) => b.figure === f.id && b.lines[0] === (f.source as { lines: [number, number] }).lines[0]), n.figure).toBe(true);
            }
          }
    expect(numbers).toBeGreaterThan(30);
  });

  it('shows the contradictions the seeds guide lists, with both statements', () => {
    const amsterdam = byId('amsterdam').cells.caseload;
    expect(amsterdam.status).toBe('tegenstrijdig');
    expect(amsterdam.statements.map((s) => s.numbers[0]!.value)).toEqual([350, 250]);
    expect(cellText(amsterdam)).toMatch(/^Tegenstrijdig: • .*350.* • .*250/);
    expect(byId('leeuwarden').cells.aanpak.status).toBe('tegenstrijdig');
    expect(byId('utrecht').cells.tegenprestatie.status).toBe('tegenstrijdig');
    expect(byId('stockholm').cells.caseload.status).toBe('tegenstrijdig');
  });

  it('rejects a typed number, an unknown figure and a statement without a source', () => {
    const bad: StedenCity[] = structuredClone(cities.slice(0, 1));
    const cell = bad[0]!.cells.aanpak as { status: 'vermeld'; statements: { text: string; source?: unknown }[] };
    cell.statements = [{ text: 'Drang, bij 350 klanten.' }, { text: 'Zie {bestaat-niet}.' }, { text: 'Zomaar iets.' }];
    const problems = crossCheckSteden({ cities: bad, figureIds: new Set(figures.keys()), documentIds });
    expect(problems).toEqual([
      'rotterdam/aanpak #1: een getal in de tekst; zet het in content/figures en schrijf {id}',
      'rotterdam/aanpak #1: geen bron (geen citaat en geen cijfer)',
      'rotterdam/aanpak #2: cijfer "bestaat-niet" staat niet in content/figures',
      'rotterdam/aanpak #3: geen bron (geen citaat en geen cijfer)',
    ]);
  });

  it('the schema wants every aspect and no snippet over thirty words', () => {
    const raw = structuredClone(cities.slice(0, 1)) as unknown as { cells: Record<string, unknown> }[];
    delete raw[0]!.cells.sancties;
    expect(stedenFileSchema.safeParse(raw).success).toBe(false);
    const long = structuredClone(cities.slice(0, 1)) as StedenCity[];
    (long[0]!.cells.aanpak as { statements: { source: { snippet: string } }[] }).statements[0]!.source.snippet = Array(31).fill('woord').join(' ');
    expect(stedenFileSchema.safeParse(long).success).toBe(false);
  });
});

describe('steden: snippets at their lines', () => {
  const text = ['eerste regel', 'Verplicht. Op straffe van een', 'korting op de uitkering.', 'laatste regel'].join('\n');
  const one = (lines: [number, number], snippet: string): StedenCity[] => [
    {
      ...cities[0]!,
      cells: {
        ...cities[0]!.cells,
        aanpak: { status: 'vermeld', statements: [{ text: 'Verplicht.', source: { section: 'proef', lines, snippet } }] },
        tegenprestatie: { status: 'niet vermeld' },
        sancties: { status: 'niet vermeld' },
        programma: { status: 'niet vermeld' },
        resultaten: { status: 'niet vermeld' },
      },
    },
  ];
  const check = (c: StedenCity[]) => checkStedenSnippets(c, (d) => (d === 'zachte-hand' ? text : undefined));

  it('passes a snippet at its lines, wrapped over a line break', () => {
    expect(check(one([2, 3], 'Verplicht. Op straffe van een korting op de uitkering.')).problems).toEqual([]);
  });
  it('fails a wrong line range, and says where the snippet is', () => {
    expect(check(one([3, 4], 'Verplicht. Op straffe van een korting')).problems).toEqual([
      'content/steden rotterdam/aanpak #1: citaat staat niet op regels 3–4 (wel gevonden rond regel 2)',
    ]);
  });
  it('fails a snippet that is not in the text', () => {
    expect(check(one([2, 3], 'Vrijwillig. Zonder korting.')).problems).toEqual([
      'content/steden rotterdam/aanpak #1: citaat staat niet op regels 2–3 (nergens in de tekst gevonden)',
    ]);
  });
  it('fails a document without a source text', () => {
    expect(checkStedenSnippets(one([2, 3], 'Verplicht.'), () => undefined).problems[0]).toMatch(/geen brontekst voor "zachte-hand"/);
  });
});

describe('steden: sorting, worked out by hand', () => {
  const ids = (order: Parameters<typeof sortCities>[1]) => sortCities(data.cities, order).map((c) => c.id);
  // the cities without a number for the aspect, by name: always last
  const noCaseload = ['amsterdam-2006', 'leeuwarden', 'leeuwarden-2004', 'stad-3', 'stad-1', 'tilburg', 'utrecht'];

  it('by clients per klantmanager: the lowest number a cell names (Stockholm’s Jobbtorg 25–30, Amsterdam’s 250 of 350)', () => {
    expect(ids({ column: 'caseload', descending: false })).toEqual(['stockholm', 'stad-2', 'bremen', 'amsterdam', 'rotterdam', ...noCaseload]);
    expect(ids({ column: 'caseload', descending: true })).toEqual(['rotterdam', 'amsterdam', 'bremen', 'stad-2', 'stockholm', ...noCaseload]);
  });
  it('by people with bijstand: ties by name, the project without a number last', () => {
    expect(ids({ column: 'omvang', descending: false })).toEqual([
      'stad-3', // 2783
      'stad-2', // ± 5000
      'leeuwarden', // 6000
      'stad-1', // ruim 6000
      'tilburg', // 7400
      'utrecht', // 13.000
      'bremen', // 21.000
      'stockholm', // 24.000
      'rotterdam', // 40.000
      'amsterdam-2006', // 41.000
      'amsterdam', // 42.000
      'leeuwarden-2004', // niet vermeld
    ]);
  });
  it('by name, both ways', () => {
    const seven = data.cities.filter((c) => c.document === 'zachte-hand');
    expect(sortCities(seven, { column: 'naam', descending: false }).map((c) => c.name)).toEqual(['Amsterdam', 'Bremen', 'Leeuwarden', 'Rotterdam', 'Stockholm', 'Tilburg', 'Utrecht']);
    expect(sortCities(seven, { column: 'naam', descending: true }).map((c) => c.name)[0]).toBe('Utrecht');
  });
  it('a cell without a number has no sort value', () => {
    expect(sortValue(byId('tilburg').cells.caseload)).toBeNull();
    expect(sortValue(byId('stockholm').cells.caseload)).toBe(25);
  });
});

describe('steden: the table', () => {
  const state: StedenState = { steden: ['tilburg', 'rotterdam'], aspecten: ['sancties', 'caseload'], sorteer: { column: 'naam', descending: false } };
  const m = stedenModel(state, data);
  it('has the chosen aspects only, in their fixed order, and the cities in the sort order', () => {
    const cells = tableCells(stedenSpec.table, state, m);
    expect(cells.heads).toEqual(['Stad', 'Stuk', 'Klanten per klantmanager', 'Sancties']);
    expect(cells.rows.map((r) => r[0]!.text)).toEqual(['Rotterdam', 'Tilburg']);
    expect(cells.rows[1]![3]!.text).toBe('niet vermeld');
    expect(cells.rows[0]![2]!.text).toBe('350 klanten per klantmanager: activeringscoaches van de Taskforce, met hulp van welzijnsorganisaties. [‘Wijkteams en klantmanagers’]');
  });
  it('a city of an old link that the data no longer has is left out', () => {
    expect(stedenModel({ ...state, steden: ['tilburg', 'verdwenen'] }, data)).toMatchObject({ unknown: ['verdwenen'] });
  });
});

// keep the data file and the figure folder apart: content/data holds only datasets
it('steden: content/steden is its own folder, not a dataset in content/data', () => {
  expect(readdirSync(projectPath('content', 'steden'))).toEqual(['steden.yaml']);
  expect(readdirSync(join(projectPath('content'), 'data')).some((f) => f.startsWith('steden'))).toBe(false);
});
