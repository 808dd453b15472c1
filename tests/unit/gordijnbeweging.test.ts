// The gordijnbeweging on the kit, checked against computations made here from the stated
// assumptions (not against the functions that produce the table). Its released links are in
// src/widgets/gordijnbeweging/released-links.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gordijnSpec, gordijnState, type GordijnState } from '../../src/widgets/gordijnbeweging/spec.ts';
import { gordijnWords } from '../../src/widgets/gordijnbeweging/words.ts';
import { chartSvg, renderState } from '../../src/lib/widget-kit/render.ts';
import { presetFilePath, presetPagePath, stateFileBase } from '../../src/lib/widget-kit/urls.ts';
import { parseSvg } from '../helpers/svg.ts';

const def = { spec: gordijnSpec, words: gordijnWords };

/**
 * What the chart must show, computed by hand from the assumptions the claims panel states: the
 * public curtain's edge at 15 moving 6 points per unit of cycle, the market curtain's at 60
 * moving 15, and a fund that keeps the public curtain from retreating below 15.
 */
function expected(state: GordijnState) {
  const c = state.conjunctuur / 100;
  const publicEdge = Math.round(100 * (state.fonds ? Math.max(0.15 + 0.06 * c, 0.15) : 0.15 + 0.06 * c));
  const marketEdge = Math.round(100 * (0.6 - 0.15 * c));
  return {
    publicEdge,
    marketEdge,
    rows: [
      ['Publieke voorzieningen', 0, publicEdge, publicEdge, publicEdge - 15],
      ['Kwetsbare groep in het midden', publicEdge, marketEdge, marketEdge - publicEdge, marketEdge - publicEdge - 45],
      ['Reguliere arbeidsmarkt', marketEdge, 100, 100 - marketEdge, 100 - marketEdge - 40],
    ],
  };
}

const anyState = fc.record({ conjunctuur: fc.integer({ min: -20, max: 20 }).map((n) => n * 5), fonds: fc.boolean() });
const num = (text: string) => Number(text.replace('−', '-').replace('+', ''));

describe('gordijnbeweging table', () => {
  it('matches the hand computation for the four presets', () => {
    // written out once, so that a wrong formula anywhere shows here
    const table = (s: GordijnState) => renderState(def, s).table.rows.map((r) => r.map((c) => c.text));
    expect(table({ conjunctuur: 0, fonds: false })).toEqual([
      ['Publieke voorzieningen', '0', '15', '15', '0'],
      ['Kwetsbare groep in het midden', '15', '60', '45', '0'],
      ['Reguliere arbeidsmarkt', '60', '100', '40', '0'],
    ]);
    expect(table({ conjunctuur: -100, fonds: false })).toEqual([
      ['Publieke voorzieningen', '0', '9', '9', '-6'],
      ['Kwetsbare groep in het midden', '9', '75', '66', '+21'],
      ['Reguliere arbeidsmarkt', '75', '100', '25', '-15'],
    ]);
    expect(table({ conjunctuur: -100, fonds: true })).toEqual([
      ['Publieke voorzieningen', '0', '15', '15', '0'],
      ['Kwetsbare groep in het midden', '15', '75', '60', '+15'],
      ['Reguliere arbeidsmarkt', '75', '100', '25', '-15'],
    ]);
    expect(table({ conjunctuur: 100, fonds: false })).toEqual([
      ['Publieke voorzieningen', '0', '21', '21', '+6'],
      ['Kwetsbare groep in het midden', '21', '45', '24', '-21'],
      ['Reguliere arbeidsmarkt', '45', '100', '55', '+15'],
    ]);
  });

  it('matches the hand computation for every state', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const rows = renderState(def, state).table.rows.map((r) => [r[0]!.text, ...r.slice(1).map((c) => num(c.text))]);
        expect(rows).toEqual(expected(state).rows);
      }),
      { numRuns: 200 },
    );
  });
});

