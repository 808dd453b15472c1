// The buig-verdeling widget in the browser: wires its select, radio groups and sliders. The kit
// (src/lib/client/widget-runtime.ts) does the rest: chart, summary, table, links, address.
import { snapToStep } from '../../lib/widget-kit/state.ts';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { buigSpec, type BuigState } from './spec.ts';
import { FIELD_TEXT, RANGE_FIELDS } from './controls.ts';

const RADIO_FIELDS = ['omvang', 'drempel', 'basis'] as const;

export default defineIsland(buigSpec, (ctx) => {
  const { root } = ctx;
  const ranges = RANGE_FIELDS.map((f) => ({
    f,
    input: root.querySelector<HTMLInputElement>(`input[data-control="${f}"]`)!,
    output: root.querySelector<HTMLOutputElement>(`[data-output="${f}"]`)!,
  }));
  for (const { f, input } of ranges) {
    input.addEventListener('input', () => {
      ctx.set({ ...ctx.state(), [f]: snapToStep(Number(input.value), FIELD_TEXT[f].step) });
    });
  }
  const select = root.querySelector<HTMLSelectElement>('select[data-control="regel"]')!;
  select.addEventListener('change', () => ctx.set({ ...ctx.state(), regel: select.value as BuigState['regel'] }));
  const radios = RADIO_FIELDS.map((f) => ({ f, inputs: [...root.querySelectorAll<HTMLInputElement>(`input[data-control="${f}"]`)] }));
  for (const { f, inputs } of radios) {
    for (const input of inputs) {
      input.addEventListener('change', () => {
        if (input.checked) ctx.set({ ...ctx.state(), [f]: input.value });
      });
    }
  }
  return {
    sync(state) {
      for (const { f, input, output } of ranges) {
        const text = FIELD_TEXT[f].value(state[f]);
        input.value = String(state[f]);
        input.setAttribute('aria-valuetext', text);
        output.textContent = text;
      }
      select.value = state.regel;
      for (const { f, inputs } of radios) for (const input of inputs) input.checked = input.value === state[f];
    },
  };
});
