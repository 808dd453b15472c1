// Every link form of "Het geld door de jaren" ever published, with the state and the numbers it
// opened (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add:
// a link pasted into a debate must keep opening the same view with the same numbers. The numbers
// are copied by hand from content/data/*.csv and the figure records (and the per-person amounts
// worked out by hand from them), not computed by the widget's functions.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { BudgetState } from '../../lib/budget-tijd/model.ts';

const DEFAULT: BudgetState = { paneel: 'buig', fase: ['definitief'], eenheid: 'euro', jaren: [2013, 2026] };
const TEKORTEN_ALLE = 'Gemeenten met een tekort: 66 procent in 2015, 79 procent in 2017, 28 procent in 2021 en 47 procent in 2022. Voor de andere jaren vonden we geen aandeel.';

const DEFINITIEF =
  'De grafiek toont 2013 tot en met 2026. Macrobudget, definitief: van € 5.889,6 miljoen in 2017 naar € 7.779,8 miljoen in 2025. ' +
  'BUIG op de rijksbegroting (uitgaven): van € 5.667,2 miljoen in 2013 naar € 5.623,9 miljoen in 2015. ' +
  'Budget zonder vangnet (Divosa): van € 5.599,2 miljoen in 2015 naar € 5.819,1 miljoen in 2017. ' +
  'Een macrobudget vonden we pas vanaf 2017; de andere reeksen meten iets anders. ' +
  TEKORTEN_ALLE;

// 2017: 5 889,6 mln ÷ 457 duizend = € 12 887,5; 2025: 7 779,8 mln ÷ 410 duizend = € 18 975,1;
// 2015: 5 623,935 mln ÷ 449 duizend = € 12 525,5 and 5 599,18 mln ÷ 449 duizend = € 12 470,3;
// 2017: 5 819,06 mln ÷ 457 duizend = € 12 733,2.
const PER_PERSOON =
  'De grafiek toont 2015 tot en met 2026. Macrobudget, definitief: van € 12.888 per persoon in 2017 naar € 18.975 per persoon in 2025. ' +
  'BUIG op de rijksbegroting (uitgaven): € 12.525 per persoon in 2015. ' +
  'Budget zonder vangnet (Divosa): van € 12.470 per persoon in 2015 naar € 12.733 per persoon in 2017. ' +
  'Een macrobudget vonden we pas vanaf 2017; de andere reeksen meten iets anders. ' +
  'Per persoon: het bedrag gedeeld door de personen met bijstand eind december van hetzelfde jaar. ' +
  TEKORTEN_ALLE;

const ALLE_FASEN =
  'De grafiek toont 2017 tot en met 2026. Macrobudget, voorlopig: van € 5.807,8 miljoen in 2017 naar € 7.946 miljoen in 2026. ' +
  'Macrobudget, nader voorlopig: van € 6.019,2 miljoen in 2019 naar € 6.836,9 miljoen in 2024. ' +
  'Macrobudget, definitief: van € 5.889,6 miljoen in 2017 naar € 7.779,8 miljoen in 2025. ' +
  'Budget zonder vangnet (Divosa): € 5.819,1 miljoen in 2017. ' +
  'Gemeenten met een tekort: 79 procent in 2017, 28 procent in 2021 en 47 procent in 2022. Voor de andere jaren vonden we geen aandeel.';

const ACTIVERING =
  'De grafiek toont 2002 tot en met 2020. ' +
  'Actief arbeidsmarktbeleid, volgens ‘Werk aan de winkel’: van 1,4 procent van het bbp in 2002 naar 0,7 procent van het bbp in 2016. ' +
  'Actief arbeidsmarktbeleid, volgens ‘Een betere bijstand’: van ruim 1,2 procent van het bbp in 2004 naar ruim 0,6 procent van het bbp in 2017. ' +
  'De twee stukken noemen andere jaren en andere percentages; de grafiek toont ze allebei. ' +
  'Activeringsbudgetten gemeenten, volgens ‘Een betere bijstand’: van € 636 miljoen in 2014 naar € 514 miljoen in 2020. ' +
  'Participatiebudget, volgens ‘Werk aan de winkel’: van € 1.900 miljoen in 2010 naar € 530 miljoen in een later jaar dat het stuk niet noemt. ' +
  'Participatiebudget op de rijksbegroting (uitgaven): van € 865,9 miljoen in 2013 naar € 694,8 miljoen in 2014.';

