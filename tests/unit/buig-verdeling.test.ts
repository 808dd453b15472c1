// The buig-verdeling widget: each financing rule's arithmetic against examples worked out here by
// hand (not with the module's own functions), the readings the reader chooses (vangnet threshold,
// time base of the 80 %), the bounds, and the numbers taken from the bundle against their figure
// records. Its released links are in src/widgets/buig-verdeling/released-links.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buigUitkomst,
  grootsteTekort,
  historischDeel,
  houdtBijUitstroom,
  regelBudget,
  vangnetUitkering,
  type Gemeente,
  type RegelId,
} from '../../src/lib/buig/model.ts';
import { buigSpec, buigState, type BuigState } from '../../src/widgets/buig-verdeling/spec.ts';
import { buigWidgetWords } from '../../src/widgets/buig-verdeling/words.ts';
import { BRONCIJFERS } from '../../src/widgets/buig-verdeling/figures.ts';
import { FIELD_TEXT } from '../../src/widgets/buig-verdeling/controls.ts';
import { chartSvg, renderState } from '../../src/lib/widget-kit/render.ts';
import { presetState } from '../../src/lib/widget-kit/state.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { figureSchema } from '../../src/lib/figures.ts';
import { parseSvg } from '../helpers/svg.ts';

/** The default municipality: middelgroot, 1.000 benefits now, 900 two years ago, € 14.000 each. */
const VOORBEELD: Gemeente = {
  omvang: 'middelgroot',
  nu: 1000,
  eerder: 900,
  kosten: 14000,
  modelAfwijking: 0,
  macroTekort: 0,
  asiel: 0,
  mixHistorisch: 50,
  drempel: 10,
  tijdbasis: 'zelfde-jaar',
};
const gemeente = (over: Partial<Gemeente>): Gemeente => ({ ...VOORBEELD, ...over });
const rule = (g: Gemeente, regel: RegelId) => buigUitkomst(g).regels.find((r) => r.regel === regel)!;

