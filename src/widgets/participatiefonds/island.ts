// The participatiefonds widget in the browser: wires its cycle choice and sliders, and keeps the
// link to the gordijnbeweging on the chosen year. The kit (src/lib/client/widget-runtime.ts)
// does the rest: chart, summary, table, links, address.
import { snapToStep } from '../../lib/widget-kit/state.ts';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { CYCLI, fondsSpec, type Cyclus } from './spec.ts';
import { FIELD_TEXT, RANGE_FIELDS } from './controls.ts';

export default defineIsland(fondsSpec, (ctx) => {
  const { root } = ctx;
  const cyclus = root.querySelector<HTMLSelectElement>('select[data-control="cyclus"]')!;
  const link = root.querySelector<HTMLAnchorElement>('[data-gordijn-link]')!;
  const inputs = RANGE_FIELDS.map((f) => ({
    f,
    input: root.querySelector<HTMLInputElement>(`input[data-control="${f}"]`)!,
    output: root.querySelector<HTMLOutputElement>(`[data-output="${f}"]`)!,
  }));
  cyclus.addEventListener('change', () => {
    const value = (CYCLI as readonly string[]).includes(cyclus.value) ? (cyclus.value as Cyclus) : 'schets';
    ctx.set({ ...ctx.state(), cyclus: value });
  });
  for (const { f, input } of inputs) {
    input.addEventListener('input', () => {
      ctx.set({ ...ctx.state(), [f]: snapToStep(Number(input.value), FIELD_TEXT[f].step) });
    });
  }
  return {
    sync(state, model) {
      cyclus.value = state.cyclus;
      for (const { f, input, output } of inputs) {
        const value = f === 'stap' ? model.selected.index + 1 : state[f];
        const text = f === 'stap' ? `${model.selected.label} (${model.selected.words})` : FIELD_TEXT[f].value(value);
        if (f === 'stap') input.max = String(model.rows.length);
        input.value = String(value);
        input.setAttribute('aria-valuetext', text);
        output.textContent = text;
      }
      link.href = model.gordijnHref;
    },
  };
});
