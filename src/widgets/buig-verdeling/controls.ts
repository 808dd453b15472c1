// What each control of the buig-verdeling widget says, for the static controls (Controls.astro)
// and the island alike, so that the two never word a value differently. The bounds are the state
// codec's own (spec.ts). Every number that is not from the bundle says "aanname".
import { numberBounds } from '../../lib/widget-kit/state.ts';
import { buigState, euro, type BuigState } from './spec.ts';
import { BRONCIJFERS } from './figures.ts';

export type RangeField = 'nu' | 'eerder' | 'kosten' | 'model' | 'macro' | 'asiel' | 'mix';
export const RANGE_FIELDS: readonly RangeField[] = ['nu', 'eerder', 'kosten', 'model', 'macro', 'asiel', 'mix'];
export type ChoiceFieldName = 'regel' | 'omvang' | 'drempel' | 'basis';

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

interface FieldText {
  label: string;
  /** the value next to the label: short, so that the label fits one line on a phone */
  value: (n: number) => string;
  /** the value for a screen reader (aria-valuetext), in full */
  spoken: (n: number) => string;
  /** shown after the label: "(aanname)", or that the value is the bundle's */
  note: (n: number) => string;
  min: number;
  max: number;
  step: number;
}

const bounds = (f: RangeField) => numberBounds(buigState.fields, f);

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

const aanname = () => '(aanname)';
const plain = (f: (n: number) => string) => ({ value: f, spoken: f });

export const FIELD_TEXT: Record<RangeField, FieldText> = {
  nu: { label: 'Uitkeringen nu', ...plain((n) => whole.format(n)), note: aanname, ...bounds('nu') },
  eerder: { label: 'Twee jaar eerder', ...plain((n) => whole.format(n)), note: aanname, ...bounds('eerder') },
  kosten: {
    label: 'Per uitkering',
    value: (n) => euro(n),
    spoken: (n) => `${euro(n)} per jaar`,
    // the bundle: "meer dan 14.000 euro per jaar"; any other amount is the reader's assumption
    note: (n) => (n === BRONCIJFERS.kostenUitkering.value ? '(bundel)' : '(aanname)'),
    ...bounds('kosten'),
  },
  model: {
    label: 'Verdeelmodel',
    value: (n) => (n === 0 ? 'klopt' : `${signed(n)} procent`),
    spoken: (n) => (n === 0 ? 'schat precies goed' : `schat ${Math.abs(n)} procent te ${n > 0 ? 'hoog' : 'laag'}`),
    note: aanname,
    ...bounds('model'),
  },
  macro: { label: 'Macrobudget te laag', ...plain((n) => `${n} procent`), note: aanname, ...bounds('macro') },
  asiel: { label: 'Extra uitkeringen door asiel dit jaar', ...plain((n) => `${n} procent`), note: () => '(aanname; telt pas het jaar erna mee)', ...bounds('asiel') },
  mix: {
    label: 'Middelgroot: deel uit eigen uitgaven van twee jaar eerder',
    ...plain((n) => `${n} procent`),
    note: () => '(verhouding: aanname, niet in de tekst)',
    ...bounds('mix'),
  },
};

export const CHOICE_TEXT = {
  regel: { alle: 'Geen: alle regels gelijk', huidig: 'Huidig: verdeelmodel', vangnet: 'Huidig, met vangnet', historisch: 'Volledig historisch (tot 2004)', voorstel: 'Voorstel 80/20' },
  omvang: { klein: 'Klein (< 15.000 inwoners)', middelgroot: 'Middelgroot (15.000–40.000)', groot: 'Groot (> 40.000 inwoners)' },
  drempel: { '10': '10 procent', '12.5': '12,5 procent' },
  basis: { 'zelfde-jaar': 'Kosten van hetzelfde jaar', 'twee-jaar-eerder': 'Kosten van twee jaar eerder' },
} as const satisfies { [K in ChoiceFieldName]: Record<BuigState[K], string> };

export const CHOICES = {
  regel: ['alle', 'huidig', 'vangnet', 'historisch', 'voorstel'],
  omvang: ['klein', 'middelgroot', 'groot'],
  drempel: ['10', '12.5'],
  basis: ['zelfde-jaar', 'twee-jaar-eerder'],
} as const satisfies { [K in ChoiceFieldName]: readonly BuigState[K][] };
