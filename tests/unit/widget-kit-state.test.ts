// The URL codec every widget shares: round trips, hostile input, versions and migrations,
// namespaces, presets as a base, sloppy input that gets a notice, and the list, range and sort
// fields the coming widgets need. Tested on the gordijnbeweging's spec and on a test spec.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  booleanField,
  choiceField,
  decodeState,
  encodeState,
  instanceQuery,
  listField,
  matchingPreset,
  numberBounds,
  numberField,
  rangeField,
  snapToStep,
  sortField,
  stateQuery,
  type WidgetStateSpec,
} from '../../src/lib/widget-kit/state.ts';
import { gordijnState, gordijnStateSchema, type GordijnState } from '../../src/widgets/gordijnbeweging/spec.ts';

const codes = (search: string, spec = gordijnState, options = {}) => decodeState(spec, search, options).notices.map((n) => n.code);

const validState = fc.record({
  conjunctuur: fc.integer({ min: -20, max: 20 }).map((n) => n * 5),
  fonds: fc.boolean(),
});

describe('widget state codec', () => {
  it('writes nothing for the default state', () => {
    expect(stateQuery(gordijnState, gordijnState.defaults)).toBe('');
  });

  it('writes only non-default values, with the schema version', () => {
    expect(encodeState(gordijnState, { conjunctuur: -60, fonds: false }).toString()).toBe('conjunctuur=-60&v=1');
    expect(encodeState(gordijnState, { conjunctuur: 0, fonds: true }).toString()).toBe('fonds=1&v=1');
  });

  it('round-trips every valid state without a notice', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const decoded = decodeState(gordijnState, stateQuery(gordijnState, state));
        expect(decoded.state).toEqual(state);
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any string to a valid state without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const { state } = decodeState(gordijnState, s);
        expect(gordijnStateSchema.safeParse(state).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes adversarial query strings to a valid state, never with markup in a notice', () => {
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
      fc.tuple(fc.constantFrom('conjunctuur', 'fonds', 'preset', 'v', 'x'), fc.string({ maxLength: 40 })).map(([k, v]) => `?${k}=${encodeURIComponent(v)}`),
      fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), { maxLength: 6 }).map(
        (pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
      ),
    );
    fc.assert(
      fc.property(nasty, (s) => {
        const { state, notices } = decodeState(gordijnState, s);
        expect(gordijnStateSchema.safeParse(state).success).toBe(true);
        for (const n of notices) expect(n.text).not.toMatch(/[<>]/);
      }),
      { numRuns: 3000 },
    );
    const hostile = decodeState(gordijnState, '?conjunctuur=<script>alert(1)</script>');
    expect(hostile.state).toEqual(gordijnState.defaults);
    expect(hostile.notices.map((n) => n.code)).toEqual(['ongeldige-waarde']);
    expect(codes('?preset=__proto__')).toEqual(['onbekende-voorinstelling']);
  });

  it('refuses a number outside its bounds as that field alone, keeping the rest of the link', () => {
    // The bounds check belongs to the field: without it the schema would throw the whole link away.
    const decoded = decodeState(gordijnState, '?conjunctuur=500&fonds=1');
    expect(decoded.state).toEqual({ conjunctuur: 0, fonds: true });
    expect(decoded.notices.map((n) => n.code)).toEqual(['ongeldige-waarde']);
    expect(decodeState(gordijnState, '?conjunctuur=-105&fonds=1').state).toEqual({ conjunctuur: 0, fonds: true });
    expect(decodeState(gordijnState, '?conjunctuur=100&fonds=1').state).toEqual({ conjunctuur: 100, fonds: true });
  });

  it('opens named presets, and lets explicit values override them', () => {
    expect(decodeState(gordijnState, '?preset=crisis-met-fonds')).toMatchObject({ state: { conjunctuur: -100, fonds: true }, preset: 'crisis-met-fonds', notices: [] });
    expect(decodeState(gordijnState, '?preset=crisis-met-fonds&conjunctuur=-50').state).toEqual({ conjunctuur: -50, fonds: true });
    expect(matchingPreset(gordijnState, { conjunctuur: 100, fonds: false })).toBe('hoogconjunctuur');
    expect(matchingPreset(gordijnState, { conjunctuur: 35, fonds: false })).toBeUndefined();
  });

  it('on a preset page reads the query on top of that preset', () => {
    // /grafieken/gordijnbeweging/hoogconjunctuur/?fonds=ja showed normale conjunctuur before the kit
    expect(decodeState(gordijnState, '?fonds=ja', { basePreset: 'hoogconjunctuur' }).state).toEqual({ conjunctuur: 100, fonds: true });
    expect(decodeState(gordijnState, '', { basePreset: 'crisis-met-fonds' }).state).toEqual({ conjunctuur: -100, fonds: true });
    // a preset in the query wins over the page's own
    expect(decodeState(gordijnState, '?preset=normaal', { basePreset: 'hoogconjunctuur' }).state).toEqual({ conjunctuur: 0, fonds: false });
  });

  it('snaps typed values to the slider’s steps, without float noise or -0', () => {
    expect(decodeState(gordijnState, '?conjunctuur=-62').state.conjunctuur).toBe(-60);
    expect(snapToStep(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(Object.is(snapToStep(-0.4, 5), 0)).toBe(true);
  });
});

