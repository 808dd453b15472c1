// Where a widget state lives on the site: the canonical link to share, the embed page, file names.
// Every widget has a page /grafieken/<name>/, a page per named preset /grafieken/<name>/<preset>/,
// and an embed page /embed/<name>/.
import { matchingPreset, stateQuery, type WidgetStateSpec } from './widget-state.ts';

export function widgetPath(name: string): string {
  return `/grafieken/${name}/`;
}

export function presetPath(name: string, preset: string): string {
  return `/grafieken/${name}/${preset}/`;
}

/**
 * The link a reader shares: the preset's own page when the state is a named preset (short, with
 * its own preview image), otherwise the widget page with the state in the query.
 */
export function canonicalStatePath<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): string {
  const preset = matchingPreset(spec, state);
  if (preset && preset !== defaultPresetName(spec)) return presetPath(spec.name, preset);
  return `${widgetPath(spec.name)}${stateQuery(spec, state)}`;
}

export function embedStatePath<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): string {
  const preset = matchingPreset(spec, state);
  const query = preset && preset !== defaultPresetName(spec) ? `?preset=${preset}` : stateQuery(spec, state);
  return `/embed/${spec.name}/${query}`;
}

/** The preset that equals the defaults, if there is one (its page is the widget page itself). */
export function defaultPresetName<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>): string | undefined {
  return matchingPreset(spec, spec.defaults);
}

/** A file name for downloads: the preset's name, or the widget's name with its parameters. */
export function stateFileBase<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): string {
  const preset = matchingPreset(spec, state);
  if (preset) return `${spec.name}-${preset}`;
  const q = stateQuery(spec, state).replace(/^\?/, '').replace(/&?v=\d+/, '');
  return `${spec.name}-${q.replace(/[=&]/g, '-').replace(/[^a-z0-9-]/gi, '')}`;
}
