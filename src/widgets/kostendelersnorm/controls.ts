// What each control of the kostendelersnorm widget says, for the static controls
// (Controls.astro) and the island alike, so that the two never word a value differently. The
// bounds are the state codec's own (spec.ts).
import { numberBounds } from '../../lib/widget-kit/state.ts';
import { HUISHOUDENS, kostendelersState } from './spec.ts';

export type CountField = 'huisgenoten' | 'jongeren';
// youngest first: the housemates of 21 to 27, who counted until 2023, then those of 27 and older
export const COUNT_FIELDS: readonly CountField[] = ['jongeren', 'huisgenoten'];

export const HUISHOUDEN_TEXT: Record<(typeof HUISHOUDENS)[number], string> = {
  alleenstaand: 'Alleenstaand of alleenstaande ouder',
  gehuwd: 'Gehuwd of samenwonend',
};

interface FieldText {
  label: string;
  /** a short note after the label: who does not count */
  note: string;
  value: (n: number) => string;
  min: number;
  max: number;
  step: number;
}

const bounds = (f: CountField) => numberBounds(kostendelersState.fields, f);
const housemates = (n: number) => (n === 0 ? 'geen' : n === 1 ? '1 huisgenoot' : `${n} huisgenoten`);

export const FIELD_TEXT: Record<CountField, FieldText> = {
  huisgenoten: {
    label: 'Huisgenoten van 27 jaar of ouder',
    note: ' (niet je partner, geen student of huurder)',
    value: housemates,
    ...bounds('huisgenoten'),
  },
  jongeren: {
    label: 'Huisgenoten van 21 tot 27 jaar',
    note: ' (telden mee tot 2023)',
    value: housemates,
    ...bounds('jongeren'),
  },
};
