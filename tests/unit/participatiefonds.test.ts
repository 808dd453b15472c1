// The participatiefonds widget, checked against numbers worked out here by hand (not against the
// functions that make the table), its CBS series against the dataset files they copy, its cycle
// against the gordijnbeweging's own, and its link to the gordijnbeweging against the
// gordijnbeweging's own decoder. Its released links are in src/widgets/participatiefonds/released-links.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gordijnStateOf, seriesPath, simulateParticipatiefonds, sketchPath, toConjunctuur } from '../../src/lib/participatiefonds/model.ts';
import { CYCLE_SERIES, WERKLOOSHEID_2015_2023, WW_1998_2017 } from '../../src/lib/participatiefonds/series.ts';
import { cyclePath } from '../../src/lib/gordijn/model.ts';
import { CYCLI, fondsModel, fondsSpec, fondsState, gordijnLink, type FondsState } from '../../src/widgets/participatiefonds/spec.ts';
import { FIELD_TEXT } from '../../src/widgets/participatiefonds/controls.ts';
import { fondsWidgetWords } from '../../src/widgets/participatiefonds/words.ts';
import { gordijnSpec, gordijnStateSchema } from '../../src/widgets/gordijnbeweging/spec.ts';
import { decodeLink } from '../../src/lib/widget-kit/link.ts';
import { renderState } from '../../src/lib/widget-kit/render.ts';
import { readDataset } from '../../src/lib/datasets.ts';
import { sitePath } from '../../src/lib/site-path.ts';

const def = { spec: fondsSpec, words: fondsWidgetWords };
const D: FondsState = { cyclus: 'schets', sparen: 40, bezuiniging: 40, start: 0, stap: 7 };
const pick = <K extends 'balance' | 'withFund' | 'withoutFund' | 'flow' | 'dry'>(key: K, years: ReturnType<typeof simulateParticipatiefonds>) => years.map((y) => y[key]);

