// The state of a widget in the URL: one codec that every widget shares.
//
// A chart link pasted into a debate must reopen the same chart years later (OWID Grapher's
// GrapherUrl and GrapherUrlMigrations are the model). So:
// - each widget describes its state as a zod/mini object with defaults and bounds, and a version;
// - only values that differ from the defaults are written, as readable query parameters, plus
//   `v=<version>`; a link without `v=` is version 1 (the first links carried none for the
//   default), so every later version reaches today's through the migrations;
// - named presets (`?preset=crisis-met-fonds`) are the friendly form for chapters to link to; a
//   preset page reads its query on top of its own preset;
// - on a page with several widgets each instance reads and writes only its own namespace
//   (`?kaart.jaar=2016&tijd.reeks=ww`), so two widgets never read each other's parameters;
// - decoding never throws: any invalid, unknown or hostile value falls back to its default and
//   produces a Dutch notice for the reader; sloppy input that can still be read (spaces around a
//   value, a byte-order mark, a parameter given twice) is read, and said so. Values only ever
//   become numbers, booleans, members of a fixed list or tuples of those, never markup.
// The schema is a zod/mini schema in the widgets: this module runs in the browser, where the full
// zod would cost some 15 kB gzipped. URLSearchParams does the parsing and escaping.

/** What the codec needs of a schema: zod (classic or mini) schemas fit. */
export interface StateSchema<S> {
  safeParse(data: unknown): { success: true; data: S } | { success: false };
}

/**
 * What values a field accepts, described as data: the codec's own bounds, steps and lists. The
 * decoder uses it to tell a rounded number from a differently written one, and the property
 * tests (tests/unit/widget-codec.test.ts) generate valid and invalid values from it for every
 * registered widget, so a new field type is covered once it says what it accepts.
 */
export type FieldShape =
  | { kind: 'number'; min: number; max: number; step: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; choices: readonly string[] }
  /** `items`: every accepted item, or (`open`) examples of items a test function accepts */
  | { kind: 'list'; items: readonly string[]; open: boolean; min: number; max: number }
  | { kind: 'range'; min: number; max: number; step: number }
  | { kind: 'sort'; columns: readonly string[] };

/** One query parameter: how a field is written and read. */
/**
 * A number field's bounds for its range control: the codec's own, so that a control never offers
 * a value the link would refuse or round (used by each widget's controls.ts).
 */
export function numberBounds<S>(fields: { [K in keyof S]: FieldCodec<S[K]> }, field: keyof S): { min: number; max: number; step: number } {
  const shape = fields[field].shape;
  if (shape.kind !== 'number') throw new Error(`${String(field)} is geen getal`);
  return { min: shape.min, max: shape.max, step: shape.step };
}

export interface FieldCodec<T> {
  /** the query parameter's name */
  param: string;
  /** a human name for notices ("conjunctuur") */
  label: string;
  shape: FieldShape;
  encode: (value: T) => string;
  /** undefined when the text is not a valid value; the text arrives trimmed */
  decode: (text: string) => T | undefined;
  /** value equality, for lists and ranges (default: Object.is) */
  equals?: (a: T, b: T) => boolean;
}

export interface Preset<S> {
  /** what the preset navigation shows ("Crisis met participatiefonds") */
  label: string;
  /** one or two sentences: the preset page's description */
  description: string;
  state: Partial<S>;
}

export interface WidgetStateSpec<S extends Record<string, unknown>> {
  /** the widget's name, as in data-widget="…" and /grafieken/<name>/ */
  name: string;
  /** the current URL schema version; raise it when the meaning of a parameter changes */
  version: number;
  schema: StateSchema<S>;
  defaults: S;
  fields: { [K in keyof S]: FieldCodec<S[K]> };
  presets: Record<string, Preset<S>>;
  /**
   * Migrations from older versions: migrations[n] turns the parameters of version n into those of
   * version n + 1 (rename a parameter, a value or a preset). Every version ever released keeps its
   * migration and a test. They see the parameters without namespace.
   */
  migrations?: Record<number, (params: URLSearchParams) => URLSearchParams>;
}

