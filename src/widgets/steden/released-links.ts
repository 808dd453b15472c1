// Every link form of "Gemeenten kiezen hun eigen weg" ever published, with the state and what it
// opened (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add:
// a link pasted into a debate must keep opening the same comparison with the same cells. The
// cells of the hand-made link are copied by hand from content/steden/steden.yaml and the figure
// records; the summaries were read against the same file.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { StedenState } from '../../lib/steden/model.ts';

const SEVEN = ['rotterdam', 'amsterdam', 'utrecht', 'tilburg', 'leeuwarden', 'stockholm', 'bremen'];
const ALL = [...SEVEN, 'stad-1', 'stad-2', 'stad-3', 'amsterdam-2006', 'leeuwarden-2004'];
const BY_NAME = { column: 'naam', descending: false } as const;
const BY_CASELOAD = { column: 'caseload', descending: false } as const;
const DEFAULT: StedenState = { steden: SEVEN, aspecten: ['aanpak', 'omvang', 'caseload', 'tegenprestatie'], sorteer: BY_NAME };

const released: ReleasedLinks<StedenState> = {
  links: [
    { query: '', version: 1, state: DEFAULT, summary: "De tabel vergelijkt Amsterdam, Bremen, Leeuwarden, Rotterdam, Stockholm, Tilburg en Utrecht op aanpak, mensen in de bijstand, klanten per klantmanager en tegenprestatie, gesorteerd op naam. Bij alle 28 cellen zegt het stuk iets. Het stuk spreekt zichzelf tegen bij Amsterdam (klanten per klantmanager), Leeuwarden (aanpak), Stockholm (klanten per klantmanager) en Utrecht (tegenprestatie).", note: 'de widgetpagina zonder parameters: de nieuwste cellen' },
    { query: '?data=2026-12', version: 1, vintage: '2026-12', state: DEFAULT, summary: "De tabel vergelijkt Amsterdam, Bremen, Leeuwarden, Rotterdam, Stockholm, Tilburg en Utrecht op aanpak, mensen in de bijstand, klanten per klantmanager en tegenprestatie, gesorteerd op naam. Bij alle 28 cellen zegt het stuk iets. Het stuk spreekt zichzelf tegen bij Amsterdam (klanten per klantmanager), Leeuwarden (aanpak), Stockholm (klanten per klantmanager) en Utrecht (tegenprestatie).", note: 'deellink van de widgetpagina, eerste datajaargang' },
    { query: '?preset=zeven-steden', version: 1, state: DEFAULT, note: 'voorinstelling' },
    {
      query: '?preset=vijf-steden',
      version: 1,
      state: { steden: ['rotterdam', 'amsterdam', 'utrecht', 'tilburg', 'leeuwarden'], aspecten: ['aanpak', 'tegenprestatie', 'sancties', 'programma'], sorteer: BY_NAME },
      summary: "De tabel vergelijkt Amsterdam, Leeuwarden, Rotterdam, Tilburg en Utrecht op aanpak, tegenprestatie, sancties en programma’s, gesorteerd op naam. Bij 2 van de 20 cellen zegt het stuk niets. Het stuk spreekt zichzelf tegen bij Leeuwarden (aanpak) en Utrecht (tegenprestatie).",
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=buitenland',
      version: 1,
      state: { steden: ['stockholm', 'bremen', 'amsterdam', 'rotterdam'], aspecten: ['aanpak', 'caseload', 'sancties', 'programma'], sorteer: BY_CASELOAD },
      summary: "De tabel vergelijkt Stockholm, Bremen, Amsterdam en Rotterdam op aanpak, klanten per klantmanager, sancties en programma’s, gesorteerd op klanten per klantmanager, laagste eerst. Bij alle 16 cellen zegt het stuk iets. Het stuk spreekt zichzelf tegen bij Stockholm (klanten per klantmanager) en Amsterdam (klanten per klantmanager).",
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=onder-druk',
      version: 1,
      state: { steden: ['stad-1', 'stad-2', 'stad-3', 'amsterdam-2006', 'leeuwarden-2004'], aspecten: ['aanpak', 'omvang', 'afstand', 'caseload', 'resultaten'], sorteer: BY_NAME },
      summary: "De tabel vergelijkt Amsterdam 2006, Leeuwarden 2004, Stad drie, Stad één en Stad twee op aanpak, mensen in de bijstand, groep ver van werk, klanten per klantmanager en resultaten volgens het stuk, gesorteerd op naam. Bij 7 van de 25 cellen zegt het stuk niets. Geen van deze cellen is tegenstrijdig.",
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=tegenprestatie',
      version: 1,
      state: { steden: SEVEN, aspecten: ['tegenprestatie', 'sancties'], sorteer: BY_NAME },
      summary: "De tabel vergelijkt Amsterdam, Bremen, Leeuwarden, Rotterdam, Stockholm, Tilburg en Utrecht op tegenprestatie en sancties, gesorteerd op naam. Bij 2 van de 14 cellen zegt het stuk niets. Het stuk spreekt zichzelf tegen bij Utrecht (tegenprestatie).",
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=caseload',
      version: 1,
      state: { steden: ALL, aspecten: ['caseload', 'afstand'], sorteer: BY_CASELOAD },
      summary: "De tabel vergelijkt Stockholm, Stad twee, Bremen, Amsterdam, Rotterdam, Amsterdam 2006, Leeuwarden, Leeuwarden 2004, Stad drie, Stad één, Tilburg en Utrecht op groep ver van werk en klanten per klantmanager, gesorteerd op klanten per klantmanager, laagste eerst. Bij 4 van de 24 cellen zegt het stuk niets. Het stuk spreekt zichzelf tegen bij Stockholm (klanten per klantmanager) en Amsterdam (klanten per klantmanager).",
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      // written by hand from content/steden/steden.yaml: Stad twee's caseload is our computed
      // figure od-stad2-caseload-berekend (± 5000 ÷ ongeveer 60), Tilburg names no number, so it
      // comes last whichever the direction
      query: '?steden=tilburg%2Cstad-2&onderwerpen=tegenprestatie%2Ccaseload&sorteer=-caseload&v=1&data=2026-12',
      version: 1,
      vintage: '2026-12',
      state: { steden: ['tilburg', 'stad-2'], aspecten: ['tegenprestatie', 'caseload'], sorteer: { column: 'caseload', descending: true } },
      table: [
        [
          'Stad twee (anoniem)',
          '‘Onder druk wordt alles vloeibaar’, omstreeks 2007',
          'Het rapport noemt geen caseload. Onze grove berekening: ruwweg 83 bijstandsgerechtigden per klantmanager. [‘2. Opzet van het onderzoek’; ‘4.2 Over de sociale diensten’]',
          'niet vermeld',
        ],
        [
          'Tilburg',
          '‘Werkt de zachte hand?’, 2017',
          'Geen caseload: de wijkteams doen de activering naast hun andere taken. [‘Wijkteams en klantmanagers’]',
          'Wel gevraagd, niet gehandhaafd. [‘Geen dwang’]',
        ],
      ],
      note: 'deellink: twee steden, twee onderwerpen, hoogste caseload eerst',
    },
  ],
  written: [
    { state: DEFAULT, share: '/grafieken/steden/?data=2026-12', embed: '/embed/steden/?data=2026-12' },
    {
      state: { steden: ['stockholm', 'bremen', 'amsterdam', 'rotterdam'], aspecten: ['aanpak', 'caseload', 'sancties', 'programma'], sorteer: BY_CASELOAD },
      share: '/grafieken/steden/buitenland/?data=2026-12',
      embed: '/embed/steden/?preset=buitenland&data=2026-12',
    },
  ],
};

export default released;
