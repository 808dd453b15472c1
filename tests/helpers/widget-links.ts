// Links for any registered widget, generated from what its fields say they accept (FieldShape in
// src/lib/widget-kit/state.ts): valid states, the links the site writes for them, those links
// made sloppy in every way we know, and hostile ones. Plus `isClean`, the definition the property
// tests hold the decoder to, written here independently of the decoder's own check.
import fc from 'fast-check';
import { encodeState, presetState, sameState, snapToStep, type DecodeOptions, type FieldShape, type WidgetStateSpec } from '../../src/lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../src/lib/widget-kit/spec.ts';

export type AnySpec = WidgetSpec<Record<string, unknown>, unknown, unknown, unknown>;
type Pair = [string, string];

/** Parameters that sharing platforms add (the decoder ignores them quietly). */
export const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref)$/;
const BOM = '\ufeff';
/** Put into every hostile key and value: the tests look for it in everything the widget shows. */
export const MARKER = 'zqxv';

/** How a page opens a widget: its own page, a preset page, a chapter (namespaced), an older chapter link. */
export interface LinkMode {
  name: string;
  options: DecodeOptions;
}

export function linkModes(spec: AnySpec): LinkMode[] {
  const presets = Object.keys(spec.state.presets);
  const other = presets.find((p) => p !== spec.defaultPreset) ?? spec.defaultPreset;
  return [
    { name: 'eigen pagina', options: {} },
    ...presets.filter((p) => p !== spec.defaultPreset).map((p) => ({ name: `voorinstellingspagina ${p}`, options: { basePreset: p } })),
    { name: 'hoofdstuk met namespace', options: { namespace: 'ns', basePreset: other } },
    { name: 'hoofdstuk met één widget (oude links zonder namespace)', options: { namespace: spec.name, acceptBare: true, basePreset: other } },
  ];
}

// --- valid values and states ----------------------------------------------------------------

function steps(min: number, max: number, step: number): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: Math.floor((max - min) / step + 1e-9) }).map((k) => snapToStep(min + k * step, step));
}

/** Every value a field accepts, from its shape. */
export function fieldValue(shape: FieldShape, label: string): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'number':
      return steps(shape.min, shape.max, shape.step);
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...shape.choices);
    case 'list': {
      if (shape.items.length < shape.min) throw new Error(`lijstveld ${label}: geef minstens ${shape.min} voorbeelden (examples) om geldige links van te maken`);
      return fc.uniqueArray(fc.constantFrom(...shape.items), { minLength: shape.min, maxLength: Math.min(shape.max, shape.items.length) });
    }
    case 'range':
      return fc.tuple(steps(shape.min, shape.max, shape.step), steps(shape.min, shape.max, shape.step)).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
    case 'sort':
      return fc.record({ column: fc.constantFrom(...shape.columns), descending: fc.boolean() });
  }
}

/** Every valid state of a widget (the schema has the last word on combinations). */
export function validState<S extends Record<string, unknown>>(state: WidgetStateSpec<S>): fc.Arbitrary<S> {
  const fields = Object.fromEntries(Object.entries(state.fields).map(([k, f]) => [k, fieldValue(f.shape, f.label)]));
  return (fc.record(fields) as fc.Arbitrary<S>).filter((s) => state.schema.safeParse(s).success);
}

// --- links the site writes ----------------------------------------------------------------

function pairsOf(params: URLSearchParams): Pair[] {
  return [...params];
}

/** The parameters that differ from `base`, as the site writes them, with `v=`. */
export function relativePairs<S extends Record<string, unknown>>(state: WidgetStateSpec<S>, s: S, base: S): Pair[] {
  const out: Pair[] = Object.entries(state.fields)
    .filter(([k, f]) => !(f.equals ? f.equals(s[k] as never, base[k] as never) : Object.is(s[k], base[k])))
    .map(([k, f]) => [f.param, f.encode(s[k] as never)]);
  return out.length > 0 ? [...out, ['v', String(state.version)]] : [];
}

