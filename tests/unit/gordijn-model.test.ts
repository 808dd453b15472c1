// The curtain model: the text's claims as properties, for every cycle position.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASSUMPTIONS, curtainPositions, cycleLabel } from '../../src/lib/gordijn/model.ts';

const cycle = fc.double({ min: -1, max: 1, noNaN: true });

describe('curtain model', () => {
  it('in a boom both curtains move inward and the middle shrinks (text: "trekken beide gordijnen naar binnen")', () => {
    const neutral = curtainPositions(0, false);
    const boom = curtainPositions(1, false);
    expect(boom.publicEdge).toBeGreaterThan(neutral.publicEdge);
    expect(boom.marketEdge).toBeLessThan(neutral.marketEdge);
    expect(boom.middle).toBeLessThan(neutral.middle);
  });

  it('in a downturn without fund both curtains retreat and the middle grows', () => {
    const neutral = curtainPositions(0, false);
    const crisis = curtainPositions(-1, false);
    expect(crisis.publicEdge).toBeLessThan(neutral.publicEdge);
    expect(crisis.marketEdge).toBeGreaterThan(neutral.marketEdge);
    expect(crisis.middle).toBeGreaterThan(neutral.middle);
  });

  it('the middle never grows as the cycle improves, with or without fund', () => {
    fc.assert(
      fc.property(cycle, cycle, fc.boolean(), (a, b, fund) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(curtainPositions(hi, fund).middle).toBeLessThanOrEqual(curtainPositions(lo, fund).middle + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('with the fund the public curtain never retreats below its pre-downturn position', () => {
    fc.assert(
      fc.property(cycle, (c) => {
        expect(curtainPositions(c, true).publicEdge).toBeGreaterThanOrEqual(ASSUMPTIONS.publicNeutral);
      }),
      { numRuns: 2000 },
    );
  });

  it('the fund does not stop the market curtain from retreating', () => {
    fc.assert(
      fc.property(cycle, (c) => {
        expect(curtainPositions(c, true).marketEdge).toBe(curtainPositions(c, false).marketEdge);
      }),
    );
  });

  it('the curtains never cross and stay on the scale', () => {
    fc.assert(
      fc.property(cycle, fc.boolean(), (c, fund) => {
        const p = curtainPositions(c, fund);
        expect(p.publicEdge).toBeGreaterThanOrEqual(0);
        expect(p.marketEdge).toBeLessThanOrEqual(1);
        expect(p.middle).toBeGreaterThan(0);
      }),
    );
  });

  it('out-of-range or broken cycle values are clamped, never NaN', () => {
    for (const c of [-5, 5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const p = curtainPositions(c, true);
      expect(Number.isFinite(p.middle)).toBe(true);
    }
  });
});

describe('cycle names', () => {
  it('names cycle positions in Dutch', () => {
    expect(cycleLabel(-1)).toBe('diepe crisis');
    expect(cycleLabel(0)).toBe('normale conjunctuur');
    expect(cycleLabel(1)).toBe('hoogconjunctuur');
  });
});
