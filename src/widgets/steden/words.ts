// The words around "Gemeenten kiezen hun eigen weg". Build-time only (never in the browser
// bundle): the data loader reads the project's files.
import { sitePath } from '../../lib/site-path.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';
import type { StedenData } from '../../lib/steden/model.ts';
import { loadStedenData } from './data.ts';

export const stedenWidgetWords: WidgetWords<StedenData> = {
  heading: 'Gemeenten kiezen hun eigen weg: wat doen steden met mensen ver van werk?',
  description:
    'Interactieve vergelijking: zeven steden uit ‘Werkt de zachte hand in de bijstand?’ en de anonieme steden en projecten uit ‘Onder druk wordt alles vloeibaar’, op aanpak, caseload, tegenprestatie, sancties en resultaten.',
  lead: 'Hoe helpen steden mensen in de bijstand die ver van werk staan? Kies de steden en de onderwerpen, en sorteer. Elke cel zegt waar het in het stuk staat, of dat het stuk er niets over zegt.',
  intro:
    'De <strong>stippen</strong> zijn de getallen die de stukken noemen. Een open stip: het stuk noemt op twee plaatsen een ander getal. ' +
    `In de tabel staat bij elke cel het deel van het stuk; <a href="${sitePath('/hoofdstukken/gemeenten/bronnen/')}">de citaten per cel</a> staan op een eigen pagina.`,
  embedHeight: 2400,
  cardText: 'Zeven steden en drie anonieme steden naast elkaar: drang, motiveren of vrijwillig, caseload, tegenprestatie en sancties, met de bron van elke cel.',
  loadData: loadStedenData,
};