export type NoticeCode =
  | 'te-lang'
  | 'onleesbaar'
  | 'onbekende-versie'
  | 'onbekende-voorinstelling'
  | 'ongeldige-waarde'
  | 'spaties'
  | 'bom'
  | 'dubbel'
  | 'onbekende-parameter'
  | 'onmogelijke-combinatie'
  /** a number between two steps of the field: the nearest step is shown */
  | 'afgerond'
  /** a value read exactly, but not written as the site writes it (`fonds=ja`, `conjunctuur=05`) */
  | 'andere-schrijfwijze'
  /** every value fine, but the link as a whole is not one the site writes (a default spelled out, `v=` alone) */
  | 'andere-vorm';

export interface Notice {
  code: NoticeCode;
  /** the Dutch sentence the reader sees */
  text: string;
}

export interface DecodedState<S> {
  state: S;
  /** the preset the state started from: the link's `preset=` if valid, else the base preset */
  preset?: string | undefined;
  /** what could not be read, or was read from sloppy input; empty when the link was clean */
  notices: Notice[];
  /** did the query say anything about this widget (a field, a preset or a version)? */
  mentioned: boolean;
}

export interface DecodeOptions {
  /** read `<namespace>.<param>` instead of `<param>` (several widgets on one page) */
  namespace?: string | undefined;
  /** with a namespace: also read parameters without one (a page that has only this widget) */
  acceptBare?: boolean;
  /** the preset the page itself shows; the query is read on top of it */
  basePreset?: string | undefined;
  /**
   * Parameters the kit reads elsewhere for this instance (a data widget's `data=`, see
   * vintage.ts): not unknown here, and not part of the state's own link.
   */
  alsoKnown?: readonly string[];
}

export interface EncodeOptions<S = Record<string, unknown>> {
  namespace?: string | undefined;
  /**
   * The state the page opens in without parameters (a chapter's own preset): only values that
   * differ from it are written, because the page reads the link on top of it. Default: the defaults.
   */
  base?: S | undefined;
}

const MAX_QUERY_LENGTH = 2000;
/** Parameters that sharing platforms add; they say nothing about the chart. */
const IGNORED_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref)$/;
const BOM = '\ufeff';
/** the first schema version; links without `v=` were written by it */
export const FIRST_VERSION = 1;

/** Rounds to a multiple of step without float noise (0.1 + 0.2 stays 0.3) and without -0. */
export function snapToStep(n: number, step: number): number {
  const decimals = (String(step).split('.')[1] ?? '').length;
  return Number((Math.round(n / step) * step).toFixed(decimals)) + 0;
}

const NUMBER_TEXT = /^-?\d{1,6}(\.\d{1,6})?$/;

function parseBoundedNumber(text: string, min: number, max: number, step: number): number | undefined {
  if (!NUMBER_TEXT.test(text)) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max) return undefined;
  return snapToStep(n, step);
}

/** A number parameter within bounds, rounded to a step (so that any link maps to a drawn state). */
export function numberField(param: string, label: string, min: number, max: number, step: number): FieldCodec<number> {
  return {
    param,
    label,
    shape: { kind: 'number', min, max, step },
    encode: (v) => String(v),
    decode: (text) => parseBoundedNumber(text, min, max, step),
  };
}

/** A yes/no parameter: "1" or "0" (also "ja"/"nee", "true"/"false", "aan"/"uit" when typed by hand). */
export function booleanField(param: string, label: string): FieldCodec<boolean> {
  return {
    param,
    label,
    shape: { kind: 'boolean' },
    encode: (v) => (v ? '1' : '0'),
    decode: (text) => {
      const t = text.toLowerCase();
      if (['1', 'ja', 'true', 'aan'].includes(t)) return true;
      if (['0', 'nee', 'false', 'uit'].includes(t)) return false;
      return undefined;
    },
  };
}