describe('sloppy links are read, and said so', () => {
  it('spaces around a value', () => {
    const d = decodeState(gordijnState, '?conjunctuur=%20-40%20');
    expect(d.state.conjunctuur).toBe(-40);
    expect(d.notices.map((n) => n.code)).toEqual(['spaties']);
  });
  it('a byte-order mark in a name or value', () => {
    const d = decodeState(gordijnState, '?%EF%BB%BFconjunctuur=-40&fonds=%EF%BB%BF1');
    expect(d.state).toEqual({ conjunctuur: -40, fonds: true });
    expect(d.notices.map((n) => n.code)).toEqual(['bom']);
  });
  it('a parameter given twice: the first counts', () => {
    const d = decodeState(gordijnState, '?fonds=1&fonds=0&conjunctuur=5&conjunctuur=500');
    expect(d.state).toEqual({ conjunctuur: 5, fonds: true });
    expect(d.notices.map((n) => n.code)).toEqual(['dubbel', 'dubbel']);
    expect(d.notices.map((n) => n.text).join(' ')).toMatch(/‘conjunctuur’ meer dan eens.*‘participatiefonds’ meer dan eens|‘participatiefonds’ meer dan eens.*‘conjunctuur’ meer dan eens/);
  });
  it('tracking tags are ignored quietly, other unknown parameters mentioned', () => {
    expect(codes('?utm_source=x&fbclid=y&conjunctuur=20&v=1')).toEqual([]);
    expect(codes('?kleur=rood')).toEqual(['onbekende-parameter']);
  });
  it('a number between two steps is rounded, and said so; a value written another way is read, and said so', () => {
    expect(decodeState(gordijnState, '?conjunctuur=-62&v=1')).toMatchObject({ state: { conjunctuur: -60 }, notices: [{ code: 'afgerond' }] });
    for (const q of ['?conjunctuur=-060&v=1', '?conjunctuur=-60.0&v=1', '?fonds=ja&v=1', '?fonds=TRUE&v=1']) expect(codes(q), q).toEqual(['andere-schrijfwijze']);
    expect(codes('?conjunctuur=-60&v=%201')).toEqual(['spaties']);
  });
  it('a link the site would not write is read as it stands, and said so', () => {
    // a default spelled out, v= without values, values without v=, v=01, a preset with values on top
    for (const q of ['?fonds=0&v=1', '?v=1', '?conjunctuur=20', '?conjunctuur=20&v=01', '?preset=hoogconjunctuur&fonds=1&v=1', '?preset=normaal&v=1']) {
      expect(codes(q), q).toEqual(['andere-vorm']);
    }
    expect(decodeState(gordijnState, '?preset=hoogconjunctuur&fonds=1&v=1').state).toEqual({ conjunctuur: 100, fonds: true });
    // the forms the site writes, in any order, with tracking tags: no notice
    for (const q of ['', '?conjunctuur=20&v=1', '?v=1&fonds=1&conjunctuur=20&utm_medium=x', '?preset=normaal', '?conjunctuur=%2D20&v=1']) expect(codes(q), q).toEqual([]);
    // a page's own preset: the parameters that differ from it (chapter links from before namespaces)
    expect(codes('?conjunctuur=-40&v=1', gordijnState, { basePreset: 'crisis-met-fonds' })).toEqual([]);
    expect(codes('?conjunctuur=-40&fonds=1&v=1', gordijnState, { basePreset: 'crisis-met-fonds' })).toEqual([]);
    expect(codes('?fonds=1&v=1', gordijnState, { basePreset: 'crisis-met-fonds' })).toEqual(['andere-vorm']);
  });
});

