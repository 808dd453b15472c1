// The widget kit in the browser: takes over the static chart of one widget instance and keeps
// everything around it in step with the state: the chart (redrawn at the width it really has),
// the live summary, the table, the marked preset, the page title, the share bar, the address
// bar and, in an embed, the link back. A widget only binds its own controls (`Island.bind`).
//
// Modes (data-mode on the widget's root):
// - "page": the widget's own page or a preset page; the address becomes the canonical link;
// - "chapter": a widget inside a page of text; it reads and writes only its own namespaced
//   parameters (`?<namespace>.<param>=`), so several widgets on one page never read each other's;
// - "embed": the embed page; parameters without namespace, a compact frame, a link back.
import { sitePath } from '../site-path.ts';
import { instanceQuery, matchingPreset, presetState, sameState, stateQuery } from '../widget-kit/state.ts';
import { decodeLink, type DecodedLink } from '../widget-kit/link.ts';
import { canonicalStatePath, embedStatePath, joinQuery, stateFileBase } from '../widget-kit/urls.ts';
import { LAYOUT_BREAKPOINT, type LayoutName, type WidgetSpec } from '../widget-kit/spec.ts';
import { tableCells, tableCsv } from '../widget-kit/table.ts';
import { outdatedMessage, vintageDataPath, vintageQuery, type VintageChoice } from '../widget-kit/vintage.ts';
import { standaloneSvg } from '../widget-kit/standalone.ts';
import { wireShareBar } from './share.ts';
import { SITE_NAME } from '../site.ts';

export interface ApplyOptions {
  /** write the state to the address bar once the reader pauses (default true) */
  writeUrl?: boolean;
  /** update the live summary (default true); an animation keeps it quiet until it ends */
  announce?: boolean;
}

export interface ControlsContext<S> {
  root: HTMLElement;
  /** the prefix of this instance's element ids */
  idPrefix: string;
  state(): S;
  set(next: S, options?: ApplyOptions): void;
}

export interface Island<S extends Record<string, unknown>, M> {
  spec: WidgetSpec<S, M, any, any>;
  /** wires the widget's own controls; `sync` puts them in step after any state change */
  bind(ctx: ControlsContext<S>): { sync(state: S, model: M): void };
  /** takes over one instance of the widget (the kit's runtime, loaded with the island) */
  hydrate(root: HTMLElement): Promise<void>;
}

/** For a widget's island.ts: `export default defineIsland(spec, bind)`. */
export function defineIsland<S extends Record<string, unknown>, M>(spec: WidgetSpec<S, M, any, any>, bind: Island<S, M>['bind']): Island<S, M> {
  const island: Island<S, M> = { spec, bind, hydrate: (root) => hydrateWidget(root, island) };
  return island;
}

/**
 * The address bar and the share bar follow the state after the reader pauses: Chromium throttles
 * history.replaceState when it is called on every step of a dragged slider.
 */
const SETTLE_MS = 150;

function layoutFor(width: number): LayoutName {
  return width < LAYOUT_BREAKPOINT ? 'smal' : 'breed';
}

