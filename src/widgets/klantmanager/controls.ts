// What each control of the klantmanager widget says, for the static controls (Controls.astro)
// and the island alike, so that the two never word a value differently. The bounds are the
// state codec's own (spec.ts).
import { numberBounds } from '../../lib/widget-kit/state.ts';
import { klantmanagerState, type KlantmanagerState } from './spec.ts';

export type KlantmanagerField = keyof KlantmanagerState;

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

interface FieldText {
  label: string;
  value: (n: number) => string;
  /** not from the documents: marked "(aanname)" next to the label */
  assumption: boolean;
  min: number;
  max: number;
  step: number;
}

const bounds = (f: KlantmanagerField) => numberBounds(klantmanagerState.fields, f);

export const FIELD_TEXT: Record<KlantmanagerField, FieldText> = {
  caseload: { label: 'Caseload', value: (n) => `${whole.format(n)} cliënten`, assumption: false, ...bounds('caseload') },
  uren: { label: 'Werkuren per jaar', value: (n) => `${whole.format(n)} uur`, assumption: true, ...bounds('uren') },
  contact: { label: 'Deel voor cliënten', value: (n) => `${n} procent`, assumption: true, ...bounds('contact') },
  gesprek: { label: 'Eén gesprek', value: (n) => `${n} minuten`, assumption: true, ...bounds('gesprek') },
};