/** What this instance reads of a query: its own namespace, or the bare parameters where it reads those. */
export function ownPairs(all: Pair[], options: DecodeOptions): Pair[] {
  const { namespace, acceptBare } = options;
  if (!namespace) return all;
  const prefix = `${namespace}.`;
  // a key with a byte-order mark stays marked by it: such a link is never clean
  const own = all.filter(([k]) => k.replaceAll(BOM, '').startsWith(prefix)).map(([k, v]) => [`${k.includes(BOM) ? BOM : ''}${k.replaceAll(BOM, '').slice(prefix.length)}`, v] as Pair);
  if (own.length > 0 || !acceptBare) return own;
  return all.filter(([k]) => !k.replaceAll(BOM, '').includes('.'));
}

function sameMultiset(a: Pair[], b: Pair[]): boolean {
  const key = (p: Pair[]) => p.map(([k, v]) => `${k}\u0000${v}`).sort().join('\u0001');
  return a.length === b.length && key(a) === key(b);
}

/**
 * The definition of a clean link (QUALITY.md: "a notice whenever the input was not a clean valid
 * state"): leaving out tracking tags (and, for a data widget, one `data=` naming a released
 * vintage), the instance's parameters are exactly what the site writes for the state `s` it
 * opens: its parameters relative to the defaults (encodeState) or to the page's own preset,
 * or a preset's name alone. Order does not matter; a parameter given twice, spaces, a
 * byte-order mark or any other spelling do. `s` is the state the decoder opened: that a clean
 * link opens the state it was written for is a property of its own.
 */
export function isClean(spec: AnySpec, search: string, options: DecodeOptions, s: Record<string, unknown>): boolean {
  if (search.length > 2000) return false;
  let own = ownPairs(pairsOf(new URLSearchParams(search)), options).filter(([k]) => !TRACKING.test(k));
  if (spec.vintages) {
    const data = own.filter(([k]) => k === 'data');
    if (data.length > 1 || (data.length === 1 && !spec.vintages.released.some((v) => v.id === data[0]![1]))) return false;
    own = own.filter(([k]) => k !== 'data');
  }
  const st = spec.state;
  const forms: Pair[][] = [pairsOf(encodeState(st, s))];
  const base = options.basePreset !== undefined ? presetState(st, options.basePreset) : undefined;
  if (base) forms.push(relativePairs(st, s, base));
  for (const name of Object.keys(st.presets)) if (sameState(st, presetState(st, name)!, s)) forms.push([['preset', name]]);
  return forms.some((f) => sameMultiset(f, own));
}

// --- building query strings -----------------------------------------------------------------

