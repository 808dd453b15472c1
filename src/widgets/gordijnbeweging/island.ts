// The gordijnbeweging in the browser: wires its own controls (slider, fund, play a cycle). The
// kit (src/lib/client/widget-runtime.ts) does the rest: chart, summary, table, links, address.
import { snapToStep } from '../../lib/widget-kit/state.ts';
import { defineIsland } from '../../lib/client/widget-runtime.ts';
import { conjunctuurText, gordijnSpec, type GordijnState } from './spec.ts';

/** One full business cycle in the animation. */
const CYCLE_MS = 8000;
/** With reduced motion the cycle steps through these positions, one per second. */
const STEP_MS = 1000;
const STEPS = 8;

export default defineIsland(gordijnSpec, (ctx) => {
  const { root } = ctx;
  const slider = root.querySelector<HTMLInputElement>('input[data-control="conjunctuur"]')!;
  const fund = root.querySelector<HTMLInputElement>('input[data-control="fonds"]')!;
  const output = root.querySelector<HTMLOutputElement>('[data-output]')!;
  const play = root.querySelector<HTMLButtonElement>('[data-play]')!;

  let stopAnimation: (() => void) | undefined;
  function setPlaying(playing: boolean): void {
    play.setAttribute('aria-pressed', String(playing));
    play.textContent = playing ? 'Stop de cyclus' : 'Speel een conjunctuurcyclus af';
  }
  function startAnimation(): void {
    const start = ctx.state();
    const phase0 = Math.asin(Math.max(-1, Math.min(1, start.conjunctuur / 100)));
    const at = (fraction: number): GordijnState => ({ ...ctx.state(), conjunctuur: snapToStep(100 * Math.sin(phase0 + 2 * Math.PI * fraction), 5) });
    setPlaying(true);
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      // No motion: jump through the cycle one position per second.
      let step = 0;
      const timer = window.setInterval(() => {
        step += 1;
        ctx.set(at(step / STEPS), { writeUrl: false });
        if (step >= STEPS) finish();
      }, STEP_MS);
      stopAnimation = () => window.clearInterval(timer);
    } else {
      let frame = 0;
      const t0 = performance.now();
      const tick = (now: number) => {
        const fraction = Math.min(1, (now - t0) / CYCLE_MS);
        const next = at(fraction);
        if (next.conjunctuur !== ctx.state().conjunctuur) ctx.set(next, { writeUrl: false, announce: false });
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
    ctx.set(ctx.state()); // announce the end state and write the address
  }

  slider.addEventListener('input', () => {
    if (stopAnimation) finish();
    ctx.set({ ...ctx.state(), conjunctuur: snapToStep(Number(slider.value), 5) });
  });
  fund.addEventListener('change', () => {
    if (stopAnimation) finish();
    ctx.set({ ...ctx.state(), fonds: fund.checked });
  });
  play.addEventListener('click', () => (stopAnimation ? finish() : startAnimation()));

  return {
    sync(state, model) {
      slider.value = String(state.conjunctuur);
      slider.setAttribute('aria-valuetext', conjunctuurText(state.conjunctuur));
      fund.checked = state.fonds;
      output.textContent = model.label;
    },
  };
});
