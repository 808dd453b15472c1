// A participatiefonds over a business cycle, after Rodenburg in "Werk aan de winkel" (ch. 8 and
// the recommendation in ch. 9): a fund "dat in goede tijden wordt opgebouwd en dat er in slechte
// tijden voor zorgt dat de noodzakelijke dienstverlening in stand blijft". Pure arithmetic, no DOM.
//
// What the text claims (and the model keeps):
// - without a fund, government cuts its provisions in bad times (pro-cyclical) and invests more
//   in good times;
// - with the fund, the public side holds in bad times, but only while there are reserves;
// - the fund does not stop the market's downturn (this model has no market at all: it is about
//   the services only; the gordijnbeweging shows the market).
// What the text does not give, and this model ASSUMES (the widget labels each as "aanname"): how
// much is saved, how far services move with the economy, the start balance, the cycle's shape.
// The text proposes only "na te gaan wat de mogelijkheden zijn": no size, rules or financing split.
//
// Units: the services are an index, 100 = the normal level; money is in percent of one normal
// year's services budget. The cycle position is the gordijnbeweging's own scale, -100 (deep
// crisis) … 100 (strong boom) in steps of 5, so every year is one state the gordijnbeweging reads.
import { cyclePath } from '../gordijn/model.ts';

/** The gordijnbeweging's scale: -100 … 100, a multiple of 5. */
export type Conjunctuur = number;

export interface FundAssumptions {
  /** percent of a normal year's budget put in the fund in the best year (conjunctuur 100); proportionally less in less good years */
  save: number;
  /** percent by which services move with the economy at the deepest crisis (down) and the strongest boom (up), without fund */
  cut: number;
  /** the fund's balance before the first year, percent of a normal year's budget */
  start: number;
}

export interface FundYear {
  /** 0-based position in the path */
  index: number;
  conjunctuur: Conjunctuur;
  /** services index without fund (100 = normal) */
  withoutFund: number;
  /** services index with fund */
  withFund: number;
  /** what the fund needed to hold services at 100 this year (0 in good and neutral years) */
  needed: number;
  /** put in (positive) or taken out (negative) this year */
  flow: number;
  /** balance at the end of the year, never negative */
  balance: number;
  /** a bad year in which the fund had too little to hold services at 100 */
  dry: boolean;
}

const EPS = 1e-9;

/** Rounds to a multiple of 5 on -100 … 100, without -0: the gordijnbeweging's own steps. */
export function toConjunctuur(c: number): Conjunctuur {
  const clamped = Math.max(-1, Math.min(1, Number.isFinite(c) ? c : 0));
  return Math.round(clamped * 20) * 5 + 0;
}

/**
 * The stylised cycle, one value per year: the gordijnbeweging's own cycle (cyclePath, the same
 * function its fund sketch used), boom first, then crisis, as many years as asked. cyclePath
 * gives the end of the cycle as an extra point (equal to the start); a year per step leaves it out.
 */
export function sketchPath(years: number): Conjunctuur[] {
  return cyclePath(years).slice(0, years).map(toConjunctuur);
}

/**
 * A real series made into cycle positions, this site's method (an assumption, labelled so): how
 * far each year lies from the period's mean, divided by the largest such distance, so the worst
 * year is -100 and the sign says good or bad. `higherIsWorse` for unemployment and benefits.
 */
export function seriesPath(values: readonly number[], higherIsWorse = true): Conjunctuur[] {
  if (values.length === 0) return [];
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const spread = Math.max(...values.map((v) => Math.abs(v - mean)));
  if (!(spread > 0)) return values.map(() => 0);
  const sign = higherIsWorse ? -1 : 1;
  return values.map((v) => toConjunctuur((sign * (v - mean)) / spread));
}

/** The services index without fund: moves with the economy, as the text says government does today. */
export function servicesWithoutFund(conjunctuur: Conjunctuur, cut: number): number {
  return 100 + (cut * conjunctuur) / 100;
}

/**
 * Runs the path through the fund, year by year. Good years: services rise with the economy, as
 * without fund, and the fund saves `save × conjunctuur / 100` (from the budget surplus the text
 * points to, not from the services). Bad years: the fund pays what holds services at 100, as far
 * as its balance goes; the rest of the cut happens as without fund. It never goes below zero.
 */
export function simulateParticipatiefonds(path: readonly Conjunctuur[], a: FundAssumptions): FundYear[] {
  let balance = Math.max(0, a.start);
  return path.map((conjunctuur, index) => {
    const withoutFund = servicesWithoutFund(conjunctuur, a.cut);
    if (conjunctuur > 0) {
      const flow = (a.save * conjunctuur) / 100;
      balance += flow;
      return { index, conjunctuur, withoutFund, withFund: withoutFund, needed: 0, flow, balance, dry: false };
    }
    const needed = 100 - withoutFund;
    if (needed <= EPS) return { index, conjunctuur, withoutFund, withFund: withoutFund, needed: 0, flow: 0, balance, dry: false };
    const spent = Math.min(needed, balance);
    balance = Math.max(0, balance - spent);
    if (balance < EPS) balance = 0;
    return { index, conjunctuur, withoutFund, withFund: withoutFund + spent, needed, flow: -spent, balance, dry: spent < needed - EPS };
  });
}

/** What the gordijnbeweging shows for a year: its cycle position, with the fund unless the fund ran dry that year. */
export function gordijnStateOf(year: Pick<FundYear, 'conjunctuur' | 'dry'>): { conjunctuur: number; fonds: boolean } {
  return { conjunctuur: year.conjunctuur, fonds: !year.dry };
}
