// A small data widget made for tests ("proef"): two released data vintages, one figure revised
// between them (394, voorlopig, became 397). The data-vintage tests and the released-links
// suite use it, since no data widget is registered yet.
import * as z from 'zod/mini';
import { numberField, type WidgetStateSpec } from '../../src/lib/widget-kit/state.ts';
import type { WidgetDefinition, WidgetSpec } from '../../src/lib/widget-kit/spec.ts';

export type ProefState = { jaar: number };
export type ProefData = Record<string, number>;
export const PROEF_DATA: Record<string, ProefData> = {
  '2023-03': { '2021': 401, '2022': 394 },
  '2024-03': { '2021': 401, '2022': 397, '2023': 405 },
};
const state: WidgetStateSpec<ProefState> = {
  name: 'proef',
  version: 1,
  schema: z.strictObject({ jaar: z.number() }),
  defaults: { jaar: 2022 },
  fields: { jaar: numberField('jaar', 'jaar', 2021, 2023, 1) },
  presets: { standaard: { label: 'Standaard', description: 'Het jaar 2022.', state: {} }, eerder: { label: 'Eerder', description: 'Het jaar 2021.', state: { jaar: 2021 } } },
};
export const proefSpec: WidgetSpec<ProefState, { value: number | undefined }, { jaar: number; value: number | undefined }, ProefData> = {
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
export const proefWidget: WidgetDefinition = {
  spec: proefSpec,
  words: { heading: 'Proef', intro: 'Een proef.', description: 'Een proefwidget voor de datajaargangen.', lead: 'Proef.', cardText: 'Proef.', loadData: (v) => PROEF_DATA[v]! },
};
