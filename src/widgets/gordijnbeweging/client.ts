// The gordijnbeweging island: takes over the static SVG, wires the controls, keeps the summary,
// the table, the share bar and the address bar in step with the state. Loaded on visibility.
import { csvFormat } from 'd3-dsv';
import { decodeState, matchingPreset, mentionsWidget, snapToStep, stateQuery } from '../../lib/widget-state.ts';
import { canonicalStatePath, embedStatePath, stateFileBase } from '../../lib/widget-urls.ts';
import { cycleLabel } from '../../lib/gordijn/model.ts';
import { wireShareBar } from '../../lib/client/share.ts';
import { gordijnSpec, gordijnStateSchema, cycleOf, type GordijnState } from './state.ts';
import { renderGordijn } from './view.ts';
import { describeGordijn, gordijnTable, gordijnCsvRows, CSV_COLUMNS } from './describe.ts';
import { stateTitle } from './titles.ts';

/**
 * The address bar and the share bar follow the state after the reader pauses: Chromium throttles
 * history.replaceState when it is called on every step of a dragged slider, and neither needs to
 * keep up with every frame.
 */
const SETTLE_MS = 150;

/** One full business cycle in the animation. */
const CYCLE_MS = 8000;
/** With reduced motion the cycle steps through these positions, one per second. */
const STEP_MS = 1000;
const STEPS = 8;

function sameState(a: GordijnState, b: GordijnState): boolean {
  return a.conjunctuur === b.conjunctuur && a.fonds === b.fonds;
}

