// The kostendelersnorm, checked against values worked out here by hand from artikel 22a of the
// Participatiewet (not against the functions that make the table): per person
// (40 % + A × 30 %) / A of the gehuwdennorm. Its released links are in
// src/widgets/kostendelersnorm/released-links.ts; its figures (the law's numbers) in
// content/figures/hoe-hoog.yaml.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AGE_BEFORE_2023,
  AGE_SINCE_2023,
  BASE_PERCENT,
  countingPeople,
  formatPercent,
  outcome,
  PER_PERSON_PERCENT,
  percentPerPerson,
  percentTogether,
} from '../../src/lib/kostendelersnorm/model.ts';
import { kostendelersSpec, type KostendelersState } from '../../src/widgets/kostendelersnorm/spec.ts';
import { kostendelersWidgetWords } from '../../src/widgets/kostendelersnorm/words.ts';
import { renderState } from '../../src/lib/widget-kit/render.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { figureSchema } from '../../src/lib/figures.ts';

const def = { spec: kostendelersSpec, words: kostendelersWidgetWords };
const table = (s: KostendelersState) => renderState(def, s).table.rows.map((r) => r.map((c) => c.text));

describe('kostendelersnorm: the formula of artikel 22a', () => {
  it('gives the hand-worked percentages per person', () => {
    // A = 1: 70 / 1; 2: 100 / 2; 3: 130 / 3; 4: 160 / 4; 5: 190 / 5; 6: 220 / 6; 10: 340 / 10
    expect(percentPerPerson(1)).toBe(70);
    expect(percentPerPerson(2)).toBe(50);
    expect(percentPerPerson(3)).toBeCloseTo(43.3333, 4);
    expect(percentPerPerson(4)).toBe(40);
    expect(percentPerPerson(5)).toBe(38);
    expect(percentPerPerson(6)).toBeCloseTo(36.6667, 4);
    expect(percentPerPerson(10)).toBe(34);
    expect(['1', '3', '6', '7', '9'].map((a) => formatPercent(percentPerPerson(Number(a))))).toEqual(['70', '43,33', '36,67', '35,71', '34,44']);
  });

  it('gives what everyone together gets: 40 % plus 30 % per person', () => {
    expect([1, 2, 3, 4].map(percentTogether).map((p) => Math.round(p * 1e9) / 1e9)).toEqual([70, 100, 130, 160]);
  });

  it('refuses a household without anyone in it', () => {
    expect(() => percentPerPerson(0)).toThrow(RangeError);
    expect(() => percentPerPerson(1.5)).toThrow(RangeError);
  });

  it('falls with every person who counts, and never below 30 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (a) => {
        expect(percentPerPerson(a + 1)).toBeLessThan(percentPerPerson(a));
        expect(percentPerPerson(a)).toBeGreaterThan(PER_PERSON_PERCENT);
        expect(percentPerPerson(a) * a).toBeCloseTo(BASE_PERCENT + PER_PERSON_PERCENT * a, 9);
      }),
    );
  });

  it('counts the reader and a partner: a couple alone gets the gehuwdennorm, 50 % each', () => {
    expect(countingPeople('alleenstaand', 0)).toBe(1);
    expect(countingPeople('gehuwd', 0)).toBe(2);
    expect(outcome('gehuwd', 0)).toEqual({ a: 2, perPerson: 50, household: 100 });
    expect(outcome('alleenstaand', 3)).toEqual({ a: 4, perPerson: 40, household: 40 });
    expect(outcome('gehuwd', 1).household).toBeCloseTo(86.6667, 4);
  });

  it('names the age limits of the rule now and before 2023', () => {
    expect([AGE_BEFORE_2023, AGE_SINCE_2023]).toEqual([21, 27]);
  });
});

describe('kostendelersnorm widget', () => {
  it('marks the reader today and under the rule before 2023', () => {
    // a couple with a child of 24: today A = 2 (the child does not count), before 2023 A = 3
    const rows = table({ huishouden: 'gehuwd', huisgenoten: 0, jongeren: 1 });
    expect(rows[1]).toEqual(['2 personen', '50', '100', 'nu']);
    expect(rows[2]).toEqual(['3 personen', '43,33', '130', 'tot 2023']);
    expect(rows.filter((r) => r[3] !== '–')).toHaveLength(2);
    // housemates of 27 and older count under both rules: no second mark
    const same = table({ huishouden: 'alleenstaand', huisgenoten: 2, jongeren: 0 });
    expect(same.filter((r) => r[3] !== '–').map((r) => r[0])).toEqual(['3 personen']);
  });

  it('says in its summary that it shows percentages, not amounts', () => {
    for (const name of Object.keys(kostendelersSpec.state.presets)) {
      expect(renderState(def, { ...kostendelersSpec.state.defaults, ...kostendelersSpec.state.presets[name]!.state } as KostendelersState).summary).toContain(
        'geen bedragen',
      );
    }
  });

  it('uses the percentages and ages of the law as the figures record them', () => {
    const figures = readYamlLists(new URL('../../content/figures', import.meta.url).pathname).map(({ file: _f, ...r }) => figureSchema.parse(r));
    const value = (id: string) => figures.find((f) => f.id === id)?.value;
    expect(value('pw-kostendelersnorm-basis')).toBe(BASE_PERCENT);
    expect(value('pw-kostendelersnorm-per-persoon')).toBe(PER_PERSON_PERCENT);
    expect(value('pw-kostendeler-leeftijd-sinds-2023')).toBe(AGE_SINCE_2023);
    expect(value('pw-kostendeler-leeftijd-tot-2023')).toBe(AGE_BEFORE_2023);
    expect(value('pw-norm-alleenstaande-aandeel')).toBe(percentPerPerson(1));
  });
});
