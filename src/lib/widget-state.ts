// The state of a widget in the URL: one codec that every widget shares.
//
// A chart link pasted into a debate must reopen the same chart years later (OWID Grapher's
// GrapherUrl and GrapherUrlMigrations are the model). So:
// - each widget describes its state as a zod object with defaults and bounds, and a version;
// - only values that differ from the defaults are written, as readable query parameters, plus
//   `v=<version>` so that a later schema can migrate old links;
// - named presets (`?preset=crisis-met-fonds`) are the friendly form for chapters to link to;
// - decoding never throws: any invalid, unknown or hostile value falls back to its default and
//   produces a Dutch notice for the reader. Values only ever become numbers, booleans or members of
//   a fixed list, never markup.
// The schema is a zod/mini schema in the widgets: this module runs in the browser, where the full
// zod would cost some 15 kB gzipped.

/** What the codec needs of a schema: zod (classic or mini) schemas fit. */
export interface StateSchema<S> {
  safeParse(data: unknown): { success: true; data: S } | { success: false };
}

/** One query parameter: how a field is written and read. */
export type FieldCodec<T> = {
  /** the query parameter's name */
  param: string;
  /** a human name for notices ("conjunctuur") */
  label: string;
  encode: (value: T) => string;
  /** undefined when the text is not a valid value */
  decode: (text: string) => T | undefined;
};

export interface WidgetStateSpec<S extends Record<string, unknown>> {
  /** the widget's name, as in data-widget="…" and /grafieken/<name>/ */
  name: string;
  /** the current URL schema version; raise it when the meaning of a parameter changes */
  version: number;
  schema: StateSchema<S>;
  defaults: S;
  fields: { [K in keyof S]: FieldCodec<S[K]> };
  presets: Record<string, { label: string; description: string; state: Partial<S> }>;
  /**
   * Migrations from older versions: migrations[n] turns the parameters of version n into those of
   * version n + 1. Every version ever released keeps its migration (and a test).
   */
  migrations?: Record<number, (params: URLSearchParams) => URLSearchParams>;
}

export interface DecodedState<S> {
  state: S;
  /** the preset the link named, if it was valid */
  preset?: string;
  /** Dutch notices for the reader about what could not be read; empty when all was well */
  notices: string[];
}

const MAX_QUERY_LENGTH = 2000;
/** Parameters that sharing platforms add; they say nothing about the chart. */
const IGNORED_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref)$/;

/** Does the query say anything about this widget (a field, a preset or a version)? */
export function mentionsWidget<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, search: string): boolean {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return false;
  }
  const known = ['v', 'preset', ...Object.values(spec.fields).map((f) => (f as FieldCodec<unknown>).param)];
  return [...params.keys()].some((k) => known.includes(k));
}

/** Rounds to a multiple of step without float noise (0.1 + 0.2 stays 0.3) and without -0. */
export function snapToStep(n: number, step: number): number {
  const decimals = (String(step).split('.')[1] ?? '').length;
  return Number((Math.round(n / step) * step).toFixed(decimals)) + 0;
}

/** A number parameter within bounds, rounded to a step (so that any link maps to a drawn state). */
export function numberField(param: string, label: string, min: number, max: number, step: number): FieldCodec<number> {
  return {
    param,
    label,
    encode: (v) => String(v),
    decode: (text) => {
      if (!/^-?\d{1,6}(\.\d{1,6})?$/.test(text.trim())) return undefined;
      const n = Number(text);
      if (!Number.isFinite(n) || n < min || n > max) return undefined;
      return snapToStep(n, step);
    },
  };
}

/** A yes/no parameter: "1" or "0" (also "ja"/"nee", "true"/"false" when typed by hand). */
export function booleanField(param: string, label: string): FieldCodec<boolean> {
  return {
    param,
    label,
    encode: (v) => (v ? '1' : '0'),
    decode: (text) => {
      const t = text.trim().toLowerCase();
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
    encode: (v) => v,
    decode: (text) => (choices as readonly string[]).includes(text.trim()) ? (text.trim() as T) : undefined,
  };
}

function keysOf<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>): (keyof S & string)[] {
  return Object.keys(spec.fields) as (keyof S & string)[];
}