export function hydrate(root: HTMLElement): void {
  if (root.dataset.hydrated) return;
  root.dataset.hydrated = 'true';

  const prefix = root.dataset.idPrefix ?? 'gordijn';
  const urlMode = root.dataset.urlMode === 'canonical' ? 'canonical' : 'query';
  // our own attribute, written at build time; parsed and validated all the same
  const parsedInitial = gordijnStateSchema.safeParse(JSON.parse(root.dataset.initial ?? '{}'));
  const initial: GordijnState = parsedInitial.success ? parsedInitial.data : gordijnSpec.defaults;

  const svg = root.querySelector<SVGSVGElement>('svg.widget-svg')!;
  const notice = root.querySelector<HTMLElement>('[data-notice]')!;
  const controls = root.querySelector<HTMLElement>('[data-controls]')!;
  const slider = root.querySelector<HTMLInputElement>('input[data-control="conjunctuur"]')!;
  const fund = root.querySelector<HTMLInputElement>('input[data-control="fonds"]')!;
  const output = root.querySelector<HTMLOutputElement>('[data-output]')!;
  const summary = root.querySelector<HTMLElement>('[data-summary]')!;
  const tbody = root.querySelector<HTMLTableSectionElement>('[data-table]')!;
  const play = root.querySelector<HTMLButtonElement>('[data-play]')!;

  let state = initial;
  const share = wireShareBar(root.querySelector<HTMLElement>('[data-share-bar]')!, {
    svg: () => svg,
    csv: () => csvFormat(gordijnCsvRows(state), [...CSV_COLUMNS]),
    shareUrl: () => new URL(canonicalStatePath(gordijnSpec, state), window.location.origin).href,
    embedUrl: () => new URL(embedStatePath(gordijnSpec, state), window.location.origin).href,
    title: () => stateTitle(state),
    fileBase: () => stateFileBase(gordijnSpec, state),
  });

  function writeAddress(): void {
    let target: string;
    if (urlMode === 'canonical') {
      target = canonicalStatePath(gordijnSpec, state);
    } else {
      const preset = matchingPreset(gordijnSpec, state);
      const query = sameState(state, initial) ? '' : preset ? `?preset=${preset}` : stateQuery(gordijnSpec, state);
      target = `${window.location.pathname}${query}${window.location.hash}`;
    }
    if (target !== `${window.location.pathname}${window.location.search}${urlMode === 'query' ? window.location.hash : ''}`) {
      history.replaceState(history.state, '', target);
    }
  }

  function updateTable(): void {
    const rows = gordijnTable(state);
    rows.forEach((r, i) => {
      const cells = tbody.rows[i]?.cells;
      if (!cells) return;
      cells[1]!.textContent = String(r.from);
      cells[2]!.textContent = String(r.to);
      cells[3]!.textContent = String(r.width);
      cells[4]!.textContent = r.change > 0 ? `+${r.change}` : String(r.change);
    });
  }

  let settleTimer: number | undefined;
  function settle(writeUrl: boolean): void {
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      share.update();
      if (writeUrl) writeAddress();
    }, SETTLE_MS);
  }

  /** Draws a state. `announce: false` keeps the live region quiet (during the animation). */
  function apply(next: GordijnState, options: { writeUrl?: boolean; announce?: boolean } = {}): void {
    const { writeUrl = true, announce = true } = options;
    const labelChanged = cycleLabel(cycleOf(next)) !== cycleLabel(cycleOf(state)) || next.fonds !== state.fonds;
    state = next;
    renderGordijn(svg, state, prefix);
    slider.value = String(state.conjunctuur);
    slider.setAttribute('aria-valuetext', `${cycleLabel(cycleOf(state))} (${state.conjunctuur})`);
    fund.checked = state.fonds;
    output.textContent = cycleLabel(cycleOf(state));
    if (announce || labelChanged) summary.textContent = describeGordijn(state);
    updateTable();
    settle(writeUrl);
  }

  // --- the business-cycle animation ---------------------------------------------------------
  let stopAnimation: (() => void) | undefined;
  function setPlaying(playing: boolean): void {
    play.setAttribute('aria-pressed', String(playing));
    play.textContent = playing ? 'Stop de cyclus' : 'Speel een conjunctuurcyclus af';
  }
  function startAnimation(): void {
    const startC = cycleOf(state);
    const phase0 = Math.asin(Math.max(-1, Math.min(1, startC)));
    const at = (fraction: number): GordijnState => ({
      ...state,
      conjunctuur: snapToStep(100 * Math.sin(phase0 + 2 * Math.PI * fraction), 5),
    });
    setPlaying(true);
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      // No motion: jump through the cycle one position per second.
      let step = 0;
      const timer = window.setInterval(() => {
        step += 1;
        apply(at(step / STEPS), { writeUrl: false });
        if (step >= STEPS) finish();
      }, STEP_MS);
      stopAnimation = () => window.clearInterval(timer);
    } else {
      let frame = 0;
      const t0 = performance.now();
      const tick = (now: number) => {
        const fraction = Math.min(1, (now - t0) / CYCLE_MS);
        const next = at(fraction);
        if (!sameState(next, state)) apply(next, { writeUrl: false, announce: false });
        if (fraction >= 1) finish();
        else frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
      stopAnimation = () => cancelAnimationFrame(frame);
    }
  }
  function finish(): void {
    stopAnimation?.();
    stopAnimation = undefined;
    setPlaying(false);
    summary.textContent = describeGordijn(state);
    writeAddress();
  }

  // --- wiring -------------------------------------------------------------------------------
  slider.addEventListener('input', () => {
    if (stopAnimation) finish();
    apply({ ...state, conjunctuur: snapToStep(Number(slider.value), 5) });
  });
  fund.addEventListener('change', () => {
    if (stopAnimation) finish();
    apply({ ...state, fonds: fund.checked });
  });
  play.addEventListener('click', () => (stopAnimation ? finish() : startAnimation()));

  // A link may carry a state: read it (never trusting it), say so if it could not be read.
  const search = window.location.search;
  if (search.length > 1) {
    const decoded = decodeState(gordijnSpec, search);
    if (decoded.notices.length > 0) {
      notice.textContent = `${decoded.notices.join(' ')}`;
      notice.hidden = false;
    }
    // Only a link that speaks about this widget replaces the state the page opened in.
    if (mentionsWidget(gordijnSpec, search) && !sameState(decoded.state, state)) apply(decoded.state, { writeUrl: false });
  }
  controls.dataset.ready = 'true';
}