/** One of a fixed list of values. */
export function choiceField<T extends string>(param: string, label: string, choices: readonly T[]): FieldCodec<T> {
  return {
    param,
    label,
    shape: { kind: 'choice', choices },
    encode: (v) => v,
    decode: (text) => ((choices as readonly string[]).includes(text) ? (text as T) : undefined),
  };
}

/** Which items a list field accepts: a fixed list, or a test (a municipality code, say). */
export type ItemCheck<T extends string> = readonly T[] | ((item: string) => item is T);

function accepts<T extends string>(check: ItemCheck<T>, item: string): item is T {
  return typeof check === 'function' ? check(item) : (check as readonly string[]).includes(item);
}

/**
 * A selection of items, written comma-separated in the reader's order (`reeks=ww,bijstand`):
 * series to show, municipalities to compare. No duplicates; between `min` and `max` items.
 * With a test function instead of a list, `examples` names a few items it accepts (the property
 * tests build valid links from them).
 */
export function listField<T extends string>(
  param: string,
  label: string,
  items: ItemCheck<T>,
  { min = 0, max = 50, examples = [] }: { min?: number; max?: number; examples?: readonly T[] } = {},
): FieldCodec<T[]> {
  const open = typeof items === 'function';
  return {
    param,
    label,
    shape: { kind: 'list', items: (open ? examples : items) as readonly string[], open, min, max },
    encode: (v) => v.join(','),
    decode: (text) => {
      const parts = text === '' ? [] : text.split(',');
      if (parts.length < min || parts.length > max) return undefined;
      if (new Set(parts).size !== parts.length) return undefined;
      if (!parts.every((p) => accepts(items, p))) return undefined;
      return parts as T[];
    },
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  };
}

/**
 * A range within bounds, written `from..to` as OWID writes its time range (`jaren=2008..2014`):
 * a zoom. Both ends are rounded to the step; `from` must not be after `to`.
 */
export function rangeField(param: string, label: string, min: number, max: number, step: number): FieldCodec<[number, number]> {
  return {
    param,
    label,
    shape: { kind: 'range', min, max, step },
    encode: ([from, to]) => `${from}..${to}`,
    decode: (text) => {
      const m = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(text);
      if (!m) return undefined;
      const from = parseBoundedNumber(m[1]!, min, max, step);
      const to = parseBoundedNumber(m[2]!, min, max, step);
      if (from === undefined || to === undefined || from > to) return undefined;
      return [from, to];
    },
    equals: (a, b) => a[0] === b[0] && a[1] === b[1],
  };
}

export interface SortOrder<C extends string> {
  column: C;
  descending: boolean;
}

/** A table's sort: a column name, with a leading minus for descending (`sorteer=-aantal`). */
export function sortField<C extends string>(param: string, label: string, columns: readonly C[]): FieldCodec<SortOrder<C>> {
  return {
    param,
    label,
    shape: { kind: 'sort', columns },
    encode: ({ column, descending }) => `${descending ? '-' : ''}${column}`,
    decode: (text) => {
      const descending = text.startsWith('-');
      const column = descending ? text.slice(1) : text;
      return (columns as readonly string[]).includes(column) ? { column: column as C, descending } : undefined;
    },
    equals: (a, b) => a.column === b.column && a.descending === b.descending,
  };
}

function keysOf<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>): (keyof S & string)[] {
  return Object.keys(spec.fields) as (keyof S & string)[];
}

function sameValue<T>(field: FieldCodec<T>, a: T, b: T): boolean {
  return field.equals ? field.equals(a, b) : Object.is(a, b);
}

/** Do two states of this widget say the same thing? */
export function sameState<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, a: S, b: S): boolean {
  return keysOf(spec).every((k) => sameValue(spec.fields[k], a[k], b[k]));
}

/** A preset's full state: the defaults with the preset's values on top. */
export function presetState<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, name: string): S | undefined {
  const preset = Object.hasOwn(spec.presets, name) ? spec.presets[name] : undefined;
  return preset ? { ...spec.defaults, ...preset.state } : undefined;
}

function withNamespace(namespace: string | undefined, param: string): string {
  return namespace ? `${namespace}.${param}` : param;
}