describe('buig-verdeling: the current rule (verdeelmodel)', () => {
  it('groot, the model 10 procent too low: budget, deficit and both vangnet thresholds', () => {
    // 1.000 × € 14.000 = € 14.000.000 spending. The model estimates 90 % of that: € 12.600.000 =
    // the budget. Deficit € 1.400.000 = 1,4 / 12,6 = 11,1 % of the budget.
    // Vangnet at 10 %: eigen risico 10 % × 12,6 mln = € 1.260.000, so it pays 1.400.000 − 1.260.000 = € 140.000.
    // Vangnet at 12,5 %: eigen risico € 1.575.000 > € 1.400.000, so it pays nothing.
    const g = gemeente({ omvang: 'groot', modelAfwijking: -10 });
    const huidig = rule(g, 'huidig');
    expect(huidig.uitgaven).toBe(14_000_000);
    expect(huidig.budget).toBeCloseTo(12_600_000, 6);
    expect(huidig.saldo).toBeCloseTo(-1_400_000, 6);
    expect(huidig.saldoProcent).toBeCloseTo(-11.111, 2);
    expect(huidig.vangnet).toBe(0);
    const vangnet10 = rule(g, 'vangnet');
    expect(vangnet10.budget).toBeCloseTo(12_600_000, 6);
    expect(vangnet10.vangnet).toBeCloseTo(140_000, 6);
    expect(vangnet10.saldo).toBeCloseTo(-1_260_000, 6);
    const vangnet125 = rule({ ...g, drempel: 12.5 }, 'vangnet');
    expect(vangnet125.vangnet).toBe(0);
    expect(vangnet125.saldo).toBeCloseTo(-1_400_000, 6);
  });

  it('groot: one person less keeps the whole € 14.000 every year; above the vangnet threshold it keeps nothing', () => {
    // The model rests on objective factors, so the budget does not move: 14.000 a year, 42.000 in three.
    const g = gemeente({ omvang: 'groot', modelAfwijking: -10 });
    expect(rule(g, 'huidig').houdt).toEqual([14000, 14000, 14000]);
    expect(rule(g, 'huidig').houdtDrieJaar).toBe(42000);
    // At 10 %: the deficit falls to 1.386.000, still above the 1.260.000 eigen risico; the vangnet
    // falls from 140.000 to 126.000, so the saldo stays −1.260.000: the municipality keeps 0.
    expect(rule(g, 'vangnet').houdt.map((n) => Math.round(n))).toEqual([0, 0, 0]);
    // At 12,5 % the vangnet pays nothing either way: it keeps the 14.000.
    expect(rule({ ...g, drempel: 12.5 }, 'vangnet').houdt.map((n) => Math.round(n))).toEqual([14000, 14000, 14000]);
  });

  it('middelgroot, half historical, the macrobudget 5 procent short', () => {
    // model part 0,5 × 14.000.000 = 7.000.000; historical part 0,5 × 900 × 14.000 = 6.300.000;
    // together 13.300.000, times 0,95 for the shortfall = € 12.635.000. Deficit 14.000.000 −
    // 12.635.000 = € 1.365.000 = 10,80 % of the budget.
    const g = gemeente({ macroTekort: 5 });
    const huidig = rule(g, 'huidig');
    expect(huidig.budget).toBeCloseTo(12_635_000, 6);
    expect(huidig.saldo).toBeCloseTo(-1_365_000, 6);
    expect(huidig.saldoProcent).toBeCloseTo(-10.803, 2);
    // The vangnet at 10 %: eigen risico 1.263.500, pays 1.365.000 − 1.263.500 = 101.500.
    expect(rule(g, 'vangnet').vangnet).toBeCloseTo(101_500, 6);
    // One person less: years 1 and 2 keep 14.000; in year 3 the historical base is 14.000 lower,
    // and half of it, times 0,95, comes off the budget: 14.000 − 6.650 = 7.350. Together 35.350.
    expect(huidig.houdt[0]).toBeCloseTo(14000, 6);
    expect(huidig.houdt[1]).toBeCloseTo(14000, 6);
    expect(huidig.houdt[2]).toBeCloseTo(7350, 6);
    expect(huidig.houdtDrieJaar).toBeCloseTo(35350, 6);
  });

  it('klein: all on the historical share, so the saving is gone once the base catches up', () => {
    // budget = 900 × 14.000 = 12.600.000 (the model's estimate plays no part); keeps 14.000, 14.000, then 0.
    for (const modelAfwijking of [-30, 0, 40]) {
      const huidig = rule(gemeente({ omvang: 'klein', modelAfwijking }), 'huidig');
      expect(huidig.budget).toBeCloseTo(12_600_000, 6);
      expect(huidig.houdt.map((n) => Math.round(n))).toEqual([14000, 14000, 0]);
    }
  });

  it('takes the split from the reader only for middelgroot', () => {
    expect(historischDeel('klein', 30)).toBe(1);
    expect(historischDeel('groot', 30)).toBe(0);
    expect(historischDeel('middelgroot', 30)).toBeCloseTo(0.3, 12);
    for (const omvang of ['klein', 'groot'] as const) {
      expect(rule(gemeente({ omvang, mixHistorisch: 0 }), 'huidig').budget).toBe(rule(gemeente({ omvang, mixHistorisch: 100 }), 'huidig').budget);
    }
    // middelgroot, 0 % historical = groot; 100 % = klein
    expect(rule(gemeente({ mixHistorisch: 0 }), 'huidig').budget).toBeCloseTo(14_000_000, 6);
    expect(rule(gemeente({ mixHistorisch: 100 }), 'huidig').budget).toBeCloseTo(12_600_000, 6);
  });
});

