// Titles for states of the gordijnbeweging: for pages, files, embeds and citations.
import { cycleLabel } from '../../lib/gordijn/model.ts';
import { matchingPreset } from '../../lib/widget-state.ts';
import { cycleOf, gordijnSpec, type GordijnState } from './state.ts';

export const WIDGET_TITLE = 'De gordijnbeweging';

export function stateTitle(state: GordijnState): string {
  const preset = matchingPreset(gordijnSpec, state);
  if (preset && preset !== 'normaal') return `${WIDGET_TITLE}: ${gordijnSpec.presets[preset]!.label.toLowerCase()}`;
  if (preset === 'normaal') return WIDGET_TITLE;
  return `${WIDGET_TITLE}: ${cycleLabel(cycleOf(state))} (${state.conjunctuur}), ${state.fonds ? 'met' : 'zonder'} participatiefonds`;
}