describe('gordijnbeweging chart', () => {
  /** Reads a position on the 0–100 scale back from the drawing. */
  function drawn(state: GordijnState, layout: 'smal' | 'breed') {
    const render = renderState(def, state);
    const svg = parseSvg(chartSvg(def, render, layout, 't'));
    const { width } = gordijnSpec.view.layouts[layout];
    const band = svg.querySelector('.g-band')!;
    const x0 = Number(band.getAttribute('x'));
    const span = Number(band.getAttribute('width'));
    expect(x0 + span).toBeLessThanOrEqual(width);
    const toScale = (px: number) => ((px - x0) / span) * 100;
    const attr = (cls: string, a: string) => Number(svg.querySelector(`.${cls}`)!.getAttribute(a));
    return {
      publicEdge: toScale(attr('g-curtain-publiek', 'x') + attr('g-curtain-publiek', 'width')),
      publicStart: toScale(attr('g-curtain-publiek', 'x')),
      marketEdge: toScale(attr('g-curtain-markt', 'x')),
      marketEnd: toScale(attr('g-curtain-markt', 'x') + attr('g-curtain-markt', 'width')),
      middleFrom: toScale(attr('g-middle', 'x')),
      middleTo: toScale(attr('g-middle', 'x') + attr('g-middle', 'width')),
      label: svg.querySelector('.g-middle-label')!.textContent,
    };
  }

  it('draws each curtain where the table says, in both layouts, for every state', () => {
    fc.assert(
      fc.property(anyState, fc.constantFrom('smal' as const, 'breed' as const), (state, layout) => {
        const want = expected(state);
        const got = drawn(state, layout);
        expect(got.publicStart).toBeCloseTo(0, 0);
        expect(Math.abs(got.publicEdge - want.publicEdge)).toBeLessThan(0.6);
        expect(Math.abs(got.marketEdge - want.marketEdge)).toBeLessThan(0.6);
        expect(got.marketEnd).toBeCloseTo(100, 0);
        expect(Math.abs(got.middleFrom - want.publicEdge)).toBeLessThan(0.6);
        expect(Math.abs(got.middleTo - want.marketEdge)).toBeLessThan(0.6);
        expect(got.label).toContain(`Kwetsbare groep: ${want.marketEdge - want.publicEdge} punten`);
      }),
      { numRuns: 100 },
    );
  });
});

describe('gordijnbeweging words', () => {
  it('says the state, with units, in the summary, the title and the state line', () => {
    const r = renderState(def, { conjunctuur: -35, fonds: true });
    expect(r.summary).toBe(
      'Laagconjunctuur, met participatiefonds. De kwetsbare groep in het midden is 50 punten breed, 5 punten breder dan normaal. Het fonds houdt het publieke gordijn op zijn plaats. Het gordijn van de markt trekt zich wel terug. De posities zijn aannames van deze schets, op een schaal van loonwaarde van 0 tot 100.',
    );
    expect(renderState(def, { conjunctuur: 0, fonds: false }).summary).toContain('45 punten breed, even breed als normaal.');
    expect(renderState(def, { conjunctuur: 100, fonds: false }).summary).toContain('24 punten breed, 21 punten smaller dan normaal. Beide gordijnen schuiven naar binnen.');
    expect(r.title).toBe('De gordijnbeweging: laagconjunctuur (-35), met participatiefonds');
    expect(r.words).toBe('Conjunctuur: laagconjunctuur (-35 op een schaal van -100 tot 100), met participatiefonds.');
    expect(renderState(def, { conjunctuur: -100, fonds: true }).title).toBe('De gordijnbeweging: crisis met participatiefonds');
    expect(renderState(def, { conjunctuur: 0, fonds: false }).title).toBe('De gordijnbeweging');
  });
});

// The released links and the share and embed links the site writes are pinned in
// src/widgets/gordijnbeweging/released-links.ts (checked by tests/unit/released-links.test.ts).
describe('gordijnbeweging files and pages', () => {
  it('keeps the paths of its preset pages and the names of its files', () => {
    expect(presetPagePath('gordijnbeweging', 'hoogconjunctuur', 'normaal')).toBe('/grafieken/gordijnbeweging/hoogconjunctuur/');
    expect(presetPagePath('gordijnbeweging', 'normaal', 'normaal')).toBe('/grafieken/gordijnbeweging/');
    expect(presetFilePath('gordijnbeweging', 'normaal', 'svg')).toBe('/grafieken/gordijnbeweging/bestanden/normaal.svg');
    expect(presetFilePath('gordijnbeweging', 'crisis-met-fonds', 'voorbeeld.png')).toBe('/grafieken/gordijnbeweging/bestanden/crisis-met-fonds-voorbeeld.png');
    expect(stateFileBase(gordijnState, { conjunctuur: 40, fonds: false })).toBe('gordijnbeweging-conjunctuur-40');
  });
});