describe('buig-verdeling: the vangnet', () => {
  it('pays only the deficit above the threshold, and a municipality just above it keeps part of a saving', () => {
    expect(vangnetUitkering(10_000_000, 10_500_000, 10)).toBe(0); // 5 % deficit
    expect(vangnetUitkering(10_000_000, 11_000_000, 10)).toBe(0); // exactly 10 %
    expect(vangnetUitkering(10_000_000, 11_500_000, 10)).toBeCloseTo(500_000, 6);
    expect(vangnetUitkering(10_000_000, 11_500_000, 12.5)).toBeCloseTo(250_000, 6);
    // Budget 12.600.000 (groot, model −10 %) and spending 13.870.000: deficit 1.270.000, 10.000
    // above the eigen risico of 1.260.000. One person less: deficit 1.256.000, under the
    // threshold, no vangnet. Saldo before −1.260.000, after −1.256.000: it keeps 4.000.
    const g = gemeente({ omvang: 'groot', modelAfwijking: -10 });
    const bases = { uitgaven: 13_870_000, uitgavenEerder: 12_600_000, modelBedrag: 12_600_000 };
    expect(regelBudget('vangnet', bases, g)).toBeCloseTo(12_600_000, 6);
    expect(houdtBijUitstroom('vangnet', bases, g)[0]).toBeCloseTo(4000, 6);
  });

  it('is only part of the current rule with vangnet', () => {
    const g = gemeente({ omvang: 'groot', modelAfwijking: -40, asiel: 20 });
    for (const regel of ['huidig', 'historisch', 'voorstel'] as const) expect(rule(g, regel).vangnet).toBe(0);
    expect(rule(g, 'vangnet').vangnet).toBeGreaterThan(0);
  });
});

describe('buig-verdeling: fully historical (until 2004)', () => {
  it('gives the own spending of two years earlier, whatever the model or the macrobudget', () => {
    // 900 × 14.000 = 12.600.000; spending 14.000.000; deficit 1.400.000 = 11,1 % of the budget.
    for (const over of [{}, { macroTekort: 10 }, { modelAfwijking: 30 }, { omvang: 'groot' as const }]) {
      const historisch = rule(gemeente(over), 'historisch');
      expect(historisch.budget).toBe(12_600_000);
      expect(historisch.saldo).toBe(-1_400_000);
      expect(historisch.saldoProcent).toBeCloseTo(-11.111, 2);
    }
  });

  it('lets the municipality keep a saving until the base of two years earlier catches up', () => {
    expect(rule(VOORBEELD, 'historisch').houdt).toEqual([14000, 14000, 0]);
    expect(rule(VOORBEELD, 'historisch').houdtDrieJaar).toBe(28000);
  });
});

describe('buig-verdeling: the proposal, 80 % actual costs and 20 % model', () => {
  it('same-year costs: 0,8 × spending + 0,2 × the model amount (with the shortfall)', () => {
    // model +20 %: 16.800.000; macrobudget 10 % short: × 0,9 = 15.120.000; a fifth = 3.024.000.
    // 0,8 × 14.000.000 = 11.200.000. Budget 14.224.000: a surplus of 224.000 = 1,57 % of the budget.
    const g = gemeente({ modelAfwijking: 20, macroTekort: 10 });
    const voorstel = rule(g, 'voorstel');
    expect(voorstel.budget).toBeCloseTo(14_224_000, 6);
    expect(voorstel.saldo).toBeCloseTo(224_000, 6);
    expect(voorstel.saldoProcent).toBeCloseTo(1.5748, 3);
    // one person less: the 80 % follows, so it keeps a fifth of 14.000 = 2.800 a year, 8.400 in three
    expect(voorstel.houdt.map((n) => Math.round(n))).toEqual([2800, 2800, 2800]);
    expect(Math.round(voorstel.houdtDrieJaar)).toBe(8400);
  });

  it('costs of two years earlier: 0,8 × the spending then, and the saving is kept two years', () => {
    // 0,8 × 12.600.000 = 10.080.000, plus 3.024.000 = 13.104.000; deficit 896.000.
    const g = gemeente({ modelAfwijking: 20, macroTekort: 10, tijdbasis: 'twee-jaar-eerder' });
    const voorstel = rule(g, 'voorstel');
    expect(voorstel.budget).toBeCloseTo(13_104_000, 6);
    expect(voorstel.saldo).toBeCloseTo(-896_000, 6);
    // keeps 14.000, 14.000 and then 14.000 − 0,8 × 14.000 = 2.800: 30.800 in three years
    expect(voorstel.houdt.map((n) => Math.round(n))).toEqual([14000, 14000, 2800]);
    expect(Math.round(voorstel.houdtDrieJaar)).toBe(30800);
  });
});

