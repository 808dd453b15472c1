// Every klantmanager link form ever published, with the state and numbers it opened
// (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add: a
// link pasted into a debate must keep opening the same view. The numbers are worked out by hand:
// with the default assumptions a klantmanager has 1.440 × 60 × 40 % = 34.560 minutes a year for
// clients, so a client gets 34.560 / 12 / caseload = 2.880 / caseload minutes a month and
// 34.560 / 60 / caseload = 576 / caseload conversations of an hour a year.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { KlantmanagerState } from './spec.ts';

const DEFAULTS = { uren: 1440, contact: 40, gesprek: 60 };

/** The documents' rows with the default assumptions: 2.880 / caseload minutes, 576 / caseload conversations. */
const DOCUMENT_ROWS = [
  ['Stockholm, Jobbtorg', '25–30', '96–115', '19,2–23', 'Werkt de zachte hand? (2017)'],
  ['Amsterdam, statushouders', '50', '58', '11,5', 'Een betere bijstand (omstreeks 2020)'],
  ['Stockholm, gewone klant', '90–120', '24–32', '4,8–6,4', 'Werkt de zachte hand? (2017)'],
  ['Nederland, ‘vaak’', '100–300', '9,6–29', '1,9–5,8', 'Werk aan de winkel (omstreeks 2018)'],
  ['Nederland, ‘geen uitzondering’', '150', '19', '3,8', 'Een betere bijstand (omstreeks 2020)'],
  ['Amsterdam, één klantmanager', '250', '12', '2,3', 'Werkt de zachte hand? (2017)'],
  ['Amsterdam, ver van werk', '350', '8,2', '1,6', 'Werkt de zachte hand? (2017)'],
  ['Rotterdam, ver van werk', '350', '8,2', '1,6', 'Werkt de zachte hand? (2017)'],
];

