// Every link form of the map "Bijstand per gemeente" ever published, with the state and numbers it
// opened (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add.
// The numbers were looked up by hand in the CBS files (../shared/data/cbs/bijstand_regio_*.csv,
// rows GM0363, GM0599, GM0344, GM0855, GM0080, GM1942, NL01; columns Inwoners_1,
// Bijstandsontvangers_2, Bijstandsdichtheid_3), not computed by the widget.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { GemeenteState } from './spec.ts';

const V = '2026-12';
const BASE: GemeenteState = { jaar: 2017, leeftijd: 'alle', gemeente: [], sorteer: { column: 'naam', descending: false } };
const CITIES_2017 = [
  ['Amsterdam', '728.920', '49.320', '69', '69', '67,5', 'dossier en Onder druk'],
  ['Rotterdam', '535.390', '46.210', '90', '89,5', '86,5', 'dossier'],
  ['Utrecht', '287.730', '12.550', '44', '44,5', '43,5', 'dossier'],
  ['Tilburg', '183.040', '8.210', '48', '47', '45', 'dossier en Onder druk'],
  ['Leeuwarden', '92.300', '6.390', '66', '69,5', '69', 'dossier en Onder druk'],
];
const NL_2017 = ['Nederland', '14.422.560', '508.480', '35', '36', '35,5', 'landelijk cijfer'];
const DEFAULT_TABLE = [NL_2017, ...CITIES_2017];

const released: ReleasedLinks<GemeenteState> = {
  links: [
    { query: '', version: 1, state: BASE, table: DEFAULT_TABLE, note: 'de widgetpagina zonder parameters: de nieuwste cijfers' },
    { query: `?data=${V}`, version: 1, vintage: V, state: BASE, table: DEFAULT_TABLE, note: 'de deellink van de standaardstand' },
    { query: '?preset=eind-2017', version: 1, state: BASE, note: 'voorinstelling' },
    {
      query: '?preset=tot-aow-leeftijd',
      version: 1,
      state: { ...BASE, leeftijd: 'tot-aow' },
      summary:
        'Eind december 2017 kregen in Nederland 40,5 op de 1.000 inwoners van 15 jaar tot de AOW-leeftijd bijstand. Per gemeente liep dat uiteen van 3 in Ameland tot 89,5 in Rotterdam.',
      note: 'voorinstelling',
    },
    {
      query: '?preset=rotterdam',
      version: 1,
      state: { ...BASE, gemeente: ['GM0599'] },
      summary:
        'Eind december 2017 kregen in Nederland 35,5 op de 1.000 inwoners van 15 jaar en ouder bijstand. Per gemeente liep dat uiteen van 3 in Ameland tot 86,5 in Rotterdam. In Rotterdam waren het er 86,5, meer dan in heel Nederland (35,5). Eind 2015: 90. Eind 2016: 89,5.',
      note: 'voorinstelling',
    },
    {
      query: '?preset=eind-2015',
      version: 1,
      state: { ...BASE, jaar: 2015 },
      summary: 'Eind december 2015 kregen in Nederland 35 op de 1.000 inwoners van 15 jaar en ouder bijstand. Per gemeente liep dat uiteen van 3,5 in Ameland tot 90 in Rotterdam.',
      note: 'voorinstelling',
    },
    {
      query: `?gemeente=GM0381&v=1&data=${V}`,
      version: 1,
      vintage: V,
      state: { ...BASE, gemeente: ['GM0381'] },
      summary:
        'Eind december 2017 kregen in Nederland 35,5 op de 1.000 inwoners van 15 jaar en ouder bijstand. Per gemeente liep dat uiteen van 3 in Ameland tot 86,5 in Rotterdam. In Gooise Meren waren het er 21,5, minder dan in heel Nederland (35,5). Bussum is in 2016 opgegaan in Gooise Meren; de kaart toont Gooise Meren.',
      note: 'deellink met een gemeente die in 2016 is samengevoegd (Bussum)',
    },
    {
      query: `?jaar=2015&gemeente=GM1942&v=1&data=${V}`,
      version: 1,
      vintage: V,
      state: { ...BASE, jaar: 2015, gemeente: ['GM1942'] },
      summary:
        'Eind december 2015 kregen in Nederland 35 op de 1.000 inwoners van 15 jaar en ouder bijstand. Per gemeente liep dat uiteen van 3,5 in Ameland tot 90 in Rotterdam. Gooise Meren bestond in 2015 nog niet; die gemeente is in 2016 ontstaan. Sinds 2016 horen Naarden, Muiden en Bussum bij Gooise Meren: de cijfers van eerder gaan over een ander gebied.',
      note: 'deellink met een gemeente in een jaar voordat die bestond',
    },
    {
      query: `?sorteer=-dichtheid&v=1&data=${V}`,
      version: 1,
      vintage: V,
      state: { ...BASE, sorteer: { column: 'dichtheid', descending: true } },
      table: DEFAULT_TABLE,
      note: 'deellink met de tabel van alle gemeenten gesorteerd op dichtheid, aflopend',
    },
  ],
  written: [
    { state: BASE, share: `/grafieken/bijstand-per-gemeente/?data=${V}`, embed: `/embed/bijstand-per-gemeente/?data=${V}` },
    { state: { ...BASE, gemeente: ['GM0599'] }, share: `/grafieken/bijstand-per-gemeente/rotterdam/?data=${V}`, embed: `/embed/bijstand-per-gemeente/?preset=rotterdam&data=${V}` },
    {
      state: { ...BASE, jaar: 2016, leeftijd: 'aow', gemeente: ['GM0241'] },
      share: `/grafieken/bijstand-per-gemeente/?jaar=2016&leeftijd=aow&gemeente=GM0241&v=1&data=${V}`,
      embed: `/embed/bijstand-per-gemeente/?jaar=2016&leeftijd=aow&gemeente=GM0241&v=1&data=${V}`,
    },
    {
      state: { ...BASE, sorteer: { column: 'verschil', descending: false } },
      share: `/grafieken/bijstand-per-gemeente/?sorteer=verschil&v=1&data=${V}`,
      embed: `/embed/bijstand-per-gemeente/?sorteer=verschil&v=1&data=${V}`,
    },
  ],
};

export default released;