describe('buig-verdeling: a 2015-like asylum shock, counted only the year after', () => {
  it('adds to spending now, not to the model estimate; the same-year proposal pays 80 % of it', () => {
    // groot, 15 % extra: 150 benefits more, spending 1.150 × 14.000 = 16.100.000; the model still
    // estimates 1.000 × 14.000 = 14.000.000. Current rule: deficit 2.100.000 = 15 % of the budget;
    // vangnet at 10 %: 2.100.000 − 1.400.000 = 700.000; at 12,5 %: 2.100.000 − 1.750.000 = 350.000.
    // Proposal, same year: 0,8 × 16.100.000 + 0,2 × 14.000.000 = 12.880.000 + 2.800.000 = 15.680.000,
    // deficit 420.000. Same, costs of two years earlier: 0,8 × 12.600.000 + 2.800.000 = 12.880.000.
    const g = gemeente({ omvang: 'groot', asiel: 15 });
    const u = buigUitkomst(g);
    expect(u.extraAsiel).toBe(150);
    expect(u.bases.uitgaven).toBe(16_100_000);
    expect(u.bases.modelBedrag).toBe(14_000_000);
    expect(rule(g, 'huidig').saldo).toBeCloseTo(-2_100_000, 6);
    expect(rule(g, 'huidig').saldoProcent).toBeCloseTo(-15, 6);
    expect(rule(g, 'vangnet').vangnet).toBeCloseTo(700_000, 6);
    expect(rule({ ...g, drempel: 12.5 }, 'vangnet').vangnet).toBeCloseTo(350_000, 6);
    expect(rule(g, 'voorstel').budget).toBeCloseTo(15_680_000, 6);
    expect(rule(g, 'voorstel').saldo).toBeCloseTo(-420_000, 6);
    expect(rule({ ...g, tijdbasis: 'twee-jaar-eerder' }, 'voorstel').budget).toBeCloseTo(12_880_000, 6);
    expect(rule(g, 'historisch').saldo).toBe(-3_500_000);
  });
});