const TEKORTEN =
  'De grafiek toont 2015 tot en met 2017. Macrobudget, definitief: € 5.889,6 miljoen in 2017. ' +
  'BUIG op de rijksbegroting (uitgaven): € 5.623,9 miljoen in 2015. ' +
  'Budget zonder vangnet (Divosa): van € 5.599,2 miljoen in 2015 naar € 5.819,1 miljoen in 2017. ' +
  'Een macrobudget vonden we pas vanaf 2017; de andere reeksen meten iets anders. ' +
  'Gemeenten met een tekort: 66 procent in 2015 en 79 procent in 2017. Voor de andere jaren vonden we geen aandeel.';

const SZW = 'Ministerie van SZW';
const OPENRIJK = 'Ministerie van SZW, via OpenRijk';

const released: ReleasedLinks<BudgetState> = {
  links: [
    { query: '', version: 1, state: DEFAULT, summary: DEFINITIEF, note: 'de widgetpagina zonder parameters: de nieuwste cijfers' },
    { query: '?data=2026-12', version: 1, vintage: '2026-12', state: DEFAULT, summary: DEFINITIEF, note: 'deellink van de widgetpagina, eerste datajaargang' },
    { query: '?preset=definitief', version: 1, state: DEFAULT, note: 'voorinstelling' },
    {
      query: '?preset=alle-fasen',
      version: 1,
      state: { paneel: 'buig', fase: ['voorlopig', 'nader-voorlopig', 'definitief'], eenheid: 'euro', jaren: [2017, 2026] },
      summary: ALLE_FASEN,
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=per-persoon',
      version: 1,
      state: { paneel: 'buig', fase: ['definitief'], eenheid: 'per-persoon', jaren: [2015, 2026] },
      summary: PER_PERSOON,
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=activering',
      version: 1,
      state: { paneel: 'activering', fase: ['definitief'], eenheid: 'euro', jaren: [2002, 2020] },
      summary: ACTIVERING,
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=tekorten-2015-2017',
      version: 1,
      state: { paneel: 'buig', fase: ['definitief'], eenheid: 'euro', jaren: [2015, 2017] },
      summary: TEKORTEN,
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      // 2023 per person: 6 014,9 ÷ 401 = 14 999,75; 5 965,5 ÷ 401 = 14 876,6; 6 658,1 ÷ 401 = 16 603,7 (× € 1 000)
      query: '?fase=voorlopig%2Cnader-voorlopig%2Cdefinitief&eenheid=per-persoon&jaren=2023..2023&v=1&data=2026-12',
      version: 1,
      vintage: '2026-12',
      state: { paneel: 'buig', fase: ['voorlopig', 'nader-voorlopig', 'definitief'], eenheid: 'per-persoon', jaren: [2023, 2023] },
      table: [
        ['2023', 'Macrobudget, voorlopig', '15.000', '€ per persoon: € 6.014,9 miljoen ÷ 401 duizend personen (eind december 2023)', 'voorlopig', SZW],
        [
          '2023',
          'Macrobudget, nader voorlopig',
          '14.877',
          '€ per persoon: € 5.965,5 miljoen ÷ 401 duizend personen (eind december 2023)',
          'nader voorlopig; Mei 2023. Er staat ‘miljard’, maar het gaat om miljoenen (de bijstelling is 49,4 miljoen).',
          SZW,
        ],
        [
          '2023',
          'Macrobudget, definitief',
          '16.604',
          '€ per persoon: € 6.658,1 miljoen ÷ 401 duizend personen (eind december 2023)',
          'definitief; De verhoging van het minimumloon in 2023 (+10,15 %) zit alleen in het definitieve budget; dat verklaart de sprong.',
          OPENRIJK,
        ],
      ],
      note: 'deellink: één jaar, alle fasen, per persoon',
    },
    {
      query: '?fase=voorlopig&jaren=2026..2026&eenheid=per-persoon&v=1&data=2026-12',
      version: 1,
      vintage: '2026-12',
      state: { paneel: 'buig', fase: ['voorlopig'], eenheid: 'per-persoon', jaren: [2026, 2026] },
      table: [['2026', 'Macrobudget, voorlopig', 'geen cijfer per persoon (wel € 7.946 miljoen)', 'geen personencijfer voor dit jaar', 'voorlopig', 'Ministerie van SZW, via Gemeente.nu']],
      note: 'deellink: een jaar zonder personencijfer',
    },
  ],
  written: [
    { state: DEFAULT, share: '/grafieken/budget-in-de-tijd/?data=2026-12', embed: '/embed/budget-in-de-tijd/?data=2026-12' },
    {
      state: { paneel: 'activering', fase: ['definitief'], eenheid: 'euro', jaren: [2002, 2020] },
      share: '/grafieken/budget-in-de-tijd/activering/?data=2026-12',
      embed: '/embed/budget-in-de-tijd/?preset=activering&data=2026-12',
    },
  ],
};

export default released;
