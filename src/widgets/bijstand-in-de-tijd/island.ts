// "De bijstand door de jaren heen" in the browser: wires its own controls (series, period, one
// year to read) and the pointer on the chart. The kit (src/lib/client/widget-runtime.ts) does the
// rest: chart, summary, table, links, address. The year a reader points at or focuses is not
// part of the link: it is a reading aid, like a finger on the page.
import { select } from 'd3-selection';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { SERIES_IDS, yearReadout, type SeriesId, type TijdModel, type TijdState } from '../../lib/bijstand-tijd/model.ts';
import { INK } from '../../lib/charts/theme.ts';
import { tijdSpec } from './spec.ts';
import { geometry, TIJD_LAYOUTS } from './view.ts';
import type { LayoutName } from '../../lib/widget-kit/spec.ts';

export default defineIsland(tijdSpec, (ctx) => {
  const { root } = ctx;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-control="reeks"]')];
  const from = root.querySelector<HTMLSelectElement>('select[data-control="van"]')!;
  const to = root.querySelector<HTMLSelectElement>('select[data-control="tot"]')!;
  const yearSelect = root.querySelector<HTMLSelectElement>('select[data-control="jaar"]')!;
  const readout = root.querySelector<HTMLOutputElement>('[data-readout]')!;
  const chart = root.querySelector<HTMLElement>('[data-chart]')!;

  let model: TijdModel | undefined;
  let focused: number | undefined;

  const svg = () => chart.querySelector<SVGSVGElement>('svg[data-layout]');
  function size(el: SVGSVGElement): { width: number; height: number; layout: LayoutName } {
    const layout: LayoutName = el.dataset.layout === 'smal' ? 'smal' : 'breed';
    const box = el.viewBox.baseVal;
    return { width: box?.width || TIJD_LAYOUTS[layout].width, height: box?.height || TIJD_LAYOUTS[layout].height, layout };
  }

  /** Marks the focused year in the chart: a band over the year and its values ringed. */
  function drawFocus(): void {
    const el = svg();
    if (!el || !model) return;
    const layer = select(el).select<SVGGElement>('g.t-focus');
    if (focused === undefined) {
      layer.selectAll('*').remove();
      return;
    }
    const { width, height, layout } = size(el);
    const g = geometry(model, width, height, layout);
    const year = focused;
    layer
      .selectAll('rect')
      .data([year])
      .join('rect')
      .attr('x', g.x(year))
      .attr('width', Math.max(1, g.x(year + 1) - g.x(year)))
      .attr('y', g.top)
      .attr('height', g.bottom - g.top)
      .attr('fill', INK.text)
      .attr('fill-opacity', 0.08)
      .attr('pointer-events', 'none');
    const points = model.series.flatMap((s) => s.points.filter((p) => p.year === year && p.value !== null).map((p) => ({ key: s.meta.id, x: p.x, value: p.value! })));
    layer
      .selectAll('circle')
      .data(points, (d: any) => d.key)
      .join('circle')
      .attr('cx', (d) => g.x(d.x))
      .attr('cy', (d) => g.y(d.value))
      .attr('r', 8)
      .attr('fill', 'none')
      .attr('stroke', INK.text)
      .attr('stroke-width', 2)
      .attr('pointer-events', 'none');
  }

  function focusYear(year: number | undefined): void {
    if (!model) return;
    focused = year === undefined ? undefined : Math.min(model.to, Math.max(model.from, year));
    if (focused !== undefined) {
      readout.textContent = yearReadout(model, focused);
      yearSelect.value = String(focused);
    }
    drawFocus();
  }

  boxes.forEach((box) =>
    box.addEventListener('change', () => {
      const reeks = SERIES_IDS.filter((id) => boxes.some((b) => b.value === id && b.checked)) as SeriesId[];
      if (reeks.length === 0) {
        // at least one series: the last one cannot be switched off
        box.checked = true;
        readout.textContent = 'Er blijft minstens één reeks in beeld.';
        return;
      }
      ctx.set({ ...ctx.state(), reeks });
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
  yearSelect.addEventListener('change', () => focusYear(yearSelect.value === '' ? undefined : Number(yearSelect.value)));

  // Pointing: the year under the pointer (mouse, pen or finger) is read out.
  chart.addEventListener('pointermove', (event) => {
    const el = svg();
    if (!el || !model) return;
    const rect = el.getBoundingClientRect();
    const { width, height, layout } = size(el);
    const g = geometry(model, width, height, layout);
    const px = ((event.clientX - rect.left) / rect.width) * width;
    if (px < g.left || px > g.right) return;
    const year = Math.floor(g.t(px));
    if (year !== focused) focusYear(year);
  });

  // The kit redraws the chart at its new width (a phone turned, a window resized) one frame after
  // the resize: mark the focused year again after that.
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => requestAnimationFrame(() => requestAnimationFrame(drawFocus))).observe(chart);
  }

  return {
    sync(state: TijdState, m: TijdModel) {
      model = m;
      for (const box of boxes) box.checked = state.reeks.includes(box.value as SeriesId);
      from.value = String(state.jaren[0]);
      to.value = String(state.jaren[1]);
      // the years to read out are the years in view
      const [a, b] = state.jaren;
      const years = Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
      const current = [...yearSelect.options].slice(1).map((o) => o.value);
      if (current.join() !== years.join()) {
        const doc = yearSelect.ownerDocument;
        yearSelect.replaceChildren(yearSelect.options[0]!, ...years.map((y) => Object.assign(doc.createElement('option'), { value: y, textContent: y })));
      }
      if (focused !== undefined) focusYear(focused);
      else yearSelect.value = '';
    },
  };
});