describe('buig-verdeling: every state', () => {
  const anyGemeente = fc.record({
    omvang: fc.constantFrom('klein' as const, 'middelgroot' as const, 'groot' as const),
    nu: fc.integer({ min: 2, max: 200 }).map((n) => n * 50),
    eerder: fc.integer({ min: 2, max: 200 }).map((n) => n * 50),
    kosten: fc.integer({ min: 20, max: 50 }).map((n) => n * 500),
    modelAfwijking: fc.integer({ min: -10, max: 10 }).map((n) => n * 5),
    macroTekort: fc.integer({ min: 0, max: 20 }),
    asiel: fc.integer({ min: 0, max: 30 }),
    mixHistorisch: fc.integer({ min: 0, max: 10 }).map((n) => n * 10),
    drempel: fc.constantFrom(10, 12.5),
    tijdbasis: fc.constantFrom('zelfde-jaar' as const, 'twee-jaar-eerder' as const),
  });

  it('gives finite budgets, a saldo that adds up, a vangnet within the deficit and savings within one benefit', () => {
    fc.assert(
      fc.property(anyGemeente, (g) => {
        const u = buigUitkomst(g);
        for (const r of u.regels) {
          expect(r.budget).toBeGreaterThan(0);
          expect(Number.isFinite(r.saldoProcent)).toBe(true);
          expect(r.saldo).toBeCloseTo(r.budget + r.vangnet - r.uitgaven, 4);
          expect(r.vangnet).toBeGreaterThanOrEqual(0);
          expect(r.vangnet).toBeLessThanOrEqual(Math.max(0, r.uitgaven - r.budget) + 1e-6);
          // the deficit left after the vangnet is at most the eigen risico
          if (r.regel === 'vangnet') expect(-r.saldo).toBeLessThanOrEqual((g.drempel / 100) * r.budget + 1e-6);
          for (const k of r.houdt) {
            expect(k).toBeGreaterThanOrEqual(-1e-6);
            expect(k).toBeLessThanOrEqual(g.kosten + 1e-6);
          }
        }
        const worst = grootsteTekort(u.regels);
        if (worst) expect(Math.min(...u.regels.map((r) => r.saldo))).toBe(worst.saldo);
        else for (const r of u.regels) expect(r.saldo).toBeGreaterThanOrEqual(-0.5);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every link parameter within the bounds its control offers', () => {
    for (const f of ['nu', 'eerder', 'kosten', 'model', 'macro', 'asiel', 'mix'] as const) {
      const shape = buigState.fields[f].shape;
      expect(shape.kind).toBe('number');
      if (shape.kind === 'number') expect([FIELD_TEXT[f].min, FIELD_TEXT[f].max, FIELD_TEXT[f].step]).toEqual([shape.min, shape.max, shape.step]);
    }
    expect(buigState.schema.safeParse({ ...buigState.defaults, drempel: '7.5' }).success).toBe(false);
    expect(buigState.schema.safeParse({ ...buigState.defaults, nu: 10050 }).success).toBe(false);
    expect(buigState.schema.safeParse({ ...buigState.defaults, model: -55 }).success).toBe(false);
  });
});

const def = { spec: buigSpec, words: buigWidgetWords };
const table = (s: BuigState) => renderState(def, s).table.rows.map((r) => r.map((c) => c.text));

describe('buig-verdeling: the widget', () => {
  it('shows the default municipality under each rule, as worked out by hand', () => {
    // Huidig: 0,5 × 14.000.000 + 0,5 × 12.600.000 = 13.300.000; deficit 700.000 = 5,3 %; keeps
    // 14.000, 14.000, 7.000 = 35.000. The vangnet (10 %: 1.330.000) pays nothing.
    // Historisch: 12.600.000, deficit 1.400.000 = 11,1 %; keeps 14.000, 14.000, 0 = 28.000.
    // Voorstel: 0,8 × 14.000.000 + 0,2 × 14.000.000 = 14.000.000; keeps 2.800 a year = 8.400.
    expect(table(buigState.defaults)).toEqual([
      ['Huidig: verdeelmodel', '€ 13.300.000', '€ 14.000.000', 'geen vangnet', 'tekort € 700.000', '−5,3', '€ 14.000', '€ 35.000'],
      ['Huidig, met vangnet', '€ 13.300.000', '€ 14.000.000', '€ 0', 'tekort € 700.000', '−5,3', '€ 14.000', '€ 35.000'],
      ['Volledig historisch (tot 2004)', '€ 12.600.000', '€ 14.000.000', 'geen vangnet', 'tekort € 1.400.000', '−11,1', '€ 14.000', '€ 28.000'],
      ['Voorstel 80/20', '€ 14.000.000', '€ 14.000.000', 'geen vangnet', 'sluitend', '0,0', '€ 2.800', '€ 8.400'],
    ].map((row) => row.map((c) => c.replace(/€ /g, '€\u00a0'))));
  });

  it('follows the reader’s choice of threshold and time base', () => {
    // groot, model −10 %, threshold 12,5 %: no vangnet (see above); time base two years earlier:
    // 0,8 × 12.600.000 + 0,2 × 12.600.000 = 12.600.000, keeps 14.000 + 14.000 + 2.800 = 30.800.
    const rows = table({ ...buigState.defaults, omvang: 'groot', model: -10, drempel: '12.5', basis: 'twee-jaar-eerder' });
    expect(rows[1]!.slice(3, 6)).toEqual(['€\u00a00', 'tekort €\u00a01.400.000', '−11,1']);
    expect(rows[3]!.slice(1, 2).concat(rows[3]!.slice(6))).toEqual(['€\u00a012.600.000', '€\u00a014.000', '€\u00a030.800']);
    const at10 = table({ ...buigState.defaults, omvang: 'groot', model: -10 });
    expect(at10[1]!.slice(3, 8)).toEqual(['€\u00a0140.000', 'tekort €\u00a01.260.000', '−10,0', '€\u00a00', '€\u00a00']);
  });

  it('has one preset per rule for the same municipality, each highlighting its rule', () => {
    const perRule = { 'huidige-regel': 'huidig', 'met-vangnet': 'vangnet', 'volledig-historisch': 'historisch', 'voorstel-80-20': 'voorstel' } as const;
    for (const [preset, regel] of Object.entries(perRule)) {
      const s = presetState(buigState, preset)!;
      expect({ ...s, regel: 'alle' }).toEqual(buigState.defaults);
      expect(s.regel).toBe(regel);
      const svg = parseSvg(chartSvg(def, renderState(def, s), 'smal', 't'));
      for (const other of ['huidig', 'vangnet', 'historisch', 'voorstel']) {
        expect(svg.querySelector(`.bv-row-${other} .bv-band`)!.getAttribute('visibility'), `${preset}: ${other}`).toBe(other === regel ? 'visible' : 'hidden');
      }
      expect(renderState(def, s).summary).toContain('Uitgelicht');
    }
  });

  it('names the rule with the largest deficit and the incentive under each rule in its summary', () => {
    const summary = renderState(def, buigState.defaults).summary;
    expect(summary).toContain('Het grootste tekort is er bij volledig historisch: €\u00a01,4\u00a0mln, 11,1 procent van het budget.');
    expect(summary).toContain('huidige regel €\u00a014.000');
    expect(summary).toContain('voorstel 80/20 €\u00a02.800');
    expect(summary).toContain('afgeleid');
  });

  it('draws every bar to scale on one axis, the vangnet stacked on the budget', () => {
    // The largest amount is 14 mln; the axis runs to 15 mln in steps of 5.
    for (const layout of ['smal', 'breed'] as const) {
      const s = { ...buigState.defaults, omvang: 'groot' as const, model: -10 };
      const svg = parseSvg(chartSvg(def, renderState(def, s), layout, 't'));
      const axis = svg.querySelector('.bv-axis')!;
      const [x1, x2] = [Number(axis.getAttribute('x1')), Number(axis.getAttribute('x2'))];
      const width = (sel: string) => Number(svg.querySelector(sel)!.getAttribute('width'));
      expect(width('.bv-row-huidig .bv-budget')).toBeCloseTo((12.6 / 15) * (x2 - x1), 0);
      expect(width('.bv-row-vangnet .bv-vangnet')).toBeCloseTo((0.14 / 15) * (x2 - x1), 0);
      expect(width('.bv-row-voorstel .bv-budget')).toBeCloseTo((13.72 / 15) * (x2 - x1), 0);
      expect(svg.querySelector('.bv-row-voorstel .bv-tekort')!.getAttribute('visibility')).toBe('visible');
      expect([...svg.querySelectorAll('.bv-ticks text')].map((t) => t.textContent)).toEqual(['0', '5', '10', '15']);
    }
  });

  it('labels every number that is not from the bundle as an assumption, in the controls and the claims', () => {
    for (const f of ['nu', 'eerder', 'model', 'macro', 'asiel'] as const) expect(FIELD_TEXT[f].note(FIELD_TEXT[f].min)).toContain('aanname');
    expect(FIELD_TEXT.mix.note(50)).toBe('(verhouding: aanname, niet in de tekst)');
    // € 14.000 is the bundle's; any other amount per benefit is an assumption
    expect(FIELD_TEXT.kosten.note(14000)).toBe('(bundel)');
    expect(FIELD_TEXT.kosten.note(15000)).toBe('(aanname)');
    const claims = buigWidgetWords.claims!;
    expect(claims.assumes.join(' ')).toContain('tekstregels 4033–4034 en 4136–4140');
    expect(claims.assumes.join(' ')).toMatch(/afgeleid, staat niet in de tekst/);
    expect(claims.doesNotSay.join(' ')).toContain('Staatsblad 2014, 537');
  });
});

describe('buig-verdeling: the bundle’s numbers', () => {
  const figures = new Map(
    readYamlLists(new URL('../../content/figures', import.meta.url).pathname)
      .map(({ file: _f, ...r }) => figureSchema.parse(r))
      .map((f) => [f.id, f]),
  );

  it('come from figure records of ‘Werk aan de winkel’, each value as the record gives it', () => {
    for (const [key, { value, figure }] of Object.entries(BRONCIJFERS)) {
      const record = figures.get(figure);
      expect(record, `${key}: ${figure}`).toBeDefined();
      expect(record!.source.type).toBe('document');
      expect(record!.value, key).toBe(value);
    }
  });

  it('are the ones the widget uses: the default cost, the two thresholds and the 80/20', () => {
    expect(buigState.defaults.kosten).toBe(figures.get('wadw7-kosten-uitkering')!.value);
    expect(buigState.fields.drempel.shape).toEqual({ kind: 'choice', choices: [String(figures.get('wadw7-vangnet-eigen-risico')!.value), String(figures.get('wadw7-vangnet-drempel')!.value)] });
    expect(figures.get('wadw7-voorstel-werkelijke-kosten')!.value + figures.get('wadw7-voorstel-modelmatig')!.value).toBe(100);
  });
});
