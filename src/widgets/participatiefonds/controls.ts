// What each slider of the participatiefonds widget says, for the static controls (Controls.astro)
// and the island alike, so the two never word a value differently. The bounds are the state
// codec's own (spec.ts). Every number the reader sets is an assumption, and says so.
import { numberBounds } from '../../lib/widget-kit/state.ts';
import { fondsState, type Cyclus, type FondsState } from './spec.ts';

export type RangeField = 'sparen' | 'bezuiniging' | 'start' | 'stap';

interface FieldText {
  label: string;
  value: (n: number) => string;
  /** marked "(aanname)" next to the label */
  assumption: boolean;
  min: number;
  max: number;
  step: number;
}

const bounds = (f: RangeField) => numberBounds(fondsState.fields, f);

export const FIELD_TEXT: Record<RangeField, FieldText> = {
  // short enough for one line on a phone: the chart and the claims panel say what the percentages are of
  sparen: { label: 'Sparen op de top', value: (n) => `${n}%`, assumption: true, ...bounds('sparen') },
  bezuiniging: { label: 'Bezuiniging in de crisis', value: (n) => `${n}%`, assumption: true, ...bounds('bezuiniging') },
  start: { label: 'Startkapitaal', value: (n) => `${n}%`, assumption: true, ...bounds('start') },
  stap: { label: 'Gekozen jaar', value: (n) => `jaar ${n}`, assumption: false, ...bounds('stap') },
};

// The cut first: what government does today, then the fund. (Also: four steps left on the first slider,
// as the print test works it, must not land on a preset.)
export const RANGE_FIELDS: RangeField[] = ['bezuiniging', 'sparen', 'start', 'stap'];

export const CYCLUS_TEXT: Record<Cyclus, string> = {
  schets: 'Schets (zoals de gordijnbeweging)',
  'ww-1998-2017': 'WW-uitkeringen 1998–2017 (CBS)',
  'werkloosheid-2015-2023': 'Werklozen 2015–2023 (CBS)',
};

export type { FondsState };