describe('versions and migrations', () => {
  // A hypothetical version 3 of the gordijnbeweging: version 2 renamed "conjunctuur" to
  // "cyclus"; version 3 renamed the preset "hoogconjunctuur" to "hoog".
  const v3: WidgetStateSpec<GordijnState> = {
    ...gordijnState,
    version: 3,
    fields: { ...gordijnState.fields, conjunctuur: { ...gordijnState.fields.conjunctuur, param: 'cyclus' } },
    presets: Object.fromEntries(Object.entries(gordijnState.presets).map(([k, p]) => [k === 'hoogconjunctuur' ? 'hoog' : k, p])),
    migrations: {
      1: (p) => {
        const old = p.get('conjunctuur');
        p.delete('conjunctuur');
        if (old !== null) p.set('cyclus', old);
        return p;
      },
      2: (p) => {
        if (p.get('preset') === 'hoogconjunctuur') p.set('preset', 'hoog');
        return p;
      },
    },
  };
  it('a link with v=1 goes through every migration', () => {
    expect(decodeState(v3, '?conjunctuur=-40&v=1').state).toEqual({ conjunctuur: -40, fonds: false });
    expect(decodeState(v3, '?cyclus=-40&v=2').state).toEqual({ conjunctuur: -40, fonds: false });
    expect(decodeState(v3, '?cyclus=-40&v=3').state).toEqual({ conjunctuur: -40, fonds: false });
  });
  it('a link without v= is version 1, so a renamed preset still opens', () => {
    const d = decodeState(v3, '?preset=hoogconjunctuur');
    expect(d.state).toEqual({ conjunctuur: 100, fonds: false });
    expect(d.notices).toEqual([]);
    expect(decodeState(v3, '?conjunctuur=-40').state.conjunctuur).toBe(-40);
  });
  it('an unknown version is read as the current one, with a notice', () => {
    expect(codes('?v=99&conjunctuur=20', v3)).toContain('onbekende-versie');
  });
});

describe('namespaces: several widgets on one page', () => {
  it('each instance reads only its own parameters', () => {
    const query = '?a.conjunctuur=-40&a.v=1&b.fonds=1&b.v=1';
    expect(decodeState(gordijnState, query, { namespace: 'a' })).toMatchObject({ state: { conjunctuur: -40, fonds: false }, notices: [] });
    expect(decodeState(gordijnState, query, { namespace: 'b' })).toMatchObject({ state: { conjunctuur: 0, fonds: true }, notices: [] });
    expect(encodeState(gordijnState, { conjunctuur: -40, fonds: false }, { namespace: 'a' }).toString()).toBe('a.conjunctuur=-40&a.v=1');
  });
  it('a page with one widget still reads a link written without namespace (released chapter links)', () => {
    expect(decodeState(gordijnState, '?conjunctuur=-40&v=1', { namespace: 'gordijnbeweging', acceptBare: true }).state.conjunctuur).toBe(-40);
    expect(decodeState(gordijnState, '?conjunctuur=-40&v=1', { namespace: 'gordijnbeweging', acceptBare: false }).state.conjunctuur).toBe(0);
  });
  it('writing one instance keeps every other parameter on the page', () => {
    const opts = { namespace: 'a', initial: { conjunctuur: 0, fonds: false }, alone: false };
    const page = '?b.conjunctuur=20&b.v=1&utm_source=debat';
    const written = instanceQuery(gordijnState, page, { conjunctuur: -40, fonds: false }, opts);
    const params = new URLSearchParams(written);
    expect(params.get('a.conjunctuur')).toBe('-40');
    expect(params.get('b.conjunctuur')).toBe('20');
    expect(params.get('utm_source')).toBe('debat');
    // b still reads its own state from the new query, a its own
    expect(decodeState(gordijnState, written, { namespace: 'b' }).state).toEqual({ conjunctuur: 20, fonds: false });
    expect(decodeState(gordijnState, written, { namespace: 'a' }).state).toEqual({ conjunctuur: -40, fonds: false });
    // a preset is written by name; back to the state the page opened in, a's parameters go
    expect(instanceQuery(gordijnState, written, { conjunctuur: -100, fonds: true }, opts)).toBe('?b.conjunctuur=20&b.v=1&utm_source=debat&a.preset=crisis-met-fonds');
    expect(instanceQuery(gordijnState, written, opts.initial, opts)).toBe(page);
  });
  it('writes a chapter instance relative to the preset it opens in, which it reads the link on top of', () => {
    // the chapter's "met-fonds" instance opens on crisis-met-fonds: unticking the fund must stay unticked
    const opts = { namespace: 'met-fonds', initial: { conjunctuur: -100, fonds: true }, alone: false };
    const written = instanceQuery(gordijnState, '', { conjunctuur: -40, fonds: false }, opts);
    expect(written).toBe('?met-fonds.conjunctuur=-40&met-fonds.fonds=0&met-fonds.v=1');
    expect(decodeState(gordijnState, written, { namespace: 'met-fonds', basePreset: 'crisis-met-fonds' })).toMatchObject({ state: { conjunctuur: -40, fonds: false }, notices: [] });
  });
  it('a page with one widget takes over a link written without namespace', () => {
    expect(instanceQuery(gordijnState, '?conjunctuur=-40&v=1', { conjunctuur: -20, fonds: false }, { namespace: 'g', initial: gordijnState.defaults, alone: true })).toBe(
      '?g.conjunctuur=-20&g.v=1',
    );
  });
  it('a bad value in one namespace does not touch the other', () => {
    const query = '?a.conjunctuur=banaan&b.conjunctuur=20&b.v=1';
    expect(codes(query, gordijnState, { namespace: 'b' })).toEqual([]);
    expect(codes(query, gordijnState, { namespace: 'a' })).toEqual(['ongeldige-waarde']);
  });
});

