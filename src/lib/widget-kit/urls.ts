// Where a widget state lives on the site: the canonical link to share, the embed page, file names.
// Every widget has a page /grafieken/<name>/, a page per named preset /grafieken/<name>/<preset>/,
// build-time files under /grafieken/<name>/bestanden/ and an embed page /embed/<name>/.
// These paths are part of the link contract: released links keep working (tests pin them).
// They include the site's base (src/lib/site-path.ts), so they run as they are in pages and in
// the browser alike.
import { sitePath } from '../site-path.ts';
import { matchingPreset, stateQuery, type WidgetStateSpec } from './state.ts';

/** Names a preset may not have: they are routes or files of the widget's own. */
export const RESERVED_PRESET_NAMES = ['bestanden', 'data', 'embed', 'index', 'voorbeeld'] as const;

export function widgetPath(name: string): string {
  return sitePath(`/grafieken/${name}/`);
}

export function presetPath(name: string, preset: string): string {
  return sitePath(`/grafieken/${name}/${preset}/`);
}

export function embedPath(name: string): string {
  return sitePath(`/embed/${name}/`);
}

/** The page a preset has: the widget page itself for the default preset. */
export function presetPagePath(name: string, preset: string, defaultPreset: string): string {
  return preset === defaultPreset ? widgetPath(name) : presetPath(name, preset);
}

/** Build-time files of a preset: the no-JS downloads and the social preview image. */
export function presetFilePath(name: string, preset: string, kind: 'svg' | 'png' | 'csv' | 'voorbeeld.png'): string {
  return sitePath(`/grafieken/${name}/bestanden/${kind === 'voorbeeld.png' ? `${preset}-voorbeeld.png` : `${preset}.${kind}`}`);
}

/**
 * The link a reader shares: the preset's own page when the state is a named preset (short, with
 * its own preview image), otherwise the widget page with the state in the query. `extra` holds
 * parameters the kit adds (the data vintage of a data widget).
 */
export function canonicalStatePath<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S, defaultPreset: string, extra = ''): string {
  const preset = matchingPreset(spec, state);
  if (preset && preset !== defaultPreset) return `${presetPath(spec.name, preset)}${joinQuery('', extra)}`;
  return `${widgetPath(spec.name)}${joinQuery(stateQuery(spec, state), extra)}`;
}

/** The embed page for a state: the preset's name where it has one, else the parameters. */
export function embedStatePath<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S, defaultPreset: string, extra = ''): string {
  const preset = matchingPreset(spec, state);
  const query = preset && preset !== defaultPreset ? `?preset=${preset}` : stateQuery(spec, state);
  return `${embedPath(spec.name)}${joinQuery(query, extra)}`;
}

/** "?a=1" + "data=2018-11" → "?a=1&data=2018-11"; either may be empty. */
export function joinQuery(query: string, extra: string): string {
  const parts = [query.replace(/^\?/, ''), extra.replace(/^\?/, '')].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A file name for downloads: the preset's name, or the widget's name with its parameters. */
export function stateFileBase<S extends Record<string, unknown>>(spec: WidgetStateSpec<S>, state: S): string {
  const preset = matchingPreset(spec, state);
  if (preset) return `${spec.name}-${preset}`;
  const q = stateQuery(spec, state).replace(/^\?/, '').replace(/&?v=\d+/, '');
  return `${spec.name}-${q.replace(/[=&]/g, '-').replace(/\.\./g, '-tot-').replace(/[^a-z0-9-]/gi, '')}`;
}
