// The words around "De bijstand door de jaren heen". Build-time only (never in the browser
// bundle): the data loader reads the project's data files.
import { sitePath } from '../../lib/site-path.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';
import type { TijdData } from '../../lib/bijstand-tijd/model.ts';
import { loadTijdData } from './data.ts';

export const tijdWords: WidgetWords<TijdData> = {
  heading: 'De bijstand door de jaren heen: hoeveel mensen, hoeveel uitkeringen?',
  description:
    'Interactieve grafiek: het aantal bijstandsuitkeringen (1998–2017) en personen met bijstand (2015–2025) in Nederland, met de WW en de werkloosheid ernaast. Cijfers van het CBS.',
  lead: 'Hoeveel mensen zitten er in de bijstand, en hoe veranderde dat? Kies de reeksen en de jaren. Wijs een jaar aan voor de precieze cijfers.',
  intro:
    'Het CBS telt op twee manieren. Tot 2017 telt het <strong>uitkeringen</strong>: een paar heeft samen één uitkering. Vanaf 2015 telt het <strong>personen</strong>. ' +
    `Daarom zijn het twee lijnen, die niet op elkaar aansluiten. De stippellijnen zijn wetten en crises; <a href="${sitePath('/grafieken/bijstand-in-de-tijd/')}#gebeurtenissen">lees wat ze betekenen</a>.`,
  embedHeight: 1560,
  cardText: 'Hoeveel mensen zitten er in de bijstand? Uitkeringen sinds 1998 en personen tot eind 2025, met de WW en de werkloosheid ernaast.',
  loadData: loadTijdData,
};
