// "De bijstand door de jaren heen": its data files against their schemas and, where the raw
// copies are present (../shared/data), a sample of transcribed values against them; the model
// against a computation of our own from the CSV files (never the widget's own functions); and
// the rules of the series: never joined, a gap where a year is missing, the revised 2022 value.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/datasets.ts';
import { projectPath } from '../../src/lib/project-root.ts';
import { renderState } from '../../src/lib/widget-kit/render.ts';
import type { WidgetDefinition } from '../../src/lib/widget-kit/spec.ts';
import { gappedPath } from '../../src/widgets/bijstand-in-de-tijd/view.ts';
import { loadTijdData } from '../../src/widgets/bijstand-in-de-tijd/data.ts';
import { tijdSpec } from '../../src/widgets/bijstand-in-de-tijd/spec.ts';
import { tijdWords } from '../../src/widgets/bijstand-in-de-tijd/words.ts';
import { tijdModel, yearReadout, type TijdData, type TijdModel, type TijdState } from '../../src/lib/bijstand-tijd/model.ts';

const def = { spec: tijdSpec, words: tijdWords } as unknown as WidgetDefinition<TijdState, TijdModel>;
const RAW = projectPath('..', 'shared', 'data');
const DATASETS = ['cbs-37789ksz-jaarcijfers', 'cbs-bijstand-personen-eind-december', 'cbs-werkloosheid-jaargemiddelde'];

/** The project's CSV as plain text rows, read without the project's reader. */
function csvRows(id: string): Record<string, string>[] {
  return csvParse(readFileSync(projectPath('content', 'data', `${id}.csv`), 'utf8'));
}

