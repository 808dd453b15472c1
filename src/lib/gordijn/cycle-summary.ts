// One illustrative business cycle through the gordijnbeweging model (FondsCyclus): the width of
// the exposed middle group with and without the fund, and what the fund holds, as chart series
// and as the numbers the summaries quote. Pure: the component only draws and prints.
import { cyclePath, simulateFund } from './model.ts';

/** Steps in the sketch of one cycle: enough for a smooth curve, few enough for a readable table. */
export const CYCLE_STEPS = 40;

export interface CycleSummary {
  /** width of the middle group per step, on the widget's 0–100 scale (rounded as drawn) */
  withoutFund: { x: number; y: number }[];
  withFund: { x: number; y: number }[];
  /** the fund's balance per step, in the model's imaginary unit, to one decimal as drawn */
  fund: { x: number; y: number }[];
  widestWithoutFund: number;
  widestWithFund: number;
  /** the highest balance, to one decimal */
  maxBalance: number;
  /** the balance at the end of the cycle, to one decimal */
  finalBalance: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const width = (middle: number) => Math.round(middle * 100);

export function cycleSummary(steps = CYCLE_STEPS): CycleSummary {
  const run = simulateFund(cyclePath(steps));
  const withoutFund = run.map((s) => ({ x: s.step, y: width(s.withoutFund.middle) }));
  const withFund = run.map((s) => ({ x: s.step, y: width(s.withFund.middle) }));
  return {
    withoutFund,
    withFund,
    fund: run.map((s) => ({ x: s.step, y: round1(s.fundBalance) })),
    widestWithoutFund: Math.max(...withoutFund.map((p) => p.y)),
    widestWithFund: Math.max(...withFund.map((p) => p.y)),
    maxBalance: round1(Math.max(...run.map((s) => s.fundBalance))),
    finalBalance: round1(run.at(-1)!.fundBalance),
  };
}

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** The text summary of the width chart. */
export function cycleWidthText(s: CycleSummary): string {
  return `In deze schets van één conjunctuurcyclus (eerst hoogconjunctuur, dan crisis) wordt de kwetsbare groep zonder fonds op het breedst ${s.widestWithoutFund} breed, met fonds ${s.widestWithFund}. In de hoogconjunctuur lopen de lijnen gelijk; het verschil ontstaat alleen in de crisis.`;
}

/** The text summary of the fund chart, with Dutch decimal commas (the model never lets the balance drop below zero). */
export function cycleFundText(s: CycleSummary): string {
  return `Het fonds groeit in de goede jaren tot ${oneDecimal.format(s.maxBalance)} (een denkbeeldige eenheid) en wordt in de crisis opgemaakt tot ${oneDecimal.format(s.finalBalance)}: het raakt in deze schets nooit onder nul.`;
}
