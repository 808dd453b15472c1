// The klantmanager widget, checked against numbers worked out here by hand from its stated
// assumptions (not against the functions that make the table), and its caseloads against the
// figure records they cite. Its released links are in src/widgets/klantmanager/released-links.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { klantmanagerSpec, klantmanagerState, type KlantmanagerState } from '../../src/widgets/klantmanager/spec.ts';
import { klantmanagerWidgetWords } from '../../src/widgets/klantmanager/words.ts';
import { DOCUMENT_CASELOADS } from '../../src/widgets/klantmanager/caseloads.ts';
import { frequencyText } from '../../src/lib/klantmanager/attention.ts';
import { chartSvg, renderState } from '../../src/lib/widget-kit/render.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { figureSchema } from '../../src/lib/figures.ts';
import { parseSvg } from '../helpers/svg.ts';

const def = { spec: klantmanagerSpec, words: klantmanagerWidgetWords };
const table = (s: KlantmanagerState) => renderState(def, s).table.rows.map((r) => r.map((c) => c.text));
const DEFAULTS = { uren: 1440, contact: 40, gesprek: 60 };

describe('klantmanager: what a caseload leaves per client', () => {
  it('matches the hand computation for the default assumptions', () => {
    // 1.440 h × 60 × 40 % = 34.560 contact minutes a year; per client per month 2.880 / caseload,
    // conversations of an hour a year 576 / caseload
    const rows = table({ caseload: 150, ...DEFAULTS });
    expect(rows[0]).toEqual(['Jouw keuze', '150', '19', '3,8', 'jouw instelling']);
    expect(rows.find((r) => r[0] === 'Stockholm, Jobbtorg')).toEqual(['Stockholm, Jobbtorg', '25–30', '96–115', '19,2–23', 'Werkt de zachte hand? (2017)']);
    expect(rows.find((r) => r[0] === 'Rotterdam, ver van werk')!.slice(1, 4)).toEqual(['350', '8,2', '1,6']);
    expect(rows.find((r) => r[0] === 'Nederland, ‘vaak’')!.slice(1, 4)).toEqual(['100–300', '9,6–29', '1,9–5,8']);
  });

  it('matches the hand computation when every assumption is changed', () => {
    // 1.000 h × 60 × 25 % = 15.000 minutes; / 12 / 100 = 12,5 a month; / 30 / 100 = 5 conversations a year
    expect(table({ caseload: 100, uren: 1000, contact: 25, gesprek: 30 })[0]).toEqual(['Jouw keuze', '100', '13', '5', 'jouw instelling']);
    // 2.000 h × 60 × 100 % = 120.000 minutes; / 12 / 500 = 20 a month; / 180 / 500 = 1,33 a year
    expect(table({ caseload: 500, uren: 2000, contact: 100, gesprek: 180 })[0]).toEqual(['Jouw keuze', '500', '20', '1,3', 'jouw instelling']);
  });

  it('shares the contact time out over the caseload for every state', () => {
    const anyState = fc.record({
      caseload: fc.integer({ min: 2, max: 100 }).map((n) => n * 5),
      uren: fc.integer({ min: 20, max: 100 }).map((n) => n * 20),
      contact: fc.integer({ min: 1, max: 20 }).map((n) => n * 5),
      gesprek: fc.integer({ min: 3, max: 36 }).map((n) => n * 5),
    });
    fc.assert(
      fc.property(anyState, (s) => {
        const m = klantmanagerSpec.model(s, undefined);
        const minutes = (s.uren * 60 * (s.contact / 100)) / 12 / s.caseload;
        const perYear = (s.uren * 60 * (s.contact / 100)) / s.gesprek / s.caseload;
        expect(m.minutes).toBeCloseTo(minutes, 9);
        expect(m.perYear).toBeCloseTo(perYear, 9);
        // doubling the caseload halves the attention each client gets
        if (s.caseload <= 250) expect(klantmanagerSpec.model({ ...s, caseload: s.caseload * 2 }, undefined).minutes).toBeCloseTo(minutes / 2, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('says how often a conversation fits in words a reader uses', () => {
    expect(frequencyText(576 / 150)).toBe('eens per 3 maanden');
    expect(frequencyText(576 / 25)).toBe('ongeveer 1,9 keer per maand');
    expect(frequencyText(576 / 50)).toBe('eens per 5 weken');
    expect(frequencyText(12 / 12)).toBe('eens per jaar');
    expect(frequencyText(0.5)).toBe('eens per 2 jaar');
    expect(frequencyText(0.8)).toBe('eens per 1,3 jaar');
  });

  it('writes the summary with the assumptions it used', () => {
    const render = renderState(def, { caseload: 350, ...DEFAULTS });
    expect(render.summary).toContain('Bij 350 cliënten per klantmanager krijgt elke cliënt gemiddeld 8,2 minuten per maand.');
    expect(render.summary).toContain('eens per 7 maanden');
    expect(render.summary).toContain('1.440 werkuren per jaar, 40 procent daarvan voor cliënten, 60 minuten per gesprek');
    expect(render.summary).toContain('aannames');
  });

  it('draws every bar to scale: the reader’s 150 at three tenths of the 500 scale', () => {
    for (const layout of ['smal', 'breed'] as const) {
      const render = renderState(def, { caseload: 150, ...DEFAULTS });
      const svg = parseSvg(chartSvg(def, render, layout, 't'));
      const bar = (key: string) => svg.querySelector(`.km-row-${key} .km-bar`)!;
      const axis = svg.querySelector('.km-axis')!;
      const [x1, x2] = [Number(axis.getAttribute('x1')), Number(axis.getAttribute('x2'))];
      expect(Number(bar('jij').getAttribute('width'))).toBeCloseTo(0.3 * (x2 - x1), 0);
      expect(Number(bar('rotterdam-ver-van-werk').getAttribute('width'))).toBeCloseTo(0.7 * (x2 - x1), 0);
      // a range: solid to 100, outlined on to 300
      const range = svg.querySelector('.km-row-nederland-vaak .km-bar-range')!;
      expect(Number(range.getAttribute('width'))).toBeCloseTo(0.4 * (x2 - x1), 0);
    }
  });
});

describe('klantmanager: the documents’ caseloads', () => {
  const figures = new Map(
    readYamlLists(new URL('../../content/figures', import.meta.url).pathname)
      .map(({ file: _f, ...r }) => figureSchema.parse(r))
      .map((f) => [f.id, f]),
  );

  it('come from figure records with a source, each value and range as the record gives it', () => {
    for (const c of DOCUMENT_CASELOADS) {
      const [lowId, highId] = c.figures;
      const low = figures.get(lowId!);
      expect(low, `${c.key}: ${lowId}`).toBeDefined();
      expect(low!.unit).toBe('clienten-per-klantmanager');
      expect(low!.source.type).toBe('document');
      expect(low!.value, c.key).toBe(c.low);
      if (highId) expect(figures.get(highId)!.value, c.key).toBe(c.high);
      else if (c.high !== undefined) expect(low!.display ?? '', c.key).toMatch(new RegExp(`${c.low}\\s*-\\s*${c.high}`));
      else expect(low!.display ?? '', c.key).not.toMatch(/\d\s*-\s*\d/);
    }
  });

  it('have labels that never read the same', () => {
    const labels = DOCUMENT_CASELOADS.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).not.toContain('Jouw keuze');
  });

  it('include the range the issue names, from 25–30 in Stockholm to 350 in Rotterdam and Amsterdam', () => {
    const values = DOCUMENT_CASELOADS.map((c) => c.low);
    for (const v of [25, 50, 150, 250, 350]) expect(values).toContain(v);
  });

  it('keep every preset on a caseload the documents give, with the default assumptions', () => {
    const documented = new Set(DOCUMENT_CASELOADS.map((c) => c.low));
    for (const [name, p] of Object.entries(klantmanagerState.presets)) {
      expect(documented.has(p.state.caseload!), name).toBe(true);
      expect(Object.keys(p.state), name).toEqual(['caseload']);
    }
  });
});
