// The gordijnbeweging ("curtain movement"), after Rodenburg in "Werk aan de winkel" (ch. 8).
//
// The labour market is laid out by wage value (loonwaarde) from 0 (no wage value) to 1 (the
// highest earners). The curtain of public provisions covers [0, P]; the curtain of the regular
// labour market covers [M, 1]; the vulnerable group in between is [P, M], of width G = M - P.
//
// What the text claims (and the model must keep): in a boom both curtains move inward and the
// middle shrinks; in a downturn both move outward, and government cuts its provisions, so the
// middle grows; a participatiefonds built up in good times keeps the public curtain in place in
// bad times, so that both do not retreat at the same time. It does not stop the market curtain.
//
// What the text does not give, and this model ASSUMES for illustration only: the positions, the
// straight-line movement and the speeds. The widget says so on screen. The participatiefonds
// widget (src/lib/participatiefonds/) runs a fund with its own assumed rates over cyclePath.

/** Business cycle position: -1 deep crisis, 0 neutral, +1 strong boom. */
export type Cycle = number;

/** Illustrative parameters (not from the text). */
export const ASSUMPTIONS = {
  /** inner edge of the public curtain at a neutral cycle */
  publicNeutral: 0.15,
  /** how far the public curtain moves per unit of cycle */
  publicSlope: 0.06,
  /** inner edge of the market curtain at a neutral cycle */
  marketNeutral: 0.6,
  /** how far the market curtain moves per unit of cycle (it moves more than the public one) */
  marketSlope: 0.15,
} as const;

export interface CurtainPositions {
  /** inner edge of the public-provisions curtain (covers 0 … publicEdge) */
  publicEdge: number;
  /** inner edge of the regular-market curtain (covers marketEdge … 1) */
  marketEdge: number;
  /** width of the exposed middle group */
  middle: number;
  /** how far the public curtain is held up by the fund (0 without fund or in good times) */
  heldByFund: number;
}

export function clampCycle(c: number): Cycle {
  return Math.max(-1, Math.min(1, Number.isFinite(c) ? c : 0));
}

/** Where the public curtain would be without a fund (the status quo the text describes). */
export function publicEdgeWithoutFund(c: Cycle): number {
  return ASSUMPTIONS.publicNeutral + ASSUMPTIONS.publicSlope * clampCycle(c);
}

export function marketEdge(c: Cycle): number {
  return ASSUMPTIONS.marketNeutral - ASSUMPTIONS.marketSlope * clampCycle(c);
}

/**
 * Curtain positions for a cycle position, with or without a participatiefonds that has enough
 * reserves. With the fund, the public curtain does not retreat below its position before the
 * downturn (the neutral position); the market curtain moves exactly as without the fund.
 */
export function curtainPositions(c: Cycle, fund: boolean): CurtainPositions {
  const withoutFund = publicEdgeWithoutFund(c);
  const publicEdge = fund ? Math.max(withoutFund, ASSUMPTIONS.publicNeutral) : withoutFund;
  const market = marketEdge(c);
  return { publicEdge, marketEdge: market, middle: market - publicEdge, heldByFund: publicEdge - withoutFund };
}

/** An illustrative business cycle: boom first, then crisis, as a sine over `steps` steps. */
export function cyclePath(steps: number, cycles = 1): Cycle[] {
  return Array.from({ length: steps + 1 }, (_, i) => Math.sin((2 * Math.PI * cycles * i) / steps));
}

/** The reader-facing name of a cycle position. */
export function cycleLabel(c: Cycle): string {
  if (c <= -0.75) return 'diepe crisis';
  if (c <= -0.25) return 'laagconjunctuur';
  if (c < 0.25) return 'normale conjunctuur';
  if (c < 0.75) return 'aantrekkende economie';
  return 'hoogconjunctuur';
}
