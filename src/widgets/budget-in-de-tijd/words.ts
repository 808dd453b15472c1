// The words around "Het geld door de jaren". Build-time only (never in the browser bundle): the
// data loader reads the project's data files.
import { sitePath } from '../../lib/site-path.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';
import type { BudgetData } from '../../lib/budget-tijd/model.ts';
import { loadBudgetData } from './data.ts';

export const budgetWidgetWords: WidgetWords<BudgetData> = {
  heading: 'Het geld door de jaren: hoeveel geld kregen gemeenten voor de bijstand en voor werk?',
  description:
    'Interactieve grafiek: het macrobudget voor de bijstand (BUIG) per jaar en fase, 2017–2026, oudere reeksen vanaf 2013, het aandeel gemeenten met een tekort, en het geld voor activering volgens twee stukken.',
  lead: 'Gemeenten krijgen elk jaar geld van het Rijk om de bijstand te betalen: het macrobudget. Eerst komt een voorlopig bedrag, later het definitieve. Kies de fasen, de jaren en euro’s of euro’s per persoon.',
  intro:
    'Het <strong>macrobudget</strong> is het geld voor de bijstandsuitkeringen van alle gemeenten samen. Vóór 2017 vonden we dat bedrag niet; de grijze en zwarte lijn meten iets anders en sluiten er niet op aan. ' +
    `Onder de grafiek staat per jaar de bron; <a href="${sitePath('/grafieken/budget-in-de-tijd/')}#bronnen">lees hoe de reeksen verschillen</a>.`,
  embedHeight: 1900,
  cardText: 'Het bijstandsbudget van gemeenten per jaar, voorlopig en definitief, het aandeel gemeenten met een tekort en het geld voor activering.',
  loadData: loadBudgetData,
};
