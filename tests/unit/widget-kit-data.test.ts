// The data-vintage contract, on a small data widget made for the tests
// (tests/helpers/data-widget-fixture.ts): a link names the vintage it was made with, every
// released vintage can still be drawn, and a link from before an update shows the numbers it
// showed then.
import { describe, expect, it } from 'vitest';
import { validateWidget } from '../../src/lib/widget-kit/spec.ts';
import { renderState } from '../../src/lib/widget-kit/render.ts';
import { canonicalStatePath } from '../../src/lib/widget-kit/urls.ts';
import { decodeVintage } from '../../src/lib/widget-kit/vintage.ts';
import { proefSpec as spec, proefWidget as def } from '../helpers/data-widget-fixture.ts';

describe('data vintages in the link contract', () => {
  it('the spec is valid', () => {
    expect(validateWidget(def)).toEqual([]);
  });
  it('draws the newest vintage by default, and every link names it', () => {
    const r = renderState(def, { jaar: 2022 });
    expect(r.vintage).toBe('2024-03');
    expect(r.summary).toBe('In 2022: 397.');
    expect(canonicalStatePath(spec.state, r.state, spec.defaultPreset, r.vintageQuery)).toBe('/grafieken/proef/?data=2024-03');
    expect(canonicalStatePath(spec.state, { jaar: 2021 }, spec.defaultPreset, r.vintageQuery)).toBe('/grafieken/proef/eerder/?data=2024-03');
  });
  it('a link made before the update keeps its numbers, and knows newer ones exist', () => {
    const link = '?data=2023-03';
    const choice = decodeVintage(spec.vintages!, link);
    expect(choice.outdated).toBe(true);
    const old = renderState(def, { jaar: 2022 }, choice.vintage.id);
    expect(old.summary).toBe('In 2022: 394.');
    expect(old.table.rows[0]!.map((c) => c.text)).toEqual(['2022', '394']);
    expect(renderState(def, { jaar: 2023 }, '2023-03').summary).toBe('In 2023: geen cijfer.');
  });
  it('refuses a vintage that was never released', () => {
    expect(() => renderState(def, { jaar: 2022 }, '2099-01')).toThrow(/onbekende datajaargang/);
  });
  it('refuses a data widget whose vintages are out of order', () => {
    const shuffled = { ...def, spec: { ...spec, vintages: { released: [...spec.vintages!.released].reverse() } } };
    expect(validateWidget(shuffled).join()).toMatch(/niet van oud naar nieuw/);
  });
});