/** The URL parameters for a state: only the values that differ from the defaults (or `base`), plus `v=`. */
export function encodeState<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S, options: EncodeOptions<S> = {}): URLSearchParams {
  const params = new URLSearchParams();
  const base = options.base ?? spec.defaults;
  for (const key of keysOf(spec)) {
    const field = spec.fields[key];
    if (!sameValue(field, state[key], base[key])) params.set(withNamespace(options.namespace, field.param), field.encode(state[key]));
  }
  if ([...params.keys()].length > 0) params.set(withNamespace(options.namespace, 'v'), String(spec.version));
  return params;
}

/** The query string for a state, with "?" when there is something to say. */
export function stateQuery<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S, options: EncodeOptions<S> = {}): string {
  const q = encodeState(spec, state, options).toString();
  return q ? `?${q}` : '';
}

/** The preset a state equals exactly, if any: lets a share link use the friendly form. */
export function matchingPreset<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): string | undefined {
  return Object.keys(spec.presets).find((name) => sameState(spec, presetState(spec, name)!, state));
}

/**
 * The parameters of one widget instance: those in its namespace (with the prefix taken off), or
 * the bare ones where the page lets it read them. Keys and values keep what the link said, so
 * that sloppiness can be reported.
 */
function ownParams(all: URLSearchParams, options: DecodeOptions): URLSearchParams {
  const { namespace, acceptBare = false } = options;
  // a page of its own (widget page, preset page, embed): every parameter is this widget's
  if (!namespace) return new URLSearchParams([...all]);
  const prefix = `${namespace}.`;
  // a byte-order mark before the namespace is kept (in front), so that it is reported below
  const own = [...all]
    .filter(([k]) => k.replaceAll(BOM, '').startsWith(prefix))
    .map(([k, v]) => [`${k.includes(BOM) ? BOM : ''}${k.replaceAll(BOM, '').slice(prefix.length)}`, v] as [string, string]);
  if (own.length > 0 || !acceptBare) return new URLSearchParams(own);
  return new URLSearchParams([...all].filter(([k]) => !k.replaceAll(BOM, '').includes('.')));
}

/**
 * Does this instance read the parameters without namespace: a page of its own, or a page that
 * has only this widget and a link without any of its namespaced parameters (an older link)?
 */
export function readsBareParams(search: string, options: DecodeOptions): boolean {
  if (!options.namespace) return true;
  if (!options.acceptBare) return false;
  let all: URLSearchParams;
  try {
    all = new URLSearchParams(search.length > MAX_QUERY_LENGTH ? '' : search);
  } catch {
    return true;
  }
  return ![...all.keys()].some((k) => k.replaceAll(BOM, '').startsWith(`${options.namespace}.`));
}

