// The words around the map "Bijstand per gemeente", and its data loader. Build-time only.
import { widgetPath } from '../../lib/widget-kit/urls.ts';
import { datasetHref } from '../../lib/datasets.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';
import { loadGemeenteData } from '../../lib/bijstand-gemeenten/load.ts';
import type { GemeenteData } from '../../lib/bijstand-gemeenten/model.ts';

let cached: GemeenteData | undefined;

export const gemeenteWords: WidgetWords<GemeenteData> = {
  heading: 'Bijstand per gemeente: hoeveel mensen krijgen bijstand waar jij woont?',
  description:
    'Kaart van Nederland per gemeente: hoeveel inwoners bijstand krijgen, eind 2015, 2016 en 2017 (CBS). Zoek je gemeente en vergelijk met het land en met even grote gemeenten.',
  lead: 'Hoeveel mensen krijgen bijstand in jouw gemeente, en is dat veel of weinig? Zoek je gemeente op de kaart, vergelijk met heel Nederland en met gemeenten van dezelfde grootte.',
  intro:
    'Hoeveel van elke 1.000 inwoners kregen bijstand, eind december? Deze bron heeft die cijfers per gemeente alleen voor 2015, 2016 en 2017. ' +
    `Zie ook <a href="${widgetPath('bijstand-in-de-tijd')}">de landelijke cijfers van 1998 tot nu</a> en alle gemeenten in een tabel: <a href="${datasetHref('cbs-bijstand-gemeenten-2017')}">2017</a>, <a href="${datasetHref('cbs-bijstand-gemeenten-2016')}">2016</a>, <a href="${datasetHref('cbs-bijstand-gemeenten-2015')}">2015</a>.`,
  embedHeight: 1450,
  cardText: 'Hoeveel inwoners krijgen bijstand in jouw gemeente? Een kaart per gemeente, eind 2015, 2016 en 2017, met de steden uit de documenten.',
  loadData: () => (cached ??= loadGemeenteData()),
};
