// Every kostendelersnorm link form ever published, with the state and numbers it opened
// (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add: a
// link pasted into a debate must keep opening the same view. The numbers are worked out by hand
// from artikel 22a: per person (40 + 30 × A) / A percent of the gehuwdennorm, together 40 + 30 × A.
// A = 1: 70; 2: 50; 3: 130 / 3 = 43,33; 4: 40; 5: 38; 6: 220 / 6 = 36,67; 7: 250 / 7 = 35,71;
// 8: 35; 9: 310 / 9 = 34,44; 10: 34.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { KostendelersState } from './spec.ts';

const ROWS: [string, string, string][] = [
  ['1 persoon', '70', '70'],
  ['2 personen', '50', '100'],
  ['3 personen', '43,33', '130'],
  ['4 personen', '40', '160'],
  ['5 personen', '38', '190'],
  ['6 personen', '36,67', '220'],
  ['7 personen', '35,71', '250'],
  ['8 personen', '35', '280'],
  ['9 personen', '34,44', '310'],
  ['10 personen', '34', '340'],
];

/** The table with "nu" at A = now, "tot 2023" at A = before, and a dash elsewhere. */
function table(now: number, before?: number): string[][] {
  return ROWS.map((r, i) => [...r, i + 1 === now ? 'nu' : i + 1 === before ? 'tot 2023' : '–']);
}

const released: ReleasedLinks<KostendelersState> = {
  links: [
    {
      query: '',
      version: 1,
      state: { huishouden: 'alleenstaand', huisgenoten: 0, jongeren: 0 },
      table: table(1),
      summary: 'Alleen jij telt mee. De norm is dan 70 procent van de gehuwdennorm. Het zijn percentages, geen bedragen.',
      note: 'de widgetpagina zonder parameters',
    },
    {
      query: '?preset=alleenstaand',
      version: 1,
      state: { huishouden: 'alleenstaand', huisgenoten: 0, jongeren: 0 },
      note: 'voorinstelling',
    },
    {
      query: '?preset=met-een-huisgenoot',
      version: 1,
      state: { huishouden: 'alleenstaand', huisgenoten: 1, jongeren: 0 },
      table: table(2),
      summary: 'Er tellen 2 personen mee, jij meegerekend. De norm is dan 50 procent van de gehuwdennorm. Het zijn percentages, geen bedragen.',
      note: 'voorinstelling',
    },
    {
      query: '?preset=drie-volwassenen',
      version: 1,
      state: { huishouden: 'alleenstaand', huisgenoten: 2, jongeren: 0 },
      table: table(3),
      summary: 'Er tellen 3 personen mee, jij meegerekend. De norm is dan 43,33 procent van de gehuwdennorm. Het zijn percentages, geen bedragen.',
      note: 'voorinstelling',
    },
    {
      // now: the couple alone, A = 2, 50 % each, 100 % together; before 2023 the child of 24
      // counted too: A = 3, 43,33 % each, 86,67 % together
      query: '?preset=ouders-met-kind-van-24',
      version: 1,
      state: { huishouden: 'gehuwd', huisgenoten: 0, jongeren: 1 },
      table: table(2, 3),
      summary:
        'Er tellen 2 personen mee, jullie twee meegerekend. De norm is dan 50 procent van de gehuwdennorm per persoon, samen 100 procent. Tot 2023 telden ook huisgenoten van 21 tot 27 jaar mee. Dan waren het 3 personen, en was de norm 43,33 procent per persoon, samen 86,67 procent. Het zijn percentages, geen bedragen.',
      note: 'voorinstelling',
    },
    {
      // alleenstaand with one housemate of 30 and two of 22: now A = 2 (50 %), before A = 4 (40 %)
      query: '?huisgenoten=1&jongeren=2&v=1',
      version: 1,
      state: { huishouden: 'alleenstaand', huisgenoten: 1, jongeren: 2 },
      table: table(2, 4),
      summary:
        'Er tellen 2 personen mee, jij meegerekend. De norm is dan 50 procent van de gehuwdennorm. Tot 2023 telden ook huisgenoten van 21 tot 27 jaar mee. Dan waren het 4 personen, en was de norm 40 procent per persoon. Het zijn percentages, geen bedragen.',
      note: 'deellink: huisgenoten van beide leeftijden',
    },
    {
      // the largest household: a couple with four housemates of 27+ (A = 6, 36,67 % each,
      // 73,33 % together) and four of 21–26 (before 2023 A = 10, 34 % each, 68 % together)
      query: '?huishouden=gehuwd&huisgenoten=4&jongeren=4&v=1',
      version: 1,
      state: { huishouden: 'gehuwd', huisgenoten: 4, jongeren: 4 },
      table: table(6, 10),
      summary:
        'Er tellen 6 personen mee, jullie twee meegerekend. De norm is dan 36,67 procent van de gehuwdennorm per persoon, samen 73,33 procent. Tot 2023 telden ook huisgenoten van 21 tot 27 jaar mee. Dan waren het 10 personen, en was de norm 34 procent per persoon, samen 68 procent. Het zijn percentages, geen bedragen.',
      note: 'deellink: het grootste huishouden dat de rekenhulp toont',
    },
    {
      query: '',
      page: { basePreset: 'met-een-huisgenoot', namespace: 'kostendelersnorm' },
      version: 1,
      state: { huishouden: 'alleenstaand', huisgenoten: 1, jongeren: 0 },
      note: 'hoofdstuk Hoe hoog is de bijstand?, deel De kostendelersnorm, zonder parameters',
    },
    {
      query: '?kostendelersnorm.huisgenoten=2&kostendelersnorm.v=1',
      page: { basePreset: 'met-een-huisgenoot', namespace: 'kostendelersnorm' },
      version: 1,
      state: { huishouden: 'alleenstaand', huisgenoten: 2, jongeren: 0 },
      table: table(3),
      note: 'hoofdstuk Hoe hoog is de bijstand?, deel De kostendelersnorm, twee huisgenoten (namespace kostendelersnorm)',
    },
  ],
  written: [
    { state: { huishouden: 'alleenstaand', huisgenoten: 0, jongeren: 0 }, share: '/grafieken/kostendelersnorm/', embed: '/embed/kostendelersnorm/' },
    {
      state: { huishouden: 'alleenstaand', huisgenoten: 1, jongeren: 0 },
      share: '/grafieken/kostendelersnorm/met-een-huisgenoot/',
      embed: '/embed/kostendelersnorm/?preset=met-een-huisgenoot',
    },
    {
      state: { huishouden: 'gehuwd', huisgenoten: 0, jongeren: 1 },
      share: '/grafieken/kostendelersnorm/ouders-met-kind-van-24/',
      embed: '/embed/kostendelersnorm/?preset=ouders-met-kind-van-24',
    },
    {
      state: { huishouden: 'alleenstaand', huisgenoten: 1, jongeren: 2 },
      share: '/grafieken/kostendelersnorm/?huisgenoten=1&jongeren=2&v=1',
      embed: '/embed/kostendelersnorm/?huisgenoten=1&jongeren=2&v=1',
    },
    {
      state: { huishouden: 'gehuwd', huisgenoten: 3, jongeren: 0 },
      share: '/grafieken/kostendelersnorm/?huishouden=gehuwd&huisgenoten=3&v=1',
      embed: '/embed/kostendelersnorm/?huishouden=gehuwd&huisgenoten=3&v=1',
    },
  ],
};

export default released;