describe('list, range, sort and choice fields', () => {
  const SERIES = ['ww', 'bijstand', 'werkloosheid'] as const;
  const schema = z.strictObject({
    reeks: z.array(z.enum(SERIES)),
    jaren: z.tuple([z.number(), z.number()]),
    sorteer: z.object({ column: z.enum(['naam', 'aantal']), descending: z.boolean() }),
    schaal: z.enum(['lineair', 'log']),
    labels: z.boolean(),
    jaar: z.number(),
  });
  type S = z.infer<typeof schema>;
  const spec: WidgetStateSpec<S> = {
    name: 'test',
    version: 1,
    schema,
    defaults: { reeks: ['bijstand'], jaren: [1998, 2018], sorteer: { column: 'naam', descending: false }, schaal: 'lineair', labels: true, jaar: 2016 },
    fields: {
      reeks: listField('reeks', 'reeksen', SERIES, { min: 1, max: 3 }),
      jaren: rangeField('jaren', 'periode', 1998, 2018, 1),
      sorteer: sortField('sorteer', 'sortering', ['naam', 'aantal']),
      schaal: choiceField('schaal', 'schaal', ['lineair', 'log']),
      labels: booleanField('labels', 'labels'),
      jaar: numberField('jaar', 'jaar', 2015, 2017, 1),
    },
    presets: {},
  };
  const arbitrary = fc.record({
    reeks: fc.uniqueArray(fc.constantFrom(...SERIES), { minLength: 1, maxLength: 3 }),
    jaren: fc.tuple(fc.integer({ min: 1998, max: 2018 }), fc.integer({ min: 1998, max: 2018 })).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]),
    sorteer: fc.record({ column: fc.constantFrom('naam' as const, 'aantal' as const), descending: fc.boolean() }),
    schaal: fc.constantFrom('lineair' as const, 'log' as const),
    labels: fc.boolean(),
    jaar: fc.integer({ min: 2015, max: 2017 }),
  });

  it('writes readable parameters, only where they differ from the defaults', () => {
    const state: S = { ...spec.defaults, reeks: ['ww', 'bijstand'], jaren: [2008, 2014], sorteer: { column: 'aantal', descending: true } };
    expect(decodeURIComponent(stateQuery(spec, state))).toBe('?reeks=ww,bijstand&jaren=2008..2014&sorteer=-aantal&v=1');
    expect(stateQuery(spec, { ...spec.defaults, reeks: ['bijstand'] as S['reeks'] })).toBe('');
  });
  it('round-trips every valid state, order of a selection included', () => {
    fc.assert(
      fc.property(arbitrary, (state) => {
        const d = decodeState(spec, stateQuery(spec, state));
        expect(d.state).toEqual(state);
        expect(d.notices).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
  it('refuses duplicates, unknown items, reversed or out-of-range ranges and unknown columns', () => {
    for (const bad of ['?reeks=ww,ww', '?reeks=ww,kinderbijslag', '?reeks=', '?jaren=2014..2008', '?jaren=1990..2000', '?jaren=2008-2014', '?sorteer=-kleur', '?schaal=kwadratisch']) {
      const d = decodeState(spec, bad);
      expect(d.notices.map((n) => n.code), bad).toEqual(['ongeldige-waarde']);
      expect(d.state, bad).toEqual(spec.defaults);
    }
  });
  it('decodes any string to a valid state', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(schema.safeParse(decodeState(spec, `?reeks=${s}&jaren=${s}&sorteer=${s}`).state).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('numberBounds', () => {
  it('gives a range control exactly the bounds and step of its number field', () => {
    expect(numberBounds(gordijnState.fields, 'conjunctuur')).toEqual({ min: -100, max: 100, step: 5 });
  });
  it('refuses a field that is not a number', () => {
    expect(() => numberBounds(gordijnState.fields, 'fonds')).toThrow(/geen getal/);
  });
});
