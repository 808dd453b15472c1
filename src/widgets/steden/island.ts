// "Gemeenten kiezen hun eigen weg" in the browser: wires its own controls (cities, aspects, sort).
// The kit (src/lib/client/widget-runtime.ts) does the rest: chart, summary, table, links, address.
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { ASPECTEN, type Aspect, type SortColumn, type StedenModel, type StedenState } from '../../lib/steden/model.ts';
import { CITY_IDS, stedenSpec, type CityId } from './spec.ts';

export default defineIsland(stedenSpec, (ctx) => {
  const { root } = ctx;
  const cities = [...root.querySelectorAll<HTMLInputElement>('input[data-control="stad"]')];
  const aspects = [...root.querySelectorAll<HTMLInputElement>('input[data-control="onderwerp"]')];
  const sort = root.querySelector<HTMLSelectElement>('select[data-control="sorteer"]')!;
  const direction = root.querySelector<HTMLSelectElement>('select[data-control="richting"]')!;
  const readout = root.querySelector<HTMLOutputElement>('[data-readout]')!;
  const cityCount = root.querySelector<HTMLElement>('[data-count="stad"]');
  const aspectCount = root.querySelector<HTMLElement>('[data-count="onderwerp"]');

  /** The checked values in their fixed order; at least one stays checked. */
  function checked<T extends string>(boxes: HTMLInputElement[], order: readonly T[], box: HTMLInputElement, what: string): T[] | undefined {
    const values = order.filter((v) => boxes.some((b) => b.value === v && b.checked));
    if (values.length === 0) {
      box.checked = true;
      readout.textContent = `Er blijft minstens één ${what} in beeld.`;
      return undefined;
    }
    readout.textContent = '';
    return values;
  }

  // the two choosers open and close under their button
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-toggle]')) {
    const list = root.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`);
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      if (list) list.hidden = !open;
    });
  }

  cities.forEach((box) =>
    box.addEventListener('change', () => {
      const steden = checked<CityId>(cities, CITY_IDS, box, 'stad');
      if (steden) ctx.set({ ...ctx.state(), steden });
    }),
  );
  aspects.forEach((box) =>
    box.addEventListener('change', () => {
      const aspecten = checked<Aspect>(aspects, ASPECTEN, box, 'onderwerp');
      if (aspecten) ctx.set({ ...ctx.state(), aspecten });
    }),
  );
  const setSort = () => ctx.set({ ...ctx.state(), sorteer: { column: sort.value as SortColumn, descending: direction.value === 'af' } });
  sort.addEventListener('change', setSort);
  direction.addEventListener('change', setSort);

  return {
    sync(state: StedenState, _m: StedenModel) {
      for (const b of cities) b.checked = state.steden.includes(b.value);
      for (const b of aspects) b.checked = state.aspecten.includes(b.value as Aspect);
      sort.value = state.sorteer.column;
      direction.value = state.sorteer.descending ? 'af' : 'op';
      if (cityCount) cityCount.textContent = `(${state.steden.length} gekozen)`;
      if (aspectCount) aspectCount.textContent = `(${state.aspecten.length} gekozen)`;
    },
  };
});
