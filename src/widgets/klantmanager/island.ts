// The klantmanager widget in the browser: wires its four sliders. The kit
// (src/lib/client/widget-runtime.ts) does the rest: chart, summary, table, links, address.
import { snapToStep } from '../../lib/widget-kit/state.ts';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { klantmanagerSpec } from './spec.ts';
import { FIELD_TEXT, type KlantmanagerField } from './controls.ts';

const FIELDS: KlantmanagerField[] = ['caseload', 'uren', 'contact', 'gesprek'];

export default defineIsland(klantmanagerSpec, (ctx) => {
  const { root } = ctx;
  const inputs = FIELDS.map((f) => ({
    f,
    input: root.querySelector<HTMLInputElement>(`input[data-control="${f}"]`)!,
    output: root.querySelector<HTMLOutputElement>(`[data-output="${f}"]`)!,
  }));
  for (const { f, input } of inputs) {
    input.addEventListener('input', () => {
      ctx.set({ ...ctx.state(), [f]: snapToStep(Number(input.value), FIELD_TEXT[f].step) });
    });
  }
  return {
    sync(state) {
      for (const { f, input, output } of inputs) {
        const text = FIELD_TEXT[f].value(state[f]);
        input.value = String(state[f]);
        input.setAttribute('aria-valuetext', text);
        output.textContent = text;
      }
    },
  };
});
