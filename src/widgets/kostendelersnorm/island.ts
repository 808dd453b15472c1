// The kostendelersnorm widget in the browser: wires the household radios and the two sliders.
// The kit (src/lib/client/widget-runtime.ts) does the rest: chart, summary, table, links, address.
import { snapToStep } from '../../lib/widget-kit/state.ts';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { kostendelersSpec, type KostendelersState } from './spec.ts';
import { COUNT_FIELDS, FIELD_TEXT } from './controls.ts';

export default defineIsland(kostendelersSpec, (ctx) => {
  const { root } = ctx;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[data-control="huishouden"]')];
  const sliders = COUNT_FIELDS.map((f) => ({
    f,
    input: root.querySelector<HTMLInputElement>(`input[data-control="${f}"]`)!,
    output: root.querySelector<HTMLOutputElement>(`[data-output="${f}"]`)!,
  }));
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (radio.checked) ctx.set({ ...ctx.state(), huishouden: radio.value as KostendelersState['huishouden'] });
    });
  }
  for (const { f, input } of sliders) {
    input.addEventListener('input', () => {
      ctx.set({ ...ctx.state(), [f]: snapToStep(Number(input.value), FIELD_TEXT[f].step) });
    });
  }
  return {
    sync(state) {
      for (const radio of radios) radio.checked = radio.value === state.huishouden;
      for (const { f, input, output } of sliders) {
        const text = FIELD_TEXT[f].value(state[f]);
        input.value = String(state[f]);
        input.setAttribute('aria-valuetext', text);
        output.textContent = text;
      }
    },
  };
});
