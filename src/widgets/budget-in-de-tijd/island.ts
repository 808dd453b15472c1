// "Het geld door de jaren" in the browser: wires its own controls (panel, stages, unit, period).
// The kit (src/lib/client/widget-runtime.ts) does the rest: chart, summary, table, links, address.
// Switching the panel opens that panel's own years, as its preset does.
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { FASEN, PANEL_YEARS, type BudgetModel, type BudgetState, type Eenheid, type Fase, type Paneel } from '../../lib/budget-tijd/model.ts';
import { budgetSpec } from './spec.ts';

export default defineIsland(budgetSpec, (ctx) => {
  const { root } = ctx;
  const panels = [...root.querySelectorAll<HTMLInputElement>('input[data-control="paneel"]')];
  const stages = [...root.querySelectorAll<HTMLInputElement>('input[data-control="fase"]')];
  const stageSet = root.querySelector<HTMLFieldSetElement>('fieldset[data-fasen]')!;
  const units = [...root.querySelectorAll<HTMLInputElement>('input[data-control="eenheid"]')];
  const from = root.querySelector<HTMLSelectElement>('select[data-control="van"]')!;
  const to = root.querySelector<HTMLSelectElement>('select[data-control="tot"]')!;
  const readout = root.querySelector<HTMLOutputElement>('[data-readout]')!;

  panels.forEach((radio) =>
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      const paneel = radio.value as Paneel;
      ctx.set({ ...ctx.state(), paneel, jaren: [...PANEL_YEARS[paneel]] as [number, number] });
    }),
  );
  stages.forEach((box) =>
    box.addEventListener('change', () => {
      const fase = FASEN.filter((f) => stages.some((b) => b.value === f && b.checked)) as Fase[];
      if (fase.length === 0) {
        // at least one stage: the last one cannot be switched off
        box.checked = true;
        readout.textContent = 'Er blijft minstens één fase in beeld.';
        return;
      }
      readout.textContent = '';
      ctx.set({ ...ctx.state(), fase });
    }),
  );
  units.forEach((radio) =>
    radio.addEventListener('change', () => {
      if (radio.checked) ctx.set({ ...ctx.state(), eenheid: radio.value as Eenheid });
    }),
  );
  function setPeriod(changed: 'van' | 'tot'): void {
    let a = Number(from.value);
    let b = Number(to.value);
    // the other end follows, so that the period never runs backwards
    if (a > b) {
      if (changed === 'van') b = a;
      else a = b;
    }
    ctx.set({ ...ctx.state(), jaren: [a, b] });
  }
  from.addEventListener('change', () => setPeriod('van'));
  to.addEventListener('change', () => setPeriod('tot'));

  return {
    sync(state: BudgetState, _m: BudgetModel) {
      for (const r of panels) r.checked = r.value === state.paneel;
      for (const b of stages) b.checked = state.fase.includes(b.value as Fase);
      stageSet.disabled = state.paneel !== 'buig';
      for (const r of units) r.checked = r.value === state.eenheid;
      from.value = String(state.jaren[0]);
      to.value = String(state.jaren[1]);
    },
  };
});
