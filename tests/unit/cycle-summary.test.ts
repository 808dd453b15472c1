// The numbers FondsCyclus prints, checked against closed forms from the model's assumptions
// rather than against another run of the simulation.
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../src/lib/gordijn/model.ts';
import { CYCLE_STEPS, cycleFundText, cycleSummary, cycleWidthText } from '../../src/lib/gordijn/cycle-summary.ts';

const A = ASSUMPTIONS;
// Over one sine cycle of n = 40 steps, the boom half adds up to Σ sin(2πi/40), i = 1…19, which is
// cot(π/40); the crisis half is the mirror image.
const halfCycle = 1 / Math.tan(Math.PI / (2 * (CYCLE_STEPS / 2)));

describe('one business cycle through the model (FondsCyclus)', () => {
  const s = cycleSummary();

  it('draws every step of the cycle, 0 to 40, for all three lines', () => {
    for (const line of [s.withoutFund, s.withFund, s.fund]) expect(line.map((p) => p.x)).toEqual(Array.from({ length: CYCLE_STEPS + 1 }, (_, i) => i));
  });

  it('without fund, the middle is widest in the trough: market curtain out, public curtain back', () => {
    const trough = A.marketNeutral + A.marketSlope - (A.publicNeutral - A.publicSlope);
    expect(s.widestWithoutFund).toBe(Math.round(trough * 100));
    expect(s.widestWithoutFund).toBe(66);
  });

  it('the fund saves the boom half of the cycle and spends one unit per unit of crisis', () => {
    expect(s.maxBalance).toBe(Math.round(A.fundBuildRate * halfCycle * 10) / 10);
    // holding the public curtain at c < 0 costs publicSlope·|c|·fundCostRate = |c| per step
    expect(A.publicSlope * A.fundCostRate).toBeCloseTo(1, 12);
    expect(s.finalBalance).toBe(Math.round((A.fundBuildRate - 1) * halfCycle * 10) / 10);
    expect([s.maxBalance, s.finalBalance]).toEqual([15.2, 2.5]);
  });

  it('with the fund (which never runs dry here) the public curtain stays put, so the middle is narrower', () => {
    expect(s.finalBalance).toBeGreaterThan(0);
    expect(s.widestWithFund).toBe(Math.round((A.marketNeutral + A.marketSlope - A.publicNeutral) * 100));
    expect(s.widestWithFund).toBeLessThan(s.widestWithoutFund);
    // in the boom half both lines are the same
    for (let i = 0; i <= CYCLE_STEPS / 2; i++) expect(s.withFund[i]!.y).toBe(s.withoutFund[i]!.y);
  });

  it('says so in Dutch, with decimal commas', () => {
    expect(cycleWidthText(s)).toBe(
      'In deze schets van één conjunctuurcyclus (eerst hoogconjunctuur, dan crisis) wordt de kwetsbare groep zonder fonds op het breedst 66 breed, met fonds 60. In de hoogconjunctuur lopen de lijnen gelijk; het verschil ontstaat alleen in de crisis.',
    );
    // the page printed "15.2" and "2.5" before: a decimal point in Dutch text
    expect(cycleFundText(s)).toBe(
      'Het fonds groeit in de goede jaren tot 15,2 (een denkbeeldige eenheid) en wordt in de crisis opgemaakt tot 2,5: het raakt in deze schets nooit onder nul.',
    );
  });
});
