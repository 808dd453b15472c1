import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sortChapters, chapterHref } from '../../src/lib/chapters.ts';
import { figureHref, whereItStands } from '../../src/lib/figure-view.ts';
import { figureSchema } from '../../src/lib/figures.ts';
import { nextId } from '../../src/lib/ids.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';

describe('chapters', () => {
  it('sorts by order, then by title the Dutch way', () => {
    const mk = (id: string, order: number, title: string) => ({ id, data: { order, title, kind: 'document' as const } });
    const sorted = sortChapters([mk('c', 2, 'Zeta'), mk('a', 1, 'Beta'), mk('b', 2, 'Alfa')]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
  it('links nested chapter ids to nested URLs', () => {
    expect(chapterHref('werk-aan-de-winkel/hoofdstuk-8')).toBe('/hoofdstukken/werk-aan-de-winkel/hoofdstuk-8/');
  });
});

describe('figure provenance links', () => {
  const figure = figureSchema.parse({
    id: 'x-1',
    value: 5,
    unit: 'procent',
    measures: 'aandeel dat een baan vond',
    period: '2018',
    place: 'Nederland',
    source: { type: 'document', document: 'een-betere-bijstand', section: 'Harde arbeidsmarkt', lines: [36, 36], snippet: 'vond 5 procent een baan', citedSource: null },
  });
  it('points a document figure to its entry on the document’s figures page', () => {
    expect(figureHref(figure)).toBe('/cijfers/een-betere-bijstand/#x-1');
  });
  it('names the document and section', () => {
    expect(whereItStands(figure, () => ({ title: 'Een betere bijstand', shortTitle: 'EBB' }))).toBe('Een betere bijstand, onderdeel ‘Harde arbeidsmarkt’');
  });
});

describe('nextId', () => {
  it('gives each repeated prefix a new, unique id on a page, counted per page', () => {
    const prefix = `test-${Math.random()}`;
    expect([nextId(prefix, '/a/'), nextId(prefix, '/a/'), nextId(prefix, '/a/')]).toEqual([prefix, `${prefix}-2`, `${prefix}-3`]);
    // another page starts again: its ids do not depend on the pages rendered before it
    expect([nextId(prefix, '/b/'), nextId(prefix, '/b/')]).toEqual([prefix, `${prefix}-2`]);
  });
});

describe('readYamlLists', () => {
  it('reads every YAML list in a folder and rejects an id used twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-lists-'));
    writeFileSync(join(dir, 'a.yaml'), '- id: een\n  x: 1\n');
    writeFileSync(join(dir, 'b.yaml'), '- id: twee\n');
    expect(readYamlLists(dir).map((e) => [e.id, e.file])).toEqual([
      ['een', 'a.yaml'],
      ['twee', 'b.yaml'],
    ]);
    writeFileSync(join(dir, 'c.yaml'), '- id: een\n');
    expect(() => readYamlLists(dir)).toThrow(/"een" staat ook in a.yaml/);
  });
  it('rejects a file that is not a list, or an entry without id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-lists-'));
    writeFileSync(join(dir, 'a.yaml'), 'id: een\n');
    expect(() => readYamlLists(dir)).toThrow(/verwacht een lijst/);
    writeFileSync(join(dir, 'a.yaml'), '- naam: een\n');
    expect(() => readYamlLists(dir)).toThrow(/id nodig/);
  });
});