const released: ReleasedLinks<KlantmanagerState> = {
  links: [
    {
      query: '',
      version: 1,
      state: { caseload: 150, ...DEFAULTS },
      table: [['Jouw keuze', '150', '19', '3,8', 'jouw instelling'], ...DOCUMENT_ROWS],
      summary:
        'Bij 150 cliënten per klantmanager krijgt elke cliënt gemiddeld 19 minuten per maand. Dat is genoeg voor een gesprek van 60 minuten eens per 3 maanden (3,8 per jaar). We rekenen met 1.440 werkuren per jaar, 40 procent daarvan voor cliënten, 60 minuten per gesprek. Dat zijn aannames, geen cijfers uit de stukken.',
      note: 'de widgetpagina zonder parameters',
    },
    {
      query: '?caseload=350&v=1',
      version: 1,
      state: { caseload: 350, ...DEFAULTS },
      table: [['Jouw keuze', '350', '8,2', '1,6', 'jouw instelling'], ...DOCUMENT_ROWS],
      note: 'deellink: alleen de caseload veranderd',
    },
    {
      // 1.200 × 60 × 30 % = 21.600 minutes; / 12 / 250 = 7,2 a month; / 45 / 250 = 1,92 conversations a year (every 6¼ months)
      query: '?caseload=250&uren=1200&contact=30&gesprek=45&v=1',
      version: 1,
      state: { caseload: 250, uren: 1200, contact: 30, gesprek: 45 },
      summary:
        'Bij 250 cliënten per klantmanager krijgt elke cliënt gemiddeld 7,2 minuten per maand. Dat is genoeg voor een gesprek van 45 minuten eens per 6 maanden (1,9 per jaar). We rekenen met 1.200 werkuren per jaar, 30 procent daarvan voor cliënten, 45 minuten per gesprek. Dat zijn aannames, geen cijfers uit de stukken.',
      note: 'deellink: alle aannames veranderd',
    },
    {
      // 2.880 / 25 = 115,2 minutes; 576 / 25 = 23,04 conversations a year, 1,92 a month
      query: '?preset=stockholm-jobbtorg',
      version: 1,
      state: { caseload: 25, ...DEFAULTS },
      summary:
        'Bij 25 cliënten per klantmanager krijgt elke cliënt gemiddeld 115 minuten per maand. Dat is genoeg voor een gesprek van 60 minuten ongeveer 1,9 keer per maand (23 per jaar). We rekenen met 1.440 werkuren per jaar, 40 procent daarvan voor cliënten, 60 minuten per gesprek. Dat zijn aannames, geen cijfers uit de stukken.',
      note: 'voorinstelling',
    },
    {
      // 2.880 / 50 = 57,6 minutes; 576 / 50 = 11,52 conversations a year: every 52 / 11,52 ≈ 5 weeks
      query: '?preset=intensief',
      version: 1,
      state: { caseload: 50, ...DEFAULTS },
      table: [['Jouw keuze', '50', '58', '11,5', 'jouw instelling'], ...DOCUMENT_ROWS],
      note: 'voorinstelling',
    },
    {
      query: '?preset=amsterdam-250',
      version: 1,
      state: { caseload: 250, ...DEFAULTS },
      table: [['Jouw keuze', '250', '12', '2,3', 'jouw instelling'], ...DOCUMENT_ROWS],
      note: 'voorinstelling',
    },
    { query: '?preset=ver-van-werk-350', version: 1, state: { caseload: 350, ...DEFAULTS }, note: 'voorinstelling' },
    { query: '?preset=geen-uitzondering', version: 1, state: { caseload: 150, ...DEFAULTS }, note: 'voorinstelling' },
    {
      query: '',
      page: { basePreset: 'ver-van-werk-350', namespace: 'klantmanager' },
      version: 1,
      state: { caseload: 350, ...DEFAULTS },
      note: 'hoofdstuk Wie zitten er in de bijstand?, deel De aandacht van de klantmanager, zonder parameters',
    },
    {
      // 1.440 × 60 × 60 % = 51.840 minutes; / 12 / 350 = 12,3 a month
      query: '?klantmanager.contact=60&klantmanager.v=1',
      page: { basePreset: 'ver-van-werk-350', namespace: 'klantmanager' },
      version: 1,
      state: { caseload: 350, uren: 1440, contact: 60, gesprek: 60 },
      table: [
        ['Jouw keuze', '350', '12', '2,5', 'jouw instelling'],
        ['Stockholm, Jobbtorg', '25–30', '144–173', '28,8–34,6', 'Werkt de zachte hand? (2017)'],
        ['Amsterdam, statushouders', '50', '86', '17,3', 'Een betere bijstand (omstreeks 2020)'],
        ['Stockholm, gewone klant', '90–120', '36–48', '7,2–9,6', 'Werkt de zachte hand? (2017)'],
        ['Nederland, ‘vaak’', '100–300', '14–43', '2,9–8,6', 'Werk aan de winkel (omstreeks 2018)'],
        ['Nederland, ‘geen uitzondering’', '150', '29', '5,8', 'Een betere bijstand (omstreeks 2020)'],
        ['Amsterdam, één klantmanager', '250', '17', '3,5', 'Werkt de zachte hand? (2017)'],
        ['Amsterdam, ver van werk', '350', '12', '2,5', 'Werkt de zachte hand? (2017)'],
        ['Rotterdam, ver van werk', '350', '12', '2,5', 'Werkt de zachte hand? (2017)'],
      ],
      note: 'hoofdstuk Wie zitten er in de bijstand?, deel De aandacht van de klantmanager, meer tijd voor cliënten (namespace klantmanager)',
    },
  ],
  written: [
    { state: { caseload: 150, ...DEFAULTS }, share: '/grafieken/klantmanager/', embed: '/embed/klantmanager/' },
    { state: { caseload: 350, ...DEFAULTS }, share: '/grafieken/klantmanager/ver-van-werk-350/', embed: '/embed/klantmanager/?preset=ver-van-werk-350' },
    { state: { caseload: 25, ...DEFAULTS }, share: '/grafieken/klantmanager/stockholm-jobbtorg/', embed: '/embed/klantmanager/?preset=stockholm-jobbtorg' },
    {
      state: { caseload: 250, uren: 1200, contact: 30, gesprek: 45 },
      share: '/grafieken/klantmanager/?caseload=250&uren=1200&contact=30&gesprek=45&v=1',
      embed: '/embed/klantmanager/?caseload=250&uren=1200&contact=30&gesprek=45&v=1',
    },
    { state: { caseload: 200, ...DEFAULTS }, share: '/grafieken/klantmanager/?caseload=200&v=1', embed: '/embed/klantmanager/?caseload=200&v=1' },
  ],
};

export default released;
