// The URL codec every widget shares, tested on the gordijnbeweging spec: round trips for every
// valid state, and any string at all decodes to a valid state without throwing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, stateQuery, matchingPreset, snapToStep, type WidgetStateSpec } from '../../src/lib/widget-state.ts';
import { gordijnSpec, gordijnStateSchema, type GordijnState } from '../../src/widgets/gordijnbeweging/state.ts';

const validState = fc.record({
  conjunctuur: fc.integer({ min: -20, max: 20 }).map((n) => n * 5),
  fonds: fc.boolean(),
});

describe('widget state codec', () => {
  it('writes nothing for the default state', () => {
    expect(stateQuery(gordijnSpec, gordijnSpec.defaults)).toBe('');
  });

  it('writes only non-default values, with the schema version', () => {
    expect(encodeState(gordijnSpec, { conjunctuur: -60, fonds: false }).toString()).toBe('conjunctuur=-60&v=1');
    expect(encodeState(gordijnSpec, { conjunctuur: 0, fonds: true }).toString()).toBe('fonds=1&v=1');
  });

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const decoded = decodeState(gordijnSpec, stateQuery(gordijnSpec, state));
        expect(decoded.state).toEqual(state);
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any string to a valid state without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const { state } = decodeState(gordijnSpec, s);
        expect(gordijnStateSchema.safeParse(state).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes adversarial query strings to a valid state, with a notice where a value was refused', () => {
    const nasty = fc.oneof(
      fc.constantFrom(
        '?conjunctuur=<script>alert(1)</script>',
        '?conjunctuur=1e309',
        '?conjunctuur=NaN&fonds=maybe',
        '?conjunctuur=-0',
        '?conjunctuur=%00%ff%fe',
        '?preset=__proto__',
        '?preset=constructor&conjunctuur=50',
        '?v=999&conjunctuur=20',
        '?v=-1',
        '?conjunctuur=100.0000001',
        '?conjunctuur=' + '9'.repeat(5000),
        '?%E0%A4%A',
        '?fonds=1&fonds=0&conjunctuur=5&conjunctuur=500',
      ),
      fc.tuple(fc.constantFrom('conjunctuur', 'fonds', 'preset', 'v', 'x'), fc.string({ maxLength: 40 })).map(
        ([k, v]) => `?${k}=${encodeURIComponent(v)}`,
      ),
      fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), { maxLength: 6 }).map(
        (pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
      ),
    );
    fc.assert(
      fc.property(nasty, (s) => {
        const { state, notices } = decodeState(gordijnSpec, s);
        expect(gordijnStateSchema.safeParse(state).success).toBe(true);
        for (const n of notices) expect(n).not.toMatch(/[<>]/);
      }),
      { numRuns: 3000 },
    );
    const hostile = decodeState(gordijnSpec, '?conjunctuur=<script>alert(1)</script>');
    expect(hostile.state).toEqual(gordijnSpec.defaults);
    expect(hostile.notices).toHaveLength(1);
    expect(decodeState(gordijnSpec, '?preset=__proto__').notices).toHaveLength(1);
  });

  it('opens named presets, and lets explicit values override them', () => {
    expect(decodeState(gordijnSpec, '?preset=crisis-met-fonds')).toEqual({ state: { conjunctuur: -100, fonds: true }, preset: 'crisis-met-fonds', notices: [] });
    expect(decodeState(gordijnSpec, '?preset=crisis-met-fonds&conjunctuur=-50').state).toEqual({ conjunctuur: -50, fonds: true });
    expect(matchingPreset(gordijnSpec, { conjunctuur: 100, fonds: false })).toBe('hoogconjunctuur');
    expect(matchingPreset(gordijnSpec, { conjunctuur: 35, fonds: false })).toBeUndefined();
  });

  it('snaps typed values to the slider’s steps, without float noise or -0', () => {
    expect(decodeState(gordijnSpec, '?conjunctuur=-62').state.conjunctuur).toBe(-60);
    expect(snapToStep(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(Object.is(snapToStep(-0.4, 5), 0)).toBe(true);
  });

  it('migrates links from older versions', () => {
    // A hypothetical version 2 that renamed "conjunctuur" to "cyclus": version-1 links must still open.
    const v2: WidgetStateSpec<GordijnState> = {
      ...gordijnSpec,
      version: 2,
      fields: { ...gordijnSpec.fields, conjunctuur: { ...gordijnSpec.fields.conjunctuur, param: 'cyclus' } },
      migrations: {
        1: (p) => {
          const next = new URLSearchParams(p);
          const old = next.get('conjunctuur');
          next.delete('conjunctuur');
          if (old !== null) next.set('cyclus', old);
          return next;
        },
      },
    };
    expect(decodeState(v2, '?conjunctuur=-40&v=1').state).toEqual({ conjunctuur: -40, fonds: false });
    expect(decodeState(v2, '?cyclus=-40&v=2').state).toEqual({ conjunctuur: -40, fonds: false });
  });
});

describe('released gordijnbeweging links (version 1) keep opening the same view', () => {
  // Every link form ever published stays here with the state it must open.
  const released: [string, GordijnState][] = [
    ['', { conjunctuur: 0, fonds: false }],
    ['?conjunctuur=-100&v=1', { conjunctuur: -100, fonds: false }],
    ['?conjunctuur=-100&fonds=1&v=1', { conjunctuur: -100, fonds: true }],
    ['?preset=crisis-met-fonds', { conjunctuur: -100, fonds: true }],
    ['?preset=hoogconjunctuur', { conjunctuur: 100, fonds: false }],
  ];
  for (const [query, state] of released) {
    it(query || '(geen parameters)', () => {
      expect(decodeState(gordijnSpec, query).state).toEqual(state);
    });
  }
});

describe('unknown parameters', () => {
  it('ignores tracking tags quietly but mentions other unknown parameters', () => {
    expect(decodeState(gordijnSpec, '?utm_source=x&fbclid=y&conjunctuur=20').notices).toEqual([]);
    expect(decodeState(gordijnSpec, '?kleur=rood').notices).toHaveLength(1);
  });
});