/** Reads a state from a query string. Never throws; falls back to defaults with notices. */
export function decodeState<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, search: string, options: DecodeOptions = {}): DecodedState<S> {
  const notices: Notice[] = [];
  const say = (code: NoticeCode, text: string) => {
    if (!notices.some((n) => n.code === code && n.text === text)) notices.push({ code, text });
  };
  let all: URLSearchParams;
  if (search.length > MAX_QUERY_LENGTH) {
    all = new URLSearchParams();
    say('te-lang', 'De link was te lang om te lezen; de grafiek toont de standaardinstelling.');
  } else {
    try {
      all = new URLSearchParams(search);
    } catch {
      all = new URLSearchParams();
      say('onleesbaar', 'De link kon niet worden gelezen; de grafiek toont de standaardinstelling.');
    }
  }

  // Byte-order marks (pasted from a Word or Excel file) are taken out, and said so.
  let raw = ownParams(all, options);
  if ([...raw].some(([k, v]) => k.includes(BOM) || v.includes(BOM))) {
    say('bom', 'De link bevatte een onzichtbaar teken (een byte-order mark); dat is weggelaten.');
    raw = new URLSearchParams([...raw].map(([k, v]) => [k.replaceAll(BOM, ''), v.replaceAll(BOM, '')]));
  }

  // Migrate links made with an older schema version; no `v=` means version 1.
  const versionText = raw.get('v');
  let version = FIRST_VERSION;
  if (versionText !== null) {
    if (versionText.trim() !== versionText) say('spaties', 'In de link stonden spaties rond de versie; die is toch gelezen.');
    const parsed = /^\d{1,3}$/.test(versionText.trim()) ? Number(versionText.trim()) : NaN;
    if (!Number.isInteger(parsed) || parsed < FIRST_VERSION || parsed > spec.version) {
      say('onbekende-versie', 'Deze link komt uit een onbekende versie van de grafiek; waar mogelijk is hij toch gelezen.');
      version = spec.version;
    } else {
      version = parsed;
    }
  }
  let params = raw;
  for (let v = version; v < spec.version; v++) {
    const migrate = spec.migrations?.[v];
    if (migrate) params = migrate(new URLSearchParams(params));
  }

  /** The value of a parameter, with notices for spaces and repeats. */
  const read = (param: string, label: string): string | null => {
    const values = params.getAll(param);
    if (values.length === 0) return null;
    if (values.length > 1) say('dubbel', `De link noemt ‘${label}’ meer dan eens; de eerste waarde is gebruikt.`);
    const first = values[0]!;
    const trimmed = first.trim();
    if (trimmed !== first) say('spaties', `In de link stonden spaties rond ‘${label}’; de waarde is toch gelezen.`);
    return trimmed;
  };

  const fieldParams = keysOf(spec).map((k) => spec.fields[k].param);
  const mentioned = [...params.keys()].some((k) => k === 'v' || k === 'preset' || fieldParams.includes(k.trim()));

  let state: S = { ...spec.defaults };
  let preset: string | undefined;
  if (options.basePreset !== undefined) {
    const base = presetState(spec, options.basePreset);
    if (base) {
      state = base;
      preset = options.basePreset;
    }
  }
  const presetName = read('preset', 'voorinstelling');
  if (presetName !== null) {
    const found = presetState(spec, presetName);
    if (found) {
      preset = presetName;
      state = found;
    } else {
      say('onbekende-voorinstelling', 'De voorinstelling in de link bestaat niet; de grafiek toont de standaardinstelling.');
    }
  }

  for (const key of keysOf(spec)) {
    const field = spec.fields[key];
    const text = read(field.param, field.label);
    if (text === null) continue;
    const value = field.decode(text);
    if (value === undefined) {
      say('ongeldige-waarde', `De waarde voor ‘${field.label}’ in de link is ongeldig; de standaardwaarde wordt gebruikt.`);
      continue;
    }
    // Read, but not as the site writes it: say whether the reader sees another number than the
    // link asked for (rounded to a step) or the same value written differently ("ja", "05").
    if (field.encode(value) !== text) {
      if (wasRounded(field.shape, text, value)) say('afgerond', `De waarde voor ‘${field.label}’ in de link ligt tussen twee standen van de grafiek; de dichtstbijzijnde stand wordt getoond.`);
      else say('andere-schrijfwijze', `De waarde voor ‘${field.label}’ in de link is anders geschreven dan deze site dat doet; ze is toch gelezen.`);
    }
    state = { ...state, [key]: value };
  }

  // Parameters this widget does not know: tracking tags are ignored quietly, anything else is
  // mentioned, so a mistyped link does not silently show something else than intended.
  const alsoKnown = options.alsoKnown ?? [];
  const known = new Set(['v', 'preset', ...fieldParams, ...alsoKnown]);
  const unknown = [...new Set(params.keys())].filter((k) => !known.has(k) && !known.has(k.trim()) && !IGNORED_PARAMS.test(k));
  if (unknown.length > 0) say('onbekende-parameter', 'De link bevat onderdelen die deze grafiek niet kent; die zijn genegeerd.');

  // Last line of defence: whatever came through must satisfy the schema.
  const checked = spec.schema.safeParse(state);
  if (!checked.success) {
    say('onmogelijke-combinatie', 'De link gaf een onmogelijke combinatie; de grafiek toont de standaardinstelling.');
    return { state: { ...spec.defaults }, notices, mentioned };
  }
  // Every value was fine, yet the link is not one the site writes (a default spelled out, `v=`
  // without values, a preset with values on top): read as it stands, and said so, so that a
  // notice appears whenever a link was not clean (the property tests hold the kit to that).
  if (notices.length === 0) {
    const own = [...params].filter(([k]) => !IGNORED_PARAMS.test(k) && !alsoKnown.includes(k));
    if (!isWrittenForm(spec, checked.data, own, options.basePreset)) {
      say('andere-vorm', 'De link is anders opgebouwd dan de links die deze site maakt; hij is toch gelezen.');
    }
  }
  return { state: checked.data, preset, notices, mentioned };
}