describe('participatiefonds: the fund over a cycle, by hand', () => {
  it('saves in a good year, does nothing in a neutral one and spends in a bad one', () => {
    // path +100, 0, −100; save 10, cut 10: the boom puts 10 in (services 110 with and without fund),
    // the neutral year leaves it, the crisis needs 10 to hold services at 100 (90 without fund)
    const y = simulateParticipatiefonds([100, 0, -100], { save: 10, cut: 10, start: 0 });
    expect(pick('balance', y)).toEqual([10, 10, 0]);
    expect(pick('withoutFund', y)).toEqual([110, 100, 90]);
    expect(pick('withFund', y)).toEqual([110, 100, 100]);
    expect(pick('flow', y)).toEqual([10, 0, -10]);
    expect(pick('dry', y)).toEqual([false, false, false]);
  });

  it('saves in proportion to the boom and cuts in proportion to the crisis', () => {
    // +50 with save 20: 20 × 0,5 = 10; −25 with cut 40: 40 × 0,25 = 10 needed, services 90 without fund
    const y = simulateParticipatiefonds([50, -25], { save: 20, cut: 40, start: 0 });
    expect(pick('balance', y)).toEqual([10, 0]);
    expect(pick('withoutFund', y)).toEqual([120, 90]);
    expect(pick('withFund', y)).toEqual([120, 100]);
  });

  it('runs dry: a fund cannot spend what it lacks, and the rest of the cut happens', () => {
    // +50, save 20: 10 in. −100, cut 40: 40 needed, 10 paid: services 60 + 10 = 70, empty. −50: 20 needed, 0 paid: 80
    const y = simulateParticipatiefonds([50, -100, -50], { save: 20, cut: 40, start: 0 });
    expect(pick('balance', y)).toEqual([10, 0, 0]);
    expect(pick('withFund', y)).toEqual([120, 70, 80]);
    expect(pick('withoutFund', y)).toEqual([120, 60, 80]);
    expect(pick('dry', y)).toEqual([false, true, true]);
  });

  it('starts from the start balance, and a fund that starts in a crisis without money holds nothing', () => {
    expect(pick('balance', simulateParticipatiefonds([-100], { save: 40, cut: 40, start: 100 }))).toEqual([60]);
    const empty = simulateParticipatiefonds([-100, -50], { save: 40, cut: 40, start: 0 });
    expect(pick('withFund', empty)).toEqual([60, 80]);
    expect(pick('dry', empty)).toEqual([true, true]);
  });

  it('keeps the text’s claims for every path and every assumption', () => {
    const path = fc.array(fc.integer({ min: -20, max: 20 }).map((n) => n * 5), { minLength: 1, maxLength: 20 });
    const assumptions = fc.record({ save: fc.integer({ min: 0, max: 12 }).map((n) => n * 5), cut: fc.integer({ min: 0, max: 12 }).map((n) => n * 5), start: fc.integer({ min: 0, max: 20 }).map((n) => n * 10) });
    fc.assert(
      fc.property(path, assumptions, (p, a) => {
        const years = simulateParticipatiefonds(p, a);
        let saved = 0;
        let spent = 0;
        for (const y of years) {
          expect(y.balance).toBeGreaterThanOrEqual(0);
          // without fund, services move with the economy: cut in bad times, more in good times (pro-cyclical)
          expect(y.withoutFund).toBeCloseTo(100 + (a.cut * y.conjunctuur) / 100, 9);
          if (y.conjunctuur >= 0) expect(y.withFund).toBe(y.withoutFund);
          else {
            // the fund holds services at most at the normal level, never below what they would be without it
            expect(y.withFund).toBeGreaterThanOrEqual(y.withoutFund);
            expect(y.withFund).toBeLessThanOrEqual(100 + 1e-9);
            expect(y.dry).toBe(y.withFund < 100 - 1e-9);
          }
          if (y.flow > 0) saved += y.flow;
          else spent -= y.flow;
        }
        expect(years.at(-1)!.balance).toBeCloseTo(a.start + saved - spent, 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('participatiefonds: the cycles', () => {
  it('the sketch is the gordijnbeweging’s own cycle, imported, not copied', () => {
    // sin(2π i / 8) for i = 0 … 7, rounded to the gordijnbeweging's steps of 5
    expect(sketchPath(8)).toEqual([0, 70, 100, 70, 0, -70, -100, -70]);
    expect(sketchPath(4)).toEqual([0, 100, 0, -100]);
    expect(sketchPath(12)).toEqual(cyclePath(12).slice(0, 12).map((c) => Math.round(c * 20) * 5 + 0));
    const source = readFileSync(join(import.meta.dirname, '../../src/lib/participatiefonds/model.ts'), 'utf8');
    expect(source).toContain("import { cyclePath } from '../gordijn/model.ts';");
    expect(source).not.toMatch(/Math\.sin/);
  });

  it('turns a real series into cycle positions by distance from the mean', () => {
    // 1, 2, 3: mean 2, largest distance 1; more unemployment is worse
    expect(seriesPath([1, 2, 3])).toEqual([100, 0, -100]);
    expect(seriesPath([1, 2, 3], false)).toEqual([-100, 0, 100]);
    expect(seriesPath([5, 5])).toEqual([0, 0]);
    // worked out separately (mean 289,695 thousand WW benefits, largest distance 151,405 in 2016)
    expect(seriesPath(WW_1998_2017.values)).toEqual([-10, 25, 55, 75, 70, 25, -15, -20, 5, 50, 75, 45, 15, 20, -5, -65, -100, -95, -100, -60]);
    // mean 486,7 thousand unemployed, largest distance 237,3 in 2015
    expect(seriesPath(WERKLOOSHEID_2015_2023.values)).toEqual([-100, -65, -25, 10, 25, 10, 35, 60, 55]);
    expect(toConjunctuur(-0.001)).toBe(0);
    expect(Object.is(toConjunctuur(-0.001), -0)).toBe(false);
  });

  it('copies the CBS series exactly from the datasets, year by year', () => {
    for (const s of CYCLE_SERIES) {
      const data = readDataset(s.dataset);
      expect(data.rows.map((r) => r.jaar)).toEqual([...s.years]);
      expect(data.rows.map((r) => r[s.column])).toEqual([...s.values]);
      expect(data.definition.source.publisher).toBe('CBS');
      expect(s.source.startsWith('CBS')).toBe(true);
    }
  });
});

/** Opens a link the way the gordijnbeweging's pages do: a preset page reads its query on top of its preset. */
function openInGordijn(href: string) {
  const url = new URL(href, 'https://example.nl');
  const rest = url.pathname.slice(sitePath('/grafieken/gordijnbeweging/').length).replace(/\/$/, '');
  const basePreset = rest === '' ? undefined : rest;
  if (basePreset !== undefined) expect(Object.keys(gordijnSpec.state.presets)).toContain(basePreset);
  return decodeLink(gordijnSpec, url.search, basePreset === undefined ? {} : { basePreset });
}

describe('participatiefonds: every year opens in the gordijnbeweging', () => {
  it('maps each year to a gordijnbeweging state: its cycle position, with the fund unless it ran dry', () => {
    const m = fondsModel(D);
    expect(m.rows.map((r) => gordijnStateOf(r))).toEqual([0, 70, 100, 70, 0, -70, -100, -70].map((c) => ({ conjunctuur: c, fonds: true })));
    const krap = fondsModel({ ...D, sparen: 20 });
    expect(krap.rows.map((r) => gordijnStateOf(r).fonds)).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('writes the links the gordijnbeweging writes itself', () => {
    expect(gordijnLink({ conjunctuur: -100, dry: false })).toBe(sitePath('/grafieken/gordijnbeweging/crisis-met-fonds/'));
    expect(gordijnLink({ conjunctuur: -100, dry: true })).toBe(sitePath('/grafieken/gordijnbeweging/crisis-zonder-fonds/'));
    expect(gordijnLink({ conjunctuur: -70, dry: false })).toBe(sitePath('/grafieken/gordijnbeweging/?conjunctuur=-70&fonds=1&v=1'));
    expect(fondsModel(D).gordijnHref).toBe(sitePath('/grafieken/gordijnbeweging/crisis-met-fonds/'));
  });

  it('every year of every state reads back in the gordijnbeweging as the same state, without a notice', () => {
    const anyState = fc.record({
      cyclus: fc.constantFrom(...CYCLI),
      sparen: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
      bezuiniging: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
      start: fc.integer({ min: 0, max: 20 }).map((n) => n * 10),
      stap: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(anyState, (s) => {
        for (const row of fondsModel(s).rows) {
          const want = gordijnStateOf(row);
          expect(gordijnStateSchema.safeParse(want).success).toBe(true);
          const opened = openInGordijn(gordijnLink(row));
          expect(opened.notices).toEqual([]);
          expect(opened.state).toEqual(want);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the chosen year is stap, or the last year when the path is shorter', () => {
    expect(fondsModel({ ...D, stap: 3 }).selected.label).toBe('jaar 3');
    expect(fondsModel({ ...D, stap: 20 }).selected.label).toBe('jaar 8');
    expect(fondsModel({ ...D, cyclus: 'werkloosheid-2015-2023', stap: 20 }).selected.label).toBe('2023');
    expect(fondsModel({ ...D, cyclus: 'ww-1998-2017', stap: 17 }).selected.label).toBe('2014');
  });
});

describe('participatiefonds: what the reader sees', () => {
  const table = (s: FondsState) => renderState(def, s).table.rows.map((r) => r.map((c) => c.text));

  it('the WW cycle: in 1998 the empty fund cannot hold the services, from 2013 it pays', () => {
    const rows = table({ ...D, cyclus: 'ww-1998-2017', stap: 17 });
    // 1998: −10, cut 40 × 0,1 = 4 needed, nothing saved yet: services 96
    expect(rows[0]).toEqual(['1998', '305,6', '-10', 'normale conjunctuur', '96', '96', '0', '0', 'ja']);
    // 1999: +25 saves 40 × 0,25 = 10
    expect(rows[1]).toEqual(['1999', '248,7', '+25', 'aantrekkende economie', '110', '110', '+10', '10', '–']);
    // saved 1999–2003: 10 + 22 + 30 + 28 + 10 = 100; 2004 and 2005 spend 6 and 8: 86; 2006 saves 2: 88;
    // 2007–2011 save 20 + 30 + 18 + 6 + 8 = 82: 170; 2012 spends 2: 168; 2013 spends 26: 142; 2014 spends 40: 102
    expect(rows[16]).toEqual(['2014', '437,9', '-100', 'diepe crisis', '60', '100', '-40', '102', 'nee']);
    // 2015 −38, 2016 −40, 2017 −24: 102 − 102 = 0, exactly enough
    expect(rows[19]).toEqual(['2017', '378,1', '-60', 'laagconjunctuur', '76', '100', '-24', '0', 'nee']);
  });

  it('the unemployment cycle: a fund that starts in a crisis is empty when it is needed', () => {
    const m = fondsModel({ ...D, cyclus: 'werkloosheid-2015-2023', stap: 1 });
    expect(m.dry.map((r) => r.label)).toEqual(['2015', '2016', '2017']);
    expect(m.rows.map((r) => r.withFund)).toEqual([60, 74, 90, 104, 110, 104, 114, 124, 122]);
    // saved from 2018: 4 + 10 + 4 + 14 + 24 + 22 = 78
    expect(m.finalBalance).toBe(78);
    expect(fondsSpec.summary({ ...D, cyclus: 'werkloosheid-2015-2023', stap: 1 }, m)).toContain('Het fonds is te krap in 2015, 2016 en 2017. Dan zakt de dienstverlening toch, tot 60.');
  });

  it('labels every number the reader sets as an assumption, and says the text only proposes to explore', () => {
    for (const f of ['sparen', 'bezuiniging', 'start'] as const) expect(FIELD_TEXT[f].assumption, f).toBe(true);
    expect(fondsWidgetWords.intro).toContain('De bundel stelt alleen voor om te onderzoeken of zo’n fonds kan');
    expect(fondsWidgetWords.claims!.doesNotSay.join(' ')).toContain('houdt de markt niet tegen');
    expect(fondsSpec.summary(D, fondsModel(D))).toContain('aannames');
    for (const p of Object.keys(fondsState.presets)) expect(renderState(def, { ...D, ...fondsState.presets[p]!.state }).summary).toMatch(/aannames\.$/);
  });

  it('writes decimal commas', () => {
    const rows = table({ ...D, sparen: 5, bezuiniging: 15 });
    // +70 saves 5 × 0,7 = 3,5; −70 cuts 15 × 0,7 = 10,5: services 89,5 without fund
    expect(rows[1]![6]).toBe('+3,5');
    expect(rows[5]![4]).toBe('89,5');
  });
});
