// What each control of the buig-verdeling widget says, for the static controls (Controls.astro)
// and the island alike, so that the two never word a value differently. The bounds are the state
// codec's own (spec.ts). Every number that is not from the bundle says "aanname".
import { buigState, euro, type BuigState } from './spec.ts';

export type RangeField = 'nu' | 'eerder' | 'kosten' | 'model' | 'macro' | 'asiel' | 'mix';
export const RANGE_FIELDS: readonly RangeField[] = ['nu', 'eerder', 'kosten', 'model', 'macro', 'asiel', 'mix'];
export type ChoiceFieldName = 'regel' | 'omvang' | 'drempel' | 'basis';

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

interface FieldText {
  label: string;
  value: (n: number) => string;
  /** shown after the label: "(aanname)", or what the bundle says */
  note: string;
  min: number;
  max: number;
  step: number;
}

function bounds(f: RangeField) {
  const shape = buigState.fields[f].shape;
  if (shape.kind !== 'number') throw new Error(`${f} is geen getal`);
  return { min: shape.min, max: shape.max, step: shape.step };
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export const FIELD_TEXT: Record<RangeField, FieldText> = {
  nu: { label: 'Uitkeringen nu', value: (n) => whole.format(n), note: '(aanname)', ...bounds('nu') },
  eerder: { label: 'Uitkeringen twee jaar eerder', value: (n) => whole.format(n), note: '(aanname)', ...bounds('eerder') },
  kosten: { label: 'Kosten per uitkering per jaar', value: (n) => euro(n), note: '(de bundel: meer dan € 14.000)', ...bounds('kosten') },
  model: {
    label: 'Schatting van het verdeelmodel',
    value: (n) => (n === 0 ? 'precies goed' : `${signed(n)} procent ${n > 0 ? 'te hoog' : 'te laag'}`),
    note: '(aanname)',
    ...bounds('model'),
  },
  macro: { label: 'Macrobudget te laag', value: (n) => `${n} procent`, note: '(aanname)', ...bounds('macro') },
  asiel: { label: 'Extra uitkeringen door asiel dit jaar', value: (n) => `${n} procent`, note: '(aanname; telt pas het jaar erna mee)', ...bounds('asiel') },
  mix: {
    label: 'Middelgroot: deel uit eigen uitgaven van twee jaar eerder',
    value: (n) => `${n} procent`,
    note: '(verhouding: aanname, niet in de tekst)',
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