export async function hydrateWidget<S extends Record<string, unknown>, M>(root: HTMLElement, island: Island<S, M>): Promise<void> {
  if (root.dataset.hydrated) return;
  root.dataset.hydrated = 'pending';
  const { spec } = island;
  const stateSpec = spec.state;
  const mode = root.dataset.mode === 'chapter' ? 'chapter' : root.dataset.mode === 'embed' ? 'embed' : 'page';
  const namespace = mode === 'chapter' ? root.dataset.namespace || spec.name : undefined;
  const idPrefix = root.dataset.idPrefix ?? spec.name;
  const basePreset = root.dataset.preset ?? spec.defaultPreset;
  const initial: S = presetState(stateSpec, basePreset) ?? stateSpec.defaults;

  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  const notice = $<HTMLElement>('[data-notice]')!;
  const chart = $<HTMLElement>('[data-chart]')!;
  const summary = $<HTMLElement>('[data-summary]')!;
  const tbody = $<HTMLTableSectionElement>('[data-table] tbody');
  const caption = $<HTMLElement>('[data-table] caption');
  const fullLink = $<HTMLAnchorElement>('[data-full-link]');
  const vintageNotice = $<HTMLElement>('[data-vintage-notice]');

  // --- what the link asks for -------------------------------------------------------------
  const search = window.location.search;
  // On a page with only this widget, a chapter link written before namespaces existed still opens.
  const alone = document.querySelectorAll('[data-widget]').length === 1;
  // the state and, for a data widget, the vintage the link names (every released one is in the build)
  const decoded: DecodedLink<S> = decodeLink(spec, search, { namespace, acceptBare: alone, basePreset });
  const messages = decoded.notices.map((n) => n.text);
  const vintage: VintageChoice | undefined = decoded.vintage;
  let data: unknown;
  if (vintage) {
    try {
      const response = await fetch(vintageDataPath(spec.name, vintage.vintage.id));
      if (!response.ok) throw new Error(String(response.status));
      data = await response.json();
    } catch {
      notice.textContent = 'De cijfers voor de grafiek konden niet worden geladen; je ziet de vaste weergave.';
      notice.hidden = false;
      delete root.dataset.hydrated;
      return;
    }
  }
  const vintageExtra = () => (vintage ? vintageQuery(vintage.vintage, namespace) : '');
  const bareVintageExtra = () => (vintage ? vintageQuery(vintage.vintage) : '');

  if (messages.length > 0) {
    notice.textContent = messages.join(' ');
    notice.hidden = false;
  }

  // --- the chart: one SVG, drawn at the width it has --------------------------------------
  let width = Math.round(chart.clientWidth) || spec.view.layouts.breed.width;
  let layout = layoutFor(width);
  const svgs = [...chart.querySelectorAll<SVGSVGElement>('svg[data-layout]')];
  const svg = svgs.find((s) => s.dataset.layout === layout) ?? svgs[0]!;
  for (const other of svgs) if (other !== svg) other.remove();

  let state: S = decoded.state;
  let model!: M; // set by apply(), once per state
  let controls: { sync(state: S, model: M): void } | undefined;

  function draw(): void {
    const { height } = spec.view.layouts[layout];
    svg.dataset.layout = layout;
    svg.setAttribute('class', `widget-svg chart-${layout}`);
    svg.setAttribute('height', String(height));
    spec.view.render(svg, { state, model, width, height, layout, idPrefix: `${idPrefix}-${layout}` });
  }

  function writeTable(): void {
    if (!tbody) return;
    const cells = tableCells(spec.table, state, model);
    if (caption) caption.textContent = spec.table.caption(state, model);
    const doc = tbody.ownerDocument;
    const rows = cells.rows.map((row) => {
      const tr = doc.createElement('tr');
      for (const cell of row) {
        const el = doc.createElement(cell.rowHeader ? 'th' : 'td');
        if (cell.rowHeader) el.setAttribute('scope', 'row');
        if (cell.numeric) el.className = 'num';
        el.textContent = cell.text;
        tr.append(el);
      }
      return tr;
    });
    tbody.replaceChildren(...rows);
    // a table whose columns the reader chooses (TableSpec.hidden): the heads follow
    const headRow = tbody.parentElement?.querySelector('thead tr');
    if (spec.table.hidden && headRow && [...headRow.children].map((th) => th.textContent).join('\n') !== cells.heads.join('\n')) {
      headRow.replaceChildren(
        ...cells.heads.map((h, i) => {
          const th = doc.createElement('th');
          th.setAttribute('scope', 'col');
          if (cells.numeric[i]) th.className = 'num';
          th.textContent = h;
          return th;
        }),
      );
    }
  }

  function markPreset(): void {
    const current = matchingPreset(stateSpec, state);
    for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-preset-link]')) {
      if (a.dataset.presetLink === current) a.setAttribute('aria-current', mode === 'page' ? 'page' : 'true');
      else a.removeAttribute('aria-current');
    }
  }

  // --- links ------------------------------------------------------------------------------
  const canonicalPath = () => canonicalStatePath(stateSpec, state, spec.defaultPreset, bareVintageExtra());
  const shareUrl = () => new URL(canonicalPath(), window.location.origin).href;
  const embedUrl = () => new URL(embedStatePath(stateSpec, state, spec.defaultPreset, bareVintageExtra()), window.location.origin).href;

  function addressFor(): string {
    const { pathname, hash } = window.location;
    if (mode === 'page') return canonicalPath() + hash;
    if (mode === 'embed') {
      const preset = matchingPreset(stateSpec, state);
      const query = sameState(stateSpec, state, initial) ? '' : preset && preset !== spec.defaultPreset ? `?preset=${preset}` : stateQuery(stateSpec, state);
      return `${pathname}${joinQuery(query, vintage?.outdated ? bareVintageExtra() : '')}${hash}`;
    }
    // chapter: keep what belongs to others, replace what is ours
    const extra = vintage?.outdated ? vintageExtra() : '';
    return `${pathname}${instanceQuery(stateSpec, window.location.search, state, { namespace: namespace!, initial, alone, extra })}${hash}`;
  }

  function writeAddress(): void {
    const target = addressFor();
    const { pathname, search: s, hash } = window.location;
    if (target !== `${pathname}${s}${hash}`) history.replaceState(history.state, '', target);
  }

  const shareBarElement = $<HTMLElement>('[data-share-bar]');
  const share = shareBarElement
    ? wireShareBar(
        shareBarElement,
        {
          svgFile: () =>
            standaloneSvg(
              new XMLSerializer().serializeToString(svg),
              { width, height: spec.view.layouts[layout].height },
              { title: spec.stateTitle(state, model), state: spec.stateWords(state, model), source: spec.source, link: shareUrl() },
            ),
          csvFile: () =>
            tableCsv(spec.table, state, model, {
              title: spec.stateTitle(state, model),
              state: spec.stateWords(state, model),
              unit: spec.unit,
              source: spec.source,
              licence: spec.licence,
              link: shareUrl(),
            }),
          shareUrl,
          embedUrl,
          title: () => spec.stateTitle(state, model),
          fileBase: () => stateFileBase(stateSpec, state),
        },
        shareBarElement.dataset.embedScript ?? sitePath('/insluiten.js'),
        Number(shareBarElement.dataset.embedHeight ?? 700),
      )
    : undefined;

  function updateLinks(): void {
    share?.update();
    if (fullLink) fullLink.href = `${canonicalPath()}${fullLink.hash}`;
    if (mode === 'page') document.title = `${spec.stateTitle(state, model)} | ${SITE_NAME}`;
  }

  if (vintage?.outdated && vintageNotice) {
    const newestLink = vintageNotice.querySelector<HTMLAnchorElement>('a');
    vintageNotice.querySelector('[data-vintage-text]')!.textContent = outdatedMessage(vintage);
    if (newestLink) newestLink.href = canonicalStatePath(stateSpec, state, spec.defaultPreset, vintageQuery(vintage.newest));
    vintageNotice.hidden = false;
  }

  // --- state changes --------------------------------------------------------------------------
  let settleTimer: number | undefined;
  function settle(writeUrl: boolean): void {
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      updateLinks();
      if (writeUrl) writeAddress();
    }, SETTLE_MS);
  }

  function apply(next: S, options: ApplyOptions = {}): void {
    const { writeUrl = true, announce = true } = options;
    state = next;
    model = spec.model(state, data as never); // once per state: view, summary, table and titles share it
    draw();
    if (announce) summary.textContent = spec.summary(state, model);
    writeTable();
    markPreset();
    controls?.sync(state, model);
    settle(writeUrl);
  }

  controls = island.bind({ root, idPrefix, state: () => state, set: apply });

  // Redraw at the real width now, and whenever it changes (rotating a phone, resizing a window).
  apply(decoded.state, { writeUrl: mode === 'chapter' && decoded.mentioned && !namespaceInQuery(search, namespace) });
  updateLinks(); // at once: the links must name the state the link opened, before the reader acts
  if (typeof ResizeObserver === 'function') {
    let frame = 0;
    new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const w = Math.round(chart.clientWidth);
        if (w > 0 && w !== width) {
          width = w;
          layout = layoutFor(w);
          draw();
        }
      });
    }).observe(chart);
  }
  root.dataset.hydrated = 'true';
}

/** Does the query already use this instance's namespace (so that a legacy bare link needs no rewrite)? */
function namespaceInQuery(search: string, namespace: string | undefined): boolean {
  if (!namespace) return true;
  try {
    return [...new URLSearchParams(search).keys()].some((k) => k.startsWith(`${namespace}.`));
  } catch {
    return true;
  }
}
