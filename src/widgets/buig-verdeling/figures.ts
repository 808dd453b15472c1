// The numbers this widget takes from 'Werk aan de winkel', each with the figure record
// (content/figures/002b-werk-aan-de-winkel.yaml) it comes from, so that every value traces to its
// chapter, line and snippet. tests/unit/buig-verdeling.test.ts checks each value against its record.
// Runs in the browser too: only the values.
import { VOORSTEL_MODEL, VOORSTEL_WERKELIJK } from '../../lib/buig/model.ts';

export interface SourcedNumber {
  value: number;
  figure: string;
}

export const BRONCIJFERS = {
  /** "meer dan 14.000 euro per jaar" (L4152–4153): the default cost per benefit, as a floor */
  kostenUitkering: { value: 14000, figure: 'wadw7-kosten-uitkering' },
  /** "eigen risico van maximaal 10 procent" (L4033–4034) */
  drempelEigenRisico: { value: 10, figure: 'wadw7-vangnet-eigen-risico' },
  /** "groter tekort … dan 12,5 procent" (L4136–4137) */
  drempelVangnet: { value: 12.5, figure: 'wadw7-vangnet-drempel' },
  /** klein below 15.000 inhabitants (L4051) */
  grensKlein: { value: 15000, figure: 'wadw7-grens-klein' },
  /** groot above 40.000 inhabitants (L4043) */
  grensGroot: { value: 40000, figure: 'wadw7-grens-groot' },
  /** the proposal: 80 procent werkelijke kosten, 20 procent modelmatig (L4232–4233) */
  voorstelWerkelijk: { value: VOORSTEL_WERKELIJK, figure: 'wadw7-voorstel-werkelijke-kosten' },
  voorstelModel: { value: VOORSTEL_MODEL, figure: 'wadw7-voorstel-modelmatig' },
  /** the middelgroot historical part is from spending "van twee jaar eerder" (L4048–4049) */
  middelgrootTweeJaar: { value: 2, figure: 'wadw7-middelgroot-twee-jaar' },
  /** the vangnet compensation is deducted "na twee jaar" (L4034–4036) */
  vangnetKorting: { value: 2, figure: 'wadw7-vangnet-korting' },
  /** fully historical: spending "in de twee jaar daarvoor" (L4194–4195) */
  historischTweeJaar: { value: 2, figure: 'wadw7-historisch-twee-jaar' },
} as const satisfies Record<string, SourcedNumber>;