/** A query string from pairs, percent-encoded one way or another (all mean the same to a browser). */
export function queryOf(pairs: Pair[], style: 'encode' | 'plus' | 'raw' = 'encode'): string {
  const enc = (t: string) => (style === 'raw' ? t.replace(/[&#=%+]/g, encodeURIComponent) : style === 'plus' ? encodeURIComponent(t).replace(/%20/g, '+') : encodeURIComponent(t));
  return pairs.length ? `?${pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}` : '';
}

function namespaced(pairs: Pair[], options: DecodeOptions, bare: boolean): Pair[] {
  return options.namespace && !bare ? pairs.map(([k, v]) => [`${options.namespace}.${k}`, v]) : pairs;
}

/** What else stands in a query: tracking tags, and on a chapter page other widgets' parameters. */
function bystanders(options: DecodeOptions): fc.Arbitrary<Pair[]> {
  const tags = fc.array(fc.tuple(fc.constantFrom('utm_source', 'utm_medium', 'fbclid', 'gclid', 'ref'), fc.string({ maxLength: 12 })), { maxLength: 2 });
  if (!options.namespace) return tags;
  const foreign = fc.array(fc.tuple(fc.constantFrom('ander.conjunctuur', 'kaart.jaar', 'ander.v', 'x.preset'), fc.string({ maxLength: 8 })), { maxLength: 2 });
  return fc.tuple(tags, foreign).map(([a, b]) => [...a, ...b]);
}

/** A clean link to a valid state, in one of the forms the site writes, with the state it must open. */
export function cleanLink(spec: AnySpec, options: DecodeOptions): fc.Arbitrary<{ query: string; state: Record<string, unknown> }> {
  const st = spec.state;
  const base = (options.basePreset !== undefined ? presetState(st, options.basePreset) : undefined) ?? st.defaults;
  const presets = Object.keys(st.presets);
  // The site writes a state relative to the state the page opens in (the defaults on a widget's
  // own page, the preset on a chapter or preset page), or a preset's name.
  const form = fc.oneof(
    validState(st).map((s) => ({ pairs: relativePairs(st, s, base), state: s })),
    fc.constantFrom(...presets).map((p) => ({ pairs: [['preset', p]] as Pair[], state: presetState(st, p)! })),
  );
  const data = spec.vintages ? fc.option(fc.constantFrom(...spec.vintages.released.map((v) => v.id)), { nil: undefined }) : fc.constant(undefined);
  // on a page with one widget, older links without namespace (only when no namespaced parameter is there)
  const bare = options.acceptBare ? fc.boolean() : fc.constant(false);
  return fc.record({ form, data, bare, extra: bystanders(options), style: fc.constantFrom('encode' as const, 'plus' as const, 'raw' as const), seed: fc.integer() }).map(({ form, data, bare, extra, style, seed }) => {
    const own = namespaced([...form.pairs, ...(data ? [['data', data] as Pair] : [])], options, bare);
    // bare links on a chapter page cannot carry other namespaces' parameters (those would win)
    const others = bare ? extra.filter(([k]) => !k.includes('.')) : extra;
    return { query: queryOf(shuffle([...own, ...others], seed), style), state: form.state };
  });
}

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let x = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// --- sloppy, broken and hostile links ---------------------------------------------------------

/** Markup, script URLs, prototype names, number edge cases and bad encodings. */
export const HOSTILE_VALUES = [
  `<img src=x onerror=alert('${MARKER}')>`,
  `"><svg onload=alert(1)>${MARKER}`,
  `</script><script>${MARKER}</script>`,
  `javascript:alert('${MARKER}')`,
  `&#60;b&#62;${MARKER}`,
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x10',
  '1_000',
  '١٢',
  '',
  ' ',
  '\u0000',
  '\u202e1',
  '9'.repeat(400),
];

/** Other ways of writing a value that a reader may type: right or wrong, each must be said. */
function respellings(text: string, shape: FieldShape): string[] {
  const out = [` ${text}`, `${text} `, `${BOM}${text}`, text.toUpperCase(), `0${text}`, `${text}.0`, `+${text}`, `${text},`, `${text}${MARKER}`];
  if (shape.kind === 'boolean') out.push('ja', 'nee', 'true', 'false', 'aan', 'uit', 'JA', 'yes', '2');
  if (shape.kind === 'number') {
    const n = Number(text);
    out.push(String(n + shape.step / 3), String(n - shape.step / 2), String(shape.min - shape.step), String(shape.max + shape.step), `${n}.00`, n === 0 ? '-0' : `-${text}`, String(n).replace(/^-/, '−'));
  }
  if (shape.kind === 'range') out.push(text.replace('..', '-'), text.replace('..', '...'), text.split('..').reverse().join('..'), `${text}..1`);
  if (shape.kind === 'list') out.push(`${text},${text}`, text.split(',').reverse().join(','), text.replace(/,/g, ', '), `,${text}`);
  if (shape.kind === 'sort') out.push(`--${text}`, text.replace(/^-/, ''), `-${text}`);
  if (shape.kind === 'choice' || shape.kind === 'list' || shape.kind === 'sort') out.push(text.slice(1), `${text}x`);
  return out;
}

/**
 * A clean link made sloppy, broken or hostile in one or more steps: a value respelled or
 * replaced, a parameter repeated, dropped, renamed or added, `v=` changed, a preset added to
 * values. Some results are clean again (a value replaced by another valid one); `isClean`
 * decides, so the generator need not know.
 */
export function mutatedLink(spec: AnySpec, options: DecodeOptions): fc.Arbitrary<string> {
  const fields = Object.values(spec.state.fields);
  const params = [...fields.map((f) => f.param), 'v', 'preset', ...(spec.vintages ? ['data'] : [])];
  const presets = Object.keys(spec.state.presets);
  type Step = (pairs: Pair[], r: Rng) => Pair[];
  const pick = <T>(r: Rng, xs: readonly T[]): T => xs[r.int(xs.length)]!;
  const steps: Step[] = [
    // respell or replace one value
    (p, r) => {
      if (p.length === 0) return p;
      const i = r.int(p.length);
      const [k, v] = p[i]!;
      const field = fields.find((f) => k.endsWith(f.param));
      const spellings = field ? respellings(v, field.shape) : [` ${v}`, `${v}x`, `0${v}`, `${v}.0`, '', MARKER];
      const next = [...p];
      next[i] = [k, pick(r, [...spellings, ...spellings, ...HOSTILE_VALUES])];
      return next;
    },
    // repeat a parameter, with the same or another value
    (p, r) => (p.length === 0 ? p : [...p, [pick(r, p)[0], pick(r, [pick(r, p)[1], '1', '0', '-5'])]]),
    // drop one
    (p, r) => {
      const i = r.int(Math.max(1, p.length));
      return p.filter((_x, j) => j !== i);
    },
    // add a known parameter with some value: a default spelled out, a preset on top, v alone
    (p, r) => {
      const k = pick(r, params);
      const value =
        k === 'preset'
          ? pick(r, [...presets, 'bestaat-niet', '__proto__'])
          : k === 'v'
            ? pick(r, ['1', String(spec.state.version), '0', '01', '99', ' 1', '1.0'])
            : k === 'data'
              ? pick(r, [...(spec.vintages?.released.map((v) => v.id) ?? []), '2000-01', ' x'])
              : pick(r, ['0', '1', '5', '-100', '100', 'ja', MARKER]);
      return [...p, [namespacedKey(k, options, p), value]];
    },
    // an unknown parameter, a misspelled one, a hostile key
    (p, r) => [...p, [namespacedKey(pick(r, ['kleur', 'Conjunctuur', `${MARKER}<b>`, 'v ', ' preset', `${BOM}v`, 'utm_source', 'UTM_source', '']), options, p), pick(r, ['1', MARKER, ...HOSTILE_VALUES.slice(0, 3)])]],
    // a key with another case, a space or a byte-order mark
    (p, r) => {
      const i = r.int(Math.max(1, p.length));
      return p.map(([k, v], j) => (j === i ? [pick(r, [k.toUpperCase(), ` ${k}`, `${k} `, `${BOM}${k}`]), v] : [k, v]));
    },
  ];
  return fc
    .record({
      clean: cleanLink(spec, options),
      chosen: fc.array(fc.integer({ min: 0, max: steps.length - 1 }), { minLength: 1, maxLength: 3 }),
      seed: fc.integer(),
      style: fc.constantFrom('encode' as const, 'plus' as const, 'raw' as const),
    })
    .map(({ clean, chosen, seed, style }) => {
      let pairs: Pair[] = [...new URLSearchParams(clean.query)];
      const r = rng(seed);
      for (const c of chosen) pairs = steps[c]!(pairs, r);
      return queryOf(pairs, style);
    });
}

/** A key in the namespace the link already uses (so that a chapter link stays this instance's). */
function namespacedKey(k: string, options: DecodeOptions, pairs: Pair[]): string {
  if (!options.namespace) return k;
  const bare = pairs.length > 0 && pairs.every(([key]) => !key.startsWith(`${options.namespace}.`));
  return bare && options.acceptBare ? k : `${options.namespace}.${k}`;
}

interface Rng {
  /** an integer in [0, n) */
  int(n: number): number;
}

/** mulberry32: a small seeded generator, so that fast-check's seed (and shrinking) decides every choice. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return {
    int(n) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    },
  };
}

/** Anything at all: random text, random pairs of known and unknown keys, hostile values. */
export function anyLink(spec: AnySpec, options: DecodeOptions): fc.Arbitrary<string> {
  const params = [...Object.values(spec.state.fields).map((f) => f.param), 'v', 'preset', 'data', 'utm_source', MARKER];
  const keys = fc.oneof(fc.constantFrom(...params), fc.constantFrom(...params).map((p) => (options.namespace ? `${options.namespace}.${p}` : `x.${p}`)), fc.string({ maxLength: 12 }));
  const values = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.integer({ min: -1000, max: 1000 }).map(String));
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.tuple(keys, values), { maxLength: 6 }).map((pairs) => queryOf(pairs as Pair[], 'encode')),
    fc.array(fc.tuple(keys, values), { maxLength: 6 }).map((pairs) => queryOf(pairs as Pair[], 'raw')),
    fc.constantFrom('?%E0%A4%A', '?%', '?=&=&', '?&&&', '??v=1', `?${'a=1&'.repeat(600)}`, '?preset=__proto__', '?v=99&%E0%A4%A'),
  );
}