/** The URL parameters for a state: only the values that differ from the defaults. */
export function encodeState<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keysOf(spec)) {
    const field = spec.fields[key];
    if (!Object.is(state[key], spec.defaults[key])) params.set(field.param, field.encode(state[key]));
  }
  if ([...params.keys()].length > 0) params.set('v', String(spec.version));
  return params;
}

/** The query string for a state, with "?" when there is something to say. */
export function stateQuery<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): string {
  const q = encodeState(spec, state).toString();
  return q ? `?${q}` : '';
}

/** Reads a state from a query string. Never throws; falls back to defaults with notices. */
export function decodeState<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, search: string): DecodedState<S> {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_QUERY_LENGTH ? '' : search);
    if (search.length > MAX_QUERY_LENGTH) notices.push('De link was te lang om te lezen; de grafiek toont de standaardinstelling.');
  } catch {
    params = new URLSearchParams();
    notices.push('De link kon niet worden gelezen; de grafiek toont de standaardinstelling.');
  }

  // Migrate links made with an older schema version.
  const versionText = params.get('v');
  if (versionText !== null) {
    const version = /^\d{1,3}$/.test(versionText) ? Number(versionText) : NaN;
    if (!Number.isInteger(version) || version < 1 || version > spec.version) {
      notices.push('Deze link komt uit een onbekende versie van de grafiek; waar mogelijk is hij toch gelezen.');
    } else {
      for (let v = version; v < spec.version; v++) {
        const migrate = spec.migrations?.[v];
        if (migrate) params = migrate(params);
      }
    }
  }

  let state: S = { ...spec.defaults };
  let preset: string | undefined;
  const presetName = params.get('preset');
  if (presetName !== null) {
    const found = Object.hasOwn(spec.presets, presetName) ? spec.presets[presetName] : undefined;
    if (found) {
      preset = presetName;
      state = { ...state, ...found.state };
    } else {
      notices.push('De voorinstelling in de link bestaat niet; de grafiek toont de standaardinstelling.');
    }
  }

  for (const key of keysOf(spec)) {
    const field = spec.fields[key];
    const text = params.get(field.param);
    if (text === null) continue;
    const value = field.decode(text);
    if (value === undefined) {
      notices.push(`De waarde voor ‘${field.label}’ in de link is ongeldig; de standaardwaarde wordt gebruikt.`);
      continue;
    }
    state = { ...state, [key]: value };
  }

  // Parameters this widget does not know: tracking tags are ignored quietly, anything else is
  // mentioned, so a mistyped link does not silently show something else than intended.
  const known = new Set(['v', 'preset', ...keysOf(spec).map((k) => spec.fields[k].param)]);
  const unknown = [...new Set(params.keys())].filter((k) => !known.has(k) && !IGNORED_PARAMS.test(k));
  if (unknown.length > 0) notices.push('De link bevat onderdelen die deze grafiek niet kent; die zijn genegeerd.');

  // Last line of defence: whatever came through must satisfy the schema.
  const checked = spec.schema.safeParse(state);
  if (!checked.success) {
    return { state: { ...spec.defaults }, notices: [...notices, 'De link gaf een onmogelijke combinatie; de grafiek toont de standaardinstelling.'] };
  }
  return { state: checked.data, preset, notices };
}

/** The preset a state equals exactly, if any: lets a share link use the friendly form. */
export function matchingPreset<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): string | undefined {
  return Object.entries(spec.presets).find(([, p]) => {
    const full = { ...spec.defaults, ...p.state };
    return keysOf(spec).every((k) => Object.is(full[k], state[k]));
  })?.[0];
}
