// Every participatiefonds link form ever published, with the state and numbers it opened
// (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add.
// The numbers are worked out by hand. The sketch of 8 years is the gordijnbeweging's sine,
// rounded to its steps of 5: 0, 70, 100, 70, 0, −70, −100, −70. Saving 40 × c / 100 in good
// years gives 28, 40, 28 (balance 28, 68, 96); holding services at 100 with a cut of 40 × c / 100
// costs 28, 40, 28 in the bad years (balance 68, 28, 0).
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { FondsState } from './spec.ts';

const D = { cyclus: 'schets', sparen: 40, bezuiniging: 40, start: 0, stap: 7 } as const satisfies FondsState;

const released: ReleasedLinks<FondsState> = {
  links: [
    {
      query: '',
      version: 1,
      state: D,
      table: [
        ['jaar 1', '–', '0', 'normale conjunctuur', '100', '100', '0', '0', '–'],
        ['jaar 2', '–', '+70', 'aantrekkende economie', '128', '128', '+28', '28', '–'],
        ['jaar 3', '–', '+100', 'hoogconjunctuur', '140', '140', '+40', '68', '–'],
        ['jaar 4', '–', '+70', 'aantrekkende economie', '128', '128', '+28', '96', '–'],
        ['jaar 5', '–', '0', 'normale conjunctuur', '100', '100', '0', '96', '–'],
        ['jaar 6', '–', '-70', 'laagconjunctuur', '72', '100', '-28', '68', 'nee'],
        ['jaar 7', '–', '-100', 'diepe crisis', '60', '100', '-40', '28', 'nee'],
        ['jaar 8', '–', '-70', 'laagconjunctuur', '72', '100', '-28', '0', 'nee'],
      ],
      summary:
        'Je kijkt naar een geschetste cyclus van 8 jaar. Zonder fonds zakt de dienstverlening in het slechtste jaar tot 60 (normaal is 100). Met fonds blijft ze op 100 zolang er geld in het fonds zit. Het fonds heeft in elk slecht jaar genoeg. Op zijn hoogst heeft het fonds 96 procent van een normaal jaarbudget. Sparen, bezuinigen en het startkapitaal zijn aannames.',
      note: 'de widgetpagina zonder parameters',
    },
    {
      // saving 20 × c / 100: 14, 20, 14 (balance 48); bad years need 28, 40, 28: 28 paid (20 left),
      // then 20 of 40 (services 60 + 20 = 80, empty), then nothing (services 72)
      query: '?preset=krap-fonds',
      version: 1,
      state: { ...D, sparen: 20 },
      table: [
        ['jaar 1', '–', '0', 'normale conjunctuur', '100', '100', '0', '0', '–'],
        ['jaar 2', '–', '+70', 'aantrekkende economie', '128', '128', '+14', '14', '–'],
        ['jaar 3', '–', '+100', 'hoogconjunctuur', '140', '140', '+20', '34', '–'],
        ['jaar 4', '–', '+70', 'aantrekkende economie', '128', '128', '+14', '48', '–'],
        ['jaar 5', '–', '0', 'normale conjunctuur', '100', '100', '0', '48', '–'],
        ['jaar 6', '–', '-70', 'laagconjunctuur', '72', '100', '-28', '20', 'nee'],
        ['jaar 7', '–', '-100', 'diepe crisis', '60', '80', '-20', '0', 'ja'],
        ['jaar 8', '–', '-70', 'laagconjunctuur', '72', '72', '0', '0', 'ja'],
      ],
      summary:
        'Je kijkt naar een geschetste cyclus van 8 jaar. Zonder fonds zakt de dienstverlening in het slechtste jaar tot 60 (normaal is 100). Met fonds blijft ze op 100 zolang er geld in het fonds zit. Het fonds is te krap in jaar 7 en 8. Dan zakt de dienstverlening toch, tot 72. Op zijn hoogst heeft het fonds 48 procent van een normaal jaarbudget. Sparen, bezuinigen en het startkapitaal zijn aannames.',
      note: 'voorinstelling',
    },
    { query: '?preset=schets', version: 1, state: D, note: 'voorinstelling' },
    {
      // worked out in tests/unit/participatiefonds.test.ts: 1998 (−10) needs 4 and finds nothing;
      // the highest balance, 170, is reached in 2011; 2013–2017 spend it down to exactly 0
      query: '?preset=ww-1998-2017',
      version: 1,
      state: { ...D, cyclus: 'ww-1998-2017', stap: 17 },
      summary:
        'Je kijkt naar de cyclus van de WW-uitkeringen van 1998 tot 2017 (CBS). Zonder fonds zakt de dienstverlening in het slechtste jaar tot 60 (normaal is 100). Met fonds blijft ze op 100 zolang er geld in het fonds zit. Het fonds is te krap in 1998. Dan zakt de dienstverlening toch, tot 96. Op zijn hoogst heeft het fonds 170 procent van een normaal jaarbudget. Sparen, bezuinigen en het startkapitaal zijn aannames.',
      note: 'voorinstelling',
    },
    {
      // 2015–2017 are bad years before anything is saved; 2018–2023 save 4 + 10 + 4 + 14 + 24 + 22 = 78
      query: '?preset=werkloosheid-2015-2023',
      version: 1,
      state: { ...D, cyclus: 'werkloosheid-2015-2023', stap: 1 },
      summary:
        'Je kijkt naar de cyclus van het aantal werklozen van 2015 tot 2023 (CBS). Zonder fonds zakt de dienstverlening in het slechtste jaar tot 60 (normaal is 100). Met fonds blijft ze op 100 zolang er geld in het fonds zit. Het fonds is te krap in 2015, 2016 en 2017. Dan zakt de dienstverlening toch, tot 60. Op zijn hoogst heeft het fonds 78 procent van een normaal jaarbudget. Sparen, bezuinigen en het startkapitaal zijn aannames.',
      note: 'voorinstelling',
    },
    {
      // save 30 × c / 100: 21, 30, 21 on a start of 50 (71, 101, 122); holding services at 100 with a
      // cut of 20 × c / 100 costs 14, 20, 14 (108, 88, 74): never short
      query: '?sparen=30&bezuiniging=20&start=50&stap=4&v=1',
      version: 1,
      state: { cyclus: 'schets', sparen: 30, bezuiniging: 20, start: 50, stap: 4 },
      table: [
        ['jaar 1', '–', '0', 'normale conjunctuur', '100', '100', '0', '50', '–'],
        ['jaar 2', '–', '+70', 'aantrekkende economie', '114', '114', '+21', '71', '–'],
        ['jaar 3', '–', '+100', 'hoogconjunctuur', '120', '120', '+30', '101', '–'],
        ['jaar 4', '–', '+70', 'aantrekkende economie', '114', '114', '+21', '122', '–'],
        ['jaar 5', '–', '0', 'normale conjunctuur', '100', '100', '0', '122', '–'],
        ['jaar 6', '–', '-70', 'laagconjunctuur', '86', '100', '-14', '108', 'nee'],
        ['jaar 7', '–', '-100', 'diepe crisis', '80', '100', '-20', '88', 'nee'],
        ['jaar 8', '–', '-70', 'laagconjunctuur', '86', '100', '-14', '74', 'nee'],
      ],
      note: 'deellink: alle aannames veranderd',
    },
  ],
  written: [
    { state: D, share: '/grafieken/participatiefonds/', embed: '/embed/participatiefonds/' },
    { state: { ...D, sparen: 20 }, share: '/grafieken/participatiefonds/krap-fonds/', embed: '/embed/participatiefonds/?preset=krap-fonds' },
    { state: { ...D, sparen: 30, stap: 3 }, share: '/grafieken/participatiefonds/?sparen=30&stap=3&v=1', embed: '/embed/participatiefonds/?sparen=30&stap=3&v=1' },
  ],
};

export default released;
