// Reading a whole widget link: the state (state.ts) and, for a data widget, the data vintage
// (vintage.ts), with the notices of both. The browser runtime opens every widget through this
// function, and the property and released-link tests check it, so that what they prove holds
// for exactly what a reader's browser does.
import { decodeState, readsBareParams, type DecodedState, type DecodeOptions, type Notice } from './state.ts';
import type { WidgetSpec } from './spec.ts';
import { decodeVintage, VINTAGE_PARAM, type VintageChoice } from './vintage.ts';

export interface DecodedLink<S> extends DecodedState<S> {
  /** data widgets: the vintage the link names (the newest when it names none) */
  vintage?: VintageChoice | undefined;
  /** the state's notices, then the vintage's */
  notices: Notice[];
}

/** Reads a widget's state and data vintage from a query string. Never throws. */
export function decodeLink<S extends Record<string, unknown>>(spec: WidgetSpec<S, any, any, any>, search: string, options: Omit<DecodeOptions, 'alsoKnown'> = {}): DecodedLink<S> {
  const decoded = decodeState(spec.state, search, { ...options, alsoKnown: spec.vintages ? [VINTAGE_PARAM] : [] });
  if (!spec.vintages) return decoded;
  // where the state is read without namespace (an older link on a page with one widget), so is `data`
  const vintage = decodeVintage(spec.vintages, search, readsBareParams(search, options) ? undefined : options.namespace);
  return { ...decoded, vintage, notices: [...decoded.notices, ...vintage.notices] };
}
