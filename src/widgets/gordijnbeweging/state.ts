// The gordijnbeweging widget's state: what a link can say. Version 1.
// zod/mini: the same validation as zod, small enough for the browser bundle.
import * as z from 'zod/mini';
import { booleanField, numberField, type WidgetStateSpec } from '../../lib/widget-state.ts';

export const gordijnStateSchema = z.strictObject({
  /** business cycle position, -100 (deep crisis) … 100 (strong boom), in steps of 5 */
  conjunctuur: z.number().check(z.int(), z.minimum(-100), z.maximum(100), z.multipleOf(5)),
  /** with or without the proposed participatiefonds */
  fonds: z.boolean(),
});

export type GordijnState = z.infer<typeof gordijnStateSchema>;

export const gordijnSpec: WidgetStateSpec<GordijnState> = {
  name: 'gordijnbeweging',
  version: 1,
  schema: gordijnStateSchema,
  defaults: { conjunctuur: 0, fonds: false },
  fields: {
    conjunctuur: numberField('conjunctuur', 'conjunctuur', -100, 100, 5),
    fonds: booleanField('fonds', 'participatiefonds'),
  },
  presets: {
    normaal: {
      label: 'Normale conjunctuur',
      description: 'De uitgangspositie: beide gordijnen op hun plaats, de kwetsbare groep ertussen.',
      state: { conjunctuur: 0, fonds: false },
    },
    hoogconjunctuur: {
      label: 'Hoogconjunctuur',
      description: 'In goede tijden trekken beide gordijnen naar binnen en krimpt de kwetsbare groep in het midden.',
      state: { conjunctuur: 100, fonds: false },
    },
    'crisis-zonder-fonds': {
      label: 'Crisis zonder participatiefonds',
      description: 'In een crisis trekken beide gordijnen zich terug: de markt én de overheid, die bezuinigt. Het midden groeit het snelst.',
      state: { conjunctuur: -100, fonds: false },
    },
    'crisis-met-fonds': {
      label: 'Crisis met participatiefonds',
      description: 'Met een fonds uit goede tijden blijft het publieke gordijn staan; de markt trekt zich nog steeds terug.',
      state: { conjunctuur: -100, fonds: true },
    },
  },
  migrations: {},
};

/** The model's cycle position (-1 … 1) for a state. */
export function cycleOf(state: GordijnState): number {
  return state.conjunctuur / 100;
}
