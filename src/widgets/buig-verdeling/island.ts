// The buig-verdeling widget in the browser: wires its selects, radio groups and sliders. The kit
// (src/lib/client/widget-runtime.ts) does the rest: chart, summary, table, links, address.
import { snapToStep } from '../../lib/widget-kit/state.ts';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { buigSpec, type BuigState } from './spec.ts';
import { FIELD_TEXT, RANGE_FIELDS } from './controls.ts';

const RADIO_FIELDS = ['drempel', 'basis'] as const;
const SELECT_FIELDS = ['omvang', 'regel'] as const;

export default defineIsland(buigSpec, (ctx) => {
  const { root } = ctx;
  const ranges = RANGE_FIELDS.map((f) => ({
    f,
    input: root.querySelector<HTMLInputElement>(`input[data-control="${f}"]`)!,
    output: root.querySelector<HTMLOutputElement>(`[data-output="${f}"]`)!,
    note: root.querySelector<HTMLOutputElement>(`[data-output="${f}"]`)!.nextElementSibling as HTMLElement,
  }));
  for (const { f, input } of ranges) {
    input.addEventListener('input', () => {
      ctx.set({ ...ctx.state(), [f]: snapToStep(Number(input.value), FIELD_TEXT[f].step) });
    });
  }
  const selects = SELECT_FIELDS.map((f) => ({ f, select: root.querySelector<HTMLSelectElement>(`select[data-control="${f}"]`)! }));
  for (const { f, select } of selects) select.addEventListener('change', () => ctx.set({ ...ctx.state(), [f]: select.value } as BuigState));
  const radios = RADIO_FIELDS.map((f) => ({ f, inputs: [...root.querySelectorAll<HTMLInputElement>(`input[data-control="${f}"]`)] }));
  for (const { f, inputs } of radios) {
    for (const input of inputs) {
      input.addEventListener('change', () => {
        if (input.checked) ctx.set({ ...ctx.state(), [f]: input.value });
      });
    }
  }
  // "Meer aannames en keuzes": a disclosure button for the rest of the controls
  const more = root.querySelector<HTMLButtonElement>('[data-meer]')!;
  const panel = root.querySelector<HTMLElement>(`#${more.getAttribute('aria-controls')}`)!;
  more.addEventListener('click', () => {
    const open = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return {
    sync(state) {
      for (const { f, input, output, note } of ranges) {
        const t = FIELD_TEXT[f];
        input.value = String(state[f]);
        input.setAttribute('aria-valuetext', t.spoken(state[f]));
        output.textContent = t.value(state[f]);
        note.textContent = ` ${t.note(state[f])}`;
      }
      for (const { f, select } of selects) select.value = state[f];
      for (const { f, inputs } of radios) for (const input of inputs) input.checked = input.value === state[f];
    },
  };
});
