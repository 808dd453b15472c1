// The data-vintage contract, on a small data widget made for this test: a link names the vintage
// it was made with, every released vintage can still be drawn, and a link from before an update
// shows the numbers it showed then.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { numberField, type WidgetStateSpec } from '../../src/lib/widget-kit/state.ts';
import { validateWidget, type WidgetDefinition, type WidgetSpec } from '../../src/lib/widget-kit/spec.ts';
import { renderState } from '../../src/lib/widget-kit/render.ts';
import { canonicalStatePath } from '../../src/lib/widget-kit/urls.ts';
import { decodeVintage } from '../../src/lib/widget-kit/vintage.ts';

type State = { jaar: number };
type Data = Record<string, number>;
const DATA: Record<string, Data> = {
  // a figure that was revised: 394 (voorlopig) became 397
  '2023-03': { '2021': 401, '2022': 394 },
  '2024-03': { '2021': 401, '2022': 397, '2023': 405 },
};
const state: WidgetStateSpec<State> = {
  name: 'proef',
  version: 1,
  schema: z.strictObject({ jaar: z.number() }),
  defaults: { jaar: 2022 },
  fields: { jaar: numberField('jaar', 'jaar', 2021, 2023, 1) },
  presets: { standaard: { label: 'Standaard', description: 'Het jaar 2022.', state: {} }, eerder: { label: 'Eerder', description: 'Het jaar 2021.', state: { jaar: 2021 } } },
};
const spec: WidgetSpec<State, { value: number | undefined }, { jaar: number; value: number | undefined }, Data> = {
  name: 'proef',
  title: 'Proef',
  kind: 'data',
  state,
  defaultPreset: 'standaard',
  vintages: {
    released: [
      { id: '2023-03', label: 'stand maart 2023', released: '2023-03-15' },
      { id: '2024-03', label: 'stand maart 2024', released: '2024-03-15' },
    ],
  },
  model: (s, data) => ({ value: data[String(s.jaar)] }),
  view: { layouts: { smal: { width: 340, height: 200 }, breed: { width: 640, height: 300 } }, render: () => {} },
  summary: (s, m) => `In ${s.jaar}: ${m.value ?? 'geen cijfer'}.`,
  table: { caption: () => 'Proef', rows: (s, m) => [{ jaar: s.jaar, value: m.value }], columns: [{ header: 'Jaar', rowHeader: true, format: (r) => String(r.jaar) }, { header: 'Aantal', unit: 'duizend', numeric: true, format: (r) => String(r.value ?? '–') }] },
  stateTitle: (s) => `Proef ${s.jaar}`,
  stateWords: (s) => `Jaar ${s.jaar}.`,
  source: 'Een bron',
  unit: 'duizend personen',
  licence: 'CC BY 4.0',
};
const def: WidgetDefinition = {
  spec,
  words: { heading: 'Proef', intro: 'Een proef.', description: 'Een proefwidget voor de datajaargangen.', lead: 'Proef.', cardText: 'Proef.', loadData: (v) => DATA[v]! },
};

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