/** Did the text name another number than the one read (a value between two steps)? */
function wasRounded(shape: FieldShape, text: string, value: unknown): boolean {
  if (shape.kind === 'number') return Number(text) !== value;
  if (shape.kind === 'range') {
    const ends = text.split('..').map(Number);
    const [from, to] = value as [number, number];
    return ends[0] !== from || ends[1] !== to;
  }
  return false;
}

/**
 * Is `pairs` (this instance's parameters, tracking tags left out) a link the site writes for
 * `state`: its parameters relative to the defaults or to the page's own preset (the form chapter
 * links had before namespaces), or a preset's name alone? Links of an older released version
 * count with their own `v=`: the migrations have already brought their parameters up to date.
 */
function isWrittenForm<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S, pairs: [string, string][], basePreset: string | undefined): boolean {
  const released = (v: string) => /^[1-9]\d{0,2}$/.test(v) && Number(v) <= spec.version;
  const actual = pairs.map(([k, v]) => (k === 'v' && released(v) ? `v=${spec.version}` : `${k}=${v}`)).sort();
  const same = (expected: string[]) => expected.length === actual.length && expected.sort().every((e, i) => e === actual[i]);
  const relative = (base: S) => {
    const out = keysOf(spec)
      .filter((k) => !sameValue(spec.fields[k], state[k], base[k]))
      .map((k) => `${spec.fields[k].param}=${spec.fields[k].encode(state[k])}`);
    return out.length > 0 ? [...out, `v=${spec.version}`] : [];
  };
  const base = basePreset !== undefined ? presetState(spec, basePreset) : undefined;
  if (same(relative(spec.defaults)) || (base && same(relative(base)))) return true;
  return Object.keys(spec.presets).some((name) => same([`preset=${name}`]) && sameState(spec, presetState(spec, name)!, state));
}

export interface InstanceQueryOptions<S> {
  namespace: string;
  /** the state the page opened this instance in: no parameters are needed for it */
  initial: S;
  /** the page has only this widget: bare parameters (links from before namespaces) are its own */
  alone: boolean;
  /** parameters the kit adds for this instance (its data vintage), already namespaced */
  extra?: string;
}

/**
 * The query of a page of text after one widget instance changed: every parameter that is not
 * this instance's stays as it was (another widget's, a tracking tag), this instance's are
 * replaced by its state in the short form (a preset's name where it is one).
 */
export function instanceQuery<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, search: string, state: S, options: InstanceQueryOptions<S>): string {
  const { namespace, initial, alone, extra = '' } = options;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const bare = new Set(['v', 'preset', 'data', ...keysOf(spec).map((k) => spec.fields[k].param)]);
  const ours = (k: string) => k.startsWith(`${namespace}.`) || (alone && !k.includes('.') && bare.has(k));
  for (const k of [...new Set(params.keys())]) if (ours(k)) params.delete(k);
  if (!sameState(spec, state, initial)) {
    const preset = matchingPreset(spec, state);
    if (preset) params.set(`${namespace}.preset`, preset);
    // relative to the page's own preset, which the page reads the link on top of
    else for (const [k, v] of encodeState(spec, state, { namespace, base: initial })) params.set(k, v);
  }
  for (const [k, v] of new URLSearchParams(extra)) params.set(k, v);
  const q = params.toString();
  return q ? `?${q}` : '';
}
