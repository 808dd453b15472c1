// The map "Bijstand per gemeente" in the browser: the year, the age group, the search box (ARIA
// APG combobox, list autocomplete without automatic selection), the municipality under the
// pointer, and the table of all municipalities (sort in the link, filter by name). The kit does
// the rest: chart, summary, compact table, links, address.
import { feature } from 'topojson-client';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { sitePath } from '../../lib/site-path.ts';
import { allMunicipalities, AGE_WORDS, formatDensity, formatNumber, inPolygons, MARKED_CITIES } from '../../lib/bijstand-gemeenten/model.ts';
import { gemeenteSpec, SORT_COLUMNS, SORT_LABELS, type FullRow, type GemeenteModel, type GemeenteState, type SortColumn } from './spec.ts';
import { MAP_SCALE, mapFrame, outlineOf } from './view.ts';

const MAX_OPTIONS = 12;
const signed = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
/** lower case without accents, so that "sudwest" finds "Súdwest-Fryslân" */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const markedHref = new Map(MARKED_CITIES.map((c) => [c.code, sitePath(c.href)]));

export default defineIsland(gemeenteSpec, (ctx) => {
  const { root } = ctx;
  const q = <E extends Element>(s: string) => root.querySelector<E>(s)!;
  const slider = q<HTMLInputElement>('input[data-control="jaar"]');
  const output = q<HTMLOutputElement>('[data-output]');
  const age = q<HTMLSelectElement>('select[data-control="leeftijd"]');
  const box = q<HTMLInputElement>('input[data-control="gemeente"]');
  const list = q<HTMLUListElement>('[role="listbox"]');
  const clear = q<HTMLButtonElement>('[data-clear]');
  const pointerInfo = q<HTMLElement>('[data-pointer-info]');
  // the table of all municipalities stands under the widget on its own pages (Extras.astro)
  const details = root.dataset.mode === 'page' ? document.querySelector<HTMLDetailsElement>('details[data-all-table]') : null;
  const all = details ? buildAllTable(details, ctx) : undefined;
  const chart = q<HTMLElement>('[data-chart]');
  let model: GemeenteModel | undefined;

  // --- year and age group ---------------------------------------------------------------
  slider.addEventListener('input', () => ctx.set({ ...ctx.state(), jaar: Number(slider.value) }));
  age.addEventListener('change', () => ctx.set({ ...ctx.state(), leeftijd: age.value as GemeenteState['leeftijd'] }));

  // --- the search box -------------------------------------------------------------------
  let options: { code: string; naam: string; label: string; key: string }[] = [];
  let shown: typeof options = [];
  let active = -1;
  function ensureOptions(): void {
    if (options.length || !model) return;
    options = allMunicipalities(model.data).map((m) => {
      const label = m.years.length === 3 ? m.naam : `${m.naam} (${m.years[0] === 2015 ? `tot ${m.years.at(-1)! + 1}` : `vanaf ${m.years[0]}`})`;
      return { code: m.code, naam: m.naam, label, key: fold(m.naam) };
    });
  }
  function openList(text: string): void {
    ensureOptions();
    const t = fold(text.trim());
    const starts = options.filter((o) => o.key.startsWith(t));
    const contains = t ? options.filter((o) => !o.key.startsWith(t) && o.key.includes(t)) : [];
    shown = [...starts, ...contains].slice(0, MAX_OPTIONS);
    active = -1;
    list.replaceChildren(
      ...shown.map((o, i) => {
        const li = document.createElement('li');
        li.id = `${box.id}-optie-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = o.label;
        li.addEventListener('pointerdown', (e) => e.preventDefault()); // keep focus in the box
        li.addEventListener('click', () => choose(o.code, o.naam));
        return li;
      }),
    );
    if (shown.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'Geen gemeente gevonden';
      li.setAttribute('aria-disabled', 'true');
      li.setAttribute('role', 'option');
      list.append(li);
    }
    list.hidden = false;
    box.setAttribute('aria-expanded', 'true');
    box.removeAttribute('aria-activedescendant');
  }
  function closeList(): void {
    list.hidden = true;
    box.setAttribute('aria-expanded', 'false');
    box.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function highlight(i: number): void {
    const items = [...list.querySelectorAll<HTMLLIElement>('li[id]')];
    if (items.length === 0) return;
    active = (i + items.length) % items.length;
    items.forEach((li, k) => li.setAttribute('aria-selected', String(k === active)));
    box.setAttribute('aria-activedescendant', items[active]!.id);
    items[active]!.scrollIntoView({ block: 'nearest' });
  }
  function choose(code: string, naam: string): void {
    box.value = naam;
    closeList();
    ctx.set({ ...ctx.state(), gemeente: [code] });
  }
  box.addEventListener('input', () => openList(box.value));
  box.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) openList(box.value);
      highlight(active < 0 ? (e.key === 'ArrowDown' ? 0 : -1) : active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      const pick = active >= 0 ? shown[active] : shown.length === 1 ? shown[0] : undefined;
      if (open && pick) {
        e.preventDefault();
        choose(pick.code, pick.naam);
      }
    } else if (e.key === 'Escape') {
      if (open) closeList();
      else box.value = '';
    }
  });
  box.addEventListener('blur', () => closeList());
  clear.addEventListener('click', () => {
    box.value = '';
    ctx.set({ ...ctx.state(), gemeente: [] });
    box.focus();
  });

  // --- the municipality under the pointer (a click chooses it) -----------------------------
  let shapes: { key: string; list: { code: string; polygons: number[][][][] }[] } | undefined;
  function shapesFor(m: GemeenteModel) {
    if (shapes?.key === String(m.year)) return shapes.list;
    const list = m.geometries.map((g) => {
      const geo = (feature(m.data.topology as never, g as never) as unknown as { geometry: { type: string; coordinates: unknown } }).geometry;
      return { code: String(g.id), polygons: (geo.type === 'Polygon' ? [geo.coordinates] : geo.coordinates) as number[][][][] };
    });
    shapes = { key: String(m.year), list };
    return list;
  }
  function placeAt(e: PointerEvent): string | undefined {
    const svg = chart.querySelector<SVGSVGElement>('svg');
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm || !model) return undefined;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const frame = mapFrame(svg.dataset.layout === 'breed' ? 'breed' : 'smal', svg.viewBox.baseVal.width);
    const x = (p.x - frame.x) / frame.k / MAP_SCALE;
    const y = (p.y - frame.y) / frame.k / MAP_SCALE;
    return shapesFor(model).find((s) => inPolygons(x, y, s.polygons))?.code;
  }
  let hovered: string | undefined;
  function showPointer(code: string | undefined): void {
    if (code === hovered || !model) return;
    hovered = code;
    const outline = chart.querySelector('path.aanwijzing');
    outline?.setAttribute('d', outlineOf(model, code));
    const p = code ? model.places.find((x) => x.code === code) : undefined;
    pointerInfo.hidden = !p;
    pointerInfo.textContent = p ? `${p.naam}: ${formatDensity(p.dichtheid)} per 1.000 inwoners ${AGE_WORDS[model.age]} (${formatNumber(p.ontvangers)} personen), eind ${model.year}.` : '';
  }
  chart.addEventListener('pointermove', (e) => showPointer(placeAt(e)));
  chart.addEventListener('pointerleave', () => showPointer(undefined));
  chart.addEventListener('click', (e) => {
    const code = placeAt(e);
    const p = code && model?.places.find((x) => x.code === code);
    if (p) choose(p.code, p.naam);
  });

  // --- the table of all municipalities --------------------------------------------------------
  function writeAll(m: GemeenteModel, state: GemeenteState): void {
    if (!all || !details) return;
    const { filter, count, body, caption: allCaption } = all;
    const t = fold(filter.value.trim());
    const every = m.allRows();
    const rows = t ? every.filter((r) => fold(r.naam).includes(t)) : every;
    allCaption.textContent = `Alle ${m.places.length} gemeenten, eind december ${m.year}: bijstandsontvangers en inwoners ${AGE_WORDS[m.age]}. Verschil met 2015: berekend uit de CBS-cijfers, alleen voor gemeenten die sinds 2015 niet zijn samengevoegd.`;
    count.textContent = t ? `${rows.length} van de ${m.places.length} gemeenten.` : '';
    body.replaceChildren(...rows.map(rowElement));
    for (const th of details.querySelectorAll<HTMLElement>('[data-sort-head]')) {
      const c = th.dataset.sortHead as SortColumn;
      const on = state.sorteer.column === c;
      if (on) th.setAttribute('aria-sort', state.sorteer.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
      th.querySelector('.sr-only')!.textContent = on ? `, gesorteerd ${state.sorteer.descending ? 'aflopend' : 'oplopend'}` : '';
    }
  }
  function rowElement(r: FullRow): HTMLTableRowElement {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    const href = markedHref.get(r.code);
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = r.naam;
      th.append(a);
    } else th.textContent = r.naam;
    tr.append(th);
    for (const text of [formatNumber(r.inwoners), formatNumber(r.ontvangers), formatDensity(r.dichtheid), r.verschil === undefined ? '–' : signed.format(r.verschil)]) {
      const td = document.createElement('td');
      td.className = 'num';
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  }
  details?.addEventListener('toggle', () => {
    if (details.open && model) writeAll(model, ctx.state());
  });
  all?.filter.addEventListener('input', () => model && writeAll(model, ctx.state()));

  return {
    sync(state, m) {
      model = m;
      slider.value = String(state.jaar);
      slider.setAttribute('aria-valuetext', `eind december ${state.jaar}`);
      output.textContent = `eind ${state.jaar}`;
      age.value = state.leeftijd;
      if (document.activeElement !== box) box.value = m.selection?.askedName ?? '';
      clear.hidden = !m.selection;
      if (hovered) {
        const again = hovered;
        hovered = undefined;
        showPointer(again);
      }
      if (details?.open) writeAll(m, state);
    },
  };
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

/**
 * The table of all municipalities: a filter by name, and column heads that sort (their state is
 * the link's `sorteer`). Built once, inside the <details> of Controls.astro.
 */
function buildAllTable(details: HTMLDetailsElement, ctx: { state(): GemeenteState; set(s: GemeenteState): void }) {
  const id = details.dataset.id!;
  const filter = el('input', { id: `${id}-filter`, type: 'search', autocomplete: 'off' });
  const count = el('p', { className: 'gemeente-telling' });
  count.setAttribute('aria-live', 'polite');
  const caption = el('caption', { id: `${id}-bijschrift` });
  const heads = SORT_COLUMNS.map((c) => {
    const state = el('span', { className: 'sr-only' });
    const button = el('button', { type: 'button', className: 'gemeente-sorteer' }, SORT_LABELS[c].charAt(0).toUpperCase() + SORT_LABELS[c].slice(1), state);
    button.addEventListener('click', () => {
      const now = ctx.state().sorteer;
      const descending = now.column === c ? !now.descending : c !== 'naam';
      ctx.set({ ...ctx.state(), sorteer: { column: c, descending } });
    });
    const th = el('th', { scope: 'col', className: c === 'naam' ? '' : 'num' }, button);
    th.dataset.sortHead = c;
    return th;
  });
  const body = el('tbody');
  const scroll = el('div', { className: 'table-scroll', tabIndex: 0 }, el('table', {}, caption, el('thead', {}, el('tr', {}, ...heads)), body));
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-labelledby', caption.id);
  details.append(el('div', { className: 'control' }, el('label', { htmlFor: filter.id }, 'Toon alleen gemeenten met in de naam'), filter), count, scroll);
  return { filter, count, body, caption };
}