describe('bijstand-in-de-tijd: data files', () => {
  it.each(DATASETS)('%s matches its declaration (types, key, status per value)', (id) => {
    const ds = readDataset(id);
    expect(ds.rows.length).toBeGreaterThan(5);
    expect(ds.definition.source.publisher).toBe('CBS');
    for (const row of ds.rows) expect(['definitief', 'voorlopig', 'nader voorlopig', 'niet vermeld']).toContain(row.status);
  });

  it('every value of the persons and unemployment series names the page it is on', () => {
    for (const id of DATASETS.slice(1)) for (const row of csvRows(id)) expect(row.bron).toMatch(/^https:\/\/[a-z0-9.-]+\.(nl|nu)\//);
  });

  const rawFile = join(RAW, 'cbs', '37789ksz_uitkeringen_1998-2018.csv');
  it.runIf(existsSync(rawFile))('the yearly 37789ksz values are the CBS export’s yearly rows, unchanged', () => {
    const raw = csvParse(readFileSync(rawFile, 'utf8'));
    const yearly = raw.filter((r) => r.Perioden!.endsWith('JJ00'));
    const ours = csvRows('cbs-37789ksz-jaarcijfers');
    expect(ours.map((r) => r.jaar)).toEqual(yearly.map((r) => r.Perioden!.slice(0, 4)));
    for (const r of yearly) {
      const mine = ours.find((o) => o.jaar === r.Perioden!.slice(0, 4))!;
      expect(mine.bijstand_tot_aow).toBe(r.BijstandsuitkeringenTotDeAOWLeeftijd_12!.trim());
      expect(mine.ww).toBe(r.NietSeizoengecorrigeerd_8!.trim());
    }
  });

  const recent = join(RAW, 'recent-figures.md');
  it.runIf(existsSync(recent))('a sample of the persons and unemployment values is in recent-figures.md, quoted as transcribed', () => {
    const text = readFileSync(recent, 'utf8');
    // quoted fragments of the CBS tables ("2016 4e kwartaal 465"), one per year we show
    for (const row of csvRows('cbs-bijstand-personen-eind-december').filter((r) => Number(r.jaar) <= 2022)) {
      expect(text).toContain(`${row.jaar} 4e kwartaal ${row.personen}`);
    }
    expect(text).toContain('Eind december 2025 ontvingen 410 duizend mensen tot de AOW-leeftijd');
    expect(text).toContain('Eind december 2022 kregen 394 duizend mensen tot de AOW-leeftijd');
    expect(text).toContain('Eind 2024 ontvingen in totaal 406.000 mensen tot de AOW-leeftijd');
    for (const row of csvRows('cbs-werkloosheid-jaargemiddelde').filter((r) => Number(r.jaar) <= 2021)) expect(text).toContain(`${row.jaar} ${row.werklozen}`);
  });

  it('2022 is the revised 397, and the earlier 394 (voorlopig) is said beside it', () => {
    const row = csvRows('cbs-bijstand-personen-eind-december').find((r) => r.jaar === '2022')!;
    expect(row.personen).toBe('397');
    expect(row.opmerking).toMatch(/394 duizend, voorlopig; de grafiek toont 397/);
  });
});

describe('bijstand-in-de-tijd: the model against our own reading of the files', () => {
  const data = loadTijdData('2026-11');

  it('shows exactly the chosen series, each from its own file, within the chosen years', () => {
    const m = tijdModel({ reeks: ['ww', 'personen'], jaren: [2014, 2018] }, data);
    expect(m.series.map((s) => s.meta.id)).toEqual(['personen', 'ww']);
    const ww = csvRows('cbs-37789ksz-jaarcijfers').filter((r) => Number(r.jaar) >= 2014 && Number(r.jaar) <= 2018);
    expect(m.series[1]!.points.map((p) => [p.year, p.value])).toEqual(ww.map((r) => [Number(r.jaar), Number(r.ww)]));
    const persons = csvRows('cbs-bijstand-personen-eind-december').filter((r) => Number(r.jaar) <= 2018);
    expect(m.series[0]!.points.map((p) => [p.year, p.value])).toEqual(persons.map((r) => [Number(r.jaar), Number(r.personen)]));
  });

  it('never joins benefits and persons: two lines, the benefits ending in 2017 and the persons starting in 2015', () => {
    const r = renderState(def, { reeks: ['uitkeringen', 'personen'], jaren: [1998, 2025] } as TijdState);
    const [benefits, persons] = r.model.series;
    expect(benefits!.points.at(-1)!.year).toBe(2017);
    expect(persons!.points[0]!.year).toBe(2015);
    // the table keeps them apart too: 2016 has one row per measure, each with its own reference moment
    const y2016 = r.table.rows.filter((row) => row[0]!.text === '2016').map((row) => [row[2]!.text, row[3]!.text]);
    expect(y2016).toEqual([
      ['395,0', 'jaargemiddelde'],
      ['465', 'eind december'],
    ]);
  });

  it('a year without a figure is a gap in the line, not a straight line across it', () => {
    const withGap: TijdData = { ...data, series: { ...data.series, personen: data.series.personen.map((p) => (p.year === 2020 ? { ...p, value: null } : p)) } };
    const m = tijdModel({ reeks: ['personen'], jaren: [2018, 2022] }, withGap);
    const g = { x: (t: number) => t, y: (v: number) => v };
    // two pieces: 2018–2019, then 2021–2022 (each starts with a move, M)
    expect(gappedPath(m.series[0]!.points, g)).toBe('M2019 432L2020 415M2022 408L2023 397');
    const r = renderState({ ...def, words: { ...def.words, loadData: () => withGap } } as WidgetDefinition<TijdState, TijdModel>, { reeks: ['personen'], jaren: [2018, 2022] } as TijdState);
    expect(r.table.rows.find((row) => row[0]!.text === '2020')![2]!.text).toBe('geen cijfer');
  });

  it('the headline figure is the newest persons value with its status', () => {
    const m = tijdModel({ reeks: ['ww'], jaren: [1998, 2000] }, data);
    const last = csvRows('cbs-bijstand-personen-eind-december').at(-1)!;
    expect(m.latest).toMatchObject({ year: Number(last.jaar), value: Number(last.personen), status: last.status });
    expect(last).toMatchObject({ jaar: '2025', personen: '410', status: 'voorlopig' });
  });

  it('the documents’ own figures stand where their period says, with their value', () => {
    const m = tijdModel({ reeks: ['uitkeringen'], jaren: [2004, 2007] }, data);
    expect(m.marks.map((k) => [k.period, k.at, k.value, k.document])).toEqual([
      ['eind 2005', 2006, 328, 'onder-druk'],
      ['eind 2006', 2007, 302, 'onder-druk'],
    ]);
  });

  it('reads a year out with decimal commas and says which figures are voorlopig', () => {
    const m = tijdModel({ reeks: ['uitkeringen', 'personen'], jaren: [2015, 2025] }, data);
    expect(yearReadout(m, 2016)).toBe('2016: bijstandsuitkeringen (gemiddeld): 395,0 duizend uitkeringen; personen met bijstand (eind december): 465 duizend personen.');
    expect(yearReadout(m, 2025)).toBe('2025: bijstandsuitkeringen (gemiddeld): geen cijfer; personen met bijstand (eind december): 410 duizend personen, voorlopig.');
  });
});

describe('bijstand-in-de-tijd: a revised value', () => {
  it('the table shows the value the chart draws (397) and says that 394 was published before, as voorlopig', () => {
    const def = { spec: tijdSpec, words: tijdWords } as unknown as WidgetDefinition<TijdState, TijdModel>;
    const r = renderState(def, { reeks: ['personen'], jaren: [2021, 2023] } as TijdState);
    expect(r.table.rows.map((row) => [row[0]!.text, row[2]!.text, row[4]!.text])).toEqual([
      ['2021', '408', 'niet vermeld'],
      ['2022', '397', 'niet vermeld; herzien, eerder 394 (voorlopig)'],
      ['2023', '401', 'voorlopig'],
    ]);
  });
});

describe('bijstand-in-de-tijd: the drawing fits its frame with every series shown', () => {
  const def = { spec: tijdSpec, words: tijdWords } as unknown as WidgetDefinition<TijdState, TijdModel>;
  const all = renderState(def, { reeks: ['uitkeringen', 'personen', 'ww', 'werkloosheid'], jaren: [1998, 2025] } as TijdState);
  // the widths a phone of 320 to 430 px and a column of 560 to 1100 px give the chart
  const cases = [
    ['smal', 288],
    ['smal', 328],
    ['smal', 398],
    ['breed', 560],
    ['breed', 720],
    ['breed', 1086],
  ] as const;
  it.each(cases)('%s at %i px: every line of text, the legend’s last included, above the bottom edge', (layout, width) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
    document.body.append(svg as unknown as Node);
    const { height } = tijdSpec.view.layouts[layout];
    tijdSpec.view.render(svg, { state: all.state, model: all.model, width, height, layout, idPrefix: 't' });
    const texts = [...(svg as unknown as Element).querySelectorAll('text')];
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      const lines = [...t.querySelectorAll('tspan')].slice(1).reduce((sum, s) => sum + Number(s.getAttribute('dy') ?? 0), 0);
      const bottom = Number(t.getAttribute('y')) + lines;
      expect(bottom, t.textContent ?? '').toBeLessThanOrEqual(height - 2);
    }
  });
});
