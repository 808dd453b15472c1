// Every link form of "Gemeenten kiezen hun eigen weg" ever published, with the state and what it
// opened (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add:
// a link pasted into a debate must keep opening the same comparison with the same cells. The
// cells are copied by hand from content/steden/steden.yaml and the figure records.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { StedenState } from '../../lib/steden/model.ts';

const SEVEN = ['rotterdam', 'amsterdam', 'utrecht', 'tilburg', 'leeuwarden', 'stockholm', 'bremen'];
const DEFAULT: StedenState = { steden: SEVEN, aspecten: ['aanpak', 'omvang', 'caseload', 'tegenprestatie'], sorteer: { column: 'naam', descending: false } };

const released: ReleasedLinks<StedenState> = {
  links: [
    { query: '', version: 1, state: DEFAULT, summary: 'X', note: 'de widgetpagina zonder parameters: de nieuwste cellen' },
  ],
  written: [],
};

export default released;
