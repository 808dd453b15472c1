// Every buig-verdeling link form ever published, with the state and numbers it opened
// (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add: a link
// pasted into a debate must keep opening the same view. The numbers are worked out by hand; the
// default municipality: middelgroot, 1.000 benefits now, 900 two years ago, € 14.000 each, so
// spending € 14.000.000, own spending two years earlier € 12.600.000, the model's estimate
// € 14.000.000 (no deviation), half historical.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { BuigState } from './spec.ts';

/** Intl writes a no-break space after the euro sign (and we before "mln"). */
const nb = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/€ /g, '€\u00a0')));

const D: BuigState = {
  regel: 'alle',
  omvang: 'middelgroot',
  nu: 1000,
  eerder: 900,
  kosten: 14000,
  model: 0,
  macro: 0,
  asiel: 0,
  mix: 50,
  drempel: '10',
  basis: 'zelfde-jaar',
};

/**
 * Huidig: 0,5 × 14 mln + 0,5 × 12,6 mln = 13,3 mln, deficit 0,7 mln = 5,3 %; one person less keeps
 * 14.000, 14.000 and 14.000 − 7.000: 35.000. The vangnet's eigen risico (10 %: 1,33 mln) is not
 * reached. Historisch: 12,6 mln, deficit 1,4 mln = 11,1 %; keeps 14.000 twice, then 0. Voorstel:
 * 0,8 × 14 mln + 0,2 × 14 mln = 14 mln; keeps a fifth, 2.800 a year.
 */
const DEFAULT_ROWS = nb([
  ['Huidig: verdeelmodel', '€ 13.300.000', '€ 14.000.000', 'geen vangnet', 'tekort € 700.000', '−5,3', '€ 14.000', '€ 35.000'],
  ['Huidig, met vangnet', '€ 13.300.000', '€ 14.000.000', '€ 0', 'tekort € 700.000', '−5,3', '€ 14.000', '€ 35.000'],
  ['Volledig historisch (tot 2004)', '€ 12.600.000', '€ 14.000.000', 'geen vangnet', 'tekort € 1.400.000', '−11,1', '€ 14.000', '€ 28.000'],
  ['Voorstel 80/20', '€ 14.000.000', '€ 14.000.000', 'geen vangnet', 'sluitend', '0,0', '€ 2.800', '€ 8.400'],
]);

const released: ReleasedLinks<BuigState> = {
  links: [
    {
      query: '',
      version: 1,
      state: D,
      table: DEFAULT_ROWS,
      summary:
        'Een middelgrote gemeente met 1.000 uitkeringen nu en 900 twee jaar eerder, €\u00a014.000 per uitkering. Het grootste tekort is er bij volledig historisch: €\u00a01,4\u00a0mln, 11,1 procent van het budget. Stroomt één persoon uit, dan houdt de gemeente het eerste jaar: huidige regel €\u00a014.000, huidige regel met vangnet €\u00a014.000, volledig historisch €\u00a014.000, voorstel 80/20 €\u00a02.800. Die rekensom is afgeleid; hij staat niet in de tekst.',
      note: 'de widgetpagina zonder parameters',
    },
    { query: '?preset=voorbeeldgemeente', version: 1, state: D, note: 'voorinstelling' },
    { query: '?preset=huidige-regel', version: 1, state: { ...D, regel: 'huidig' }, table: DEFAULT_ROWS, note: 'voorinstelling, één per regel' },
    { query: '?preset=met-vangnet', version: 1, state: { ...D, regel: 'vangnet' }, table: DEFAULT_ROWS, note: 'voorinstelling, één per regel' },
    { query: '?preset=volledig-historisch', version: 1, state: { ...D, regel: 'historisch' }, table: DEFAULT_ROWS, note: 'voorinstelling, één per regel' },
    {
      query: '?preset=voorstel-80-20',
      version: 1,
      state: { ...D, regel: 'voorstel' },
      table: DEFAULT_ROWS,
      note: 'voorinstelling, één per regel',
    },
    {
      // groot, 150 extra benefits: spending 16,1 mln against a model estimate of 14 mln. Vangnet
      // (10 %) pays 2,1 − 1,4 = 0,7 mln; a saving only lowers it. Voorstel: 0,8 × 16,1 + 0,2 × 14 = 15,68 mln.
      query: '?preset=asielschok-2015',
      version: 1,
      state: { ...D, omvang: 'groot', asiel: 15 },
      table: nb([
        ['Huidig: verdeelmodel', '€ 14.000.000', '€ 16.100.000', 'geen vangnet', 'tekort € 2.100.000', '−15,0', '€ 14.000', '€ 42.000'],
        ['Huidig, met vangnet', '€ 14.000.000', '€ 16.100.000', '€ 700.000', 'tekort € 1.400.000', '−10,0', '€ 0', '€ 0'],
        ['Volledig historisch (tot 2004)', '€ 12.600.000', '€ 16.100.000', 'geen vangnet', 'tekort € 3.500.000', '−27,8', '€ 14.000', '€ 28.000'],
        ['Voorstel 80/20', '€ 15.680.000', '€ 16.100.000', 'geen vangnet', 'tekort € 420.000', '−2,7', '€ 2.800', '€ 8.400'],
      ]),
      note: 'voorinstelling',
    },
    {
      // groot, model 10 % low: budget 12,6 mln, deficit 1,4 mln = 11,1 %; vangnet (10 %) pays
      // 1,4 − 1,26 = 0,14 mln. Voorstel: 0,8 × 14 + 0,2 × 12,6 = 13,72 mln.
      query: '?preset=model-zit-ernaast',
      version: 1,
      state: { ...D, omvang: 'groot', model: -10 },
      table: nb([
        ['Huidig: verdeelmodel', '€ 12.600.000', '€ 14.000.000', 'geen vangnet', 'tekort € 1.400.000', '−11,1', '€ 14.000', '€ 42.000'],
        ['Huidig, met vangnet', '€ 12.600.000', '€ 14.000.000', '€ 140.000', 'tekort € 1.260.000', '−10,0', '€ 0', '€ 0'],
        ['Volledig historisch (tot 2004)', '€ 12.600.000', '€ 14.000.000', 'geen vangnet', 'tekort € 1.400.000', '−11,1', '€ 14.000', '€ 28.000'],
        ['Voorstel 80/20', '€ 13.720.000', '€ 14.000.000', 'geen vangnet', 'tekort € 280.000', '−2,0', '€ 2.800', '€ 8.400'],
      ]),
      note: 'voorinstelling',
    },
    {
      // klein, macrobudget 5 % short: 0,95 × 12,6 mln = 11,97 mln, deficit 2,03 mln = 17,0 %;
      // keeps 14.000, 14.000 and 14.000 − 0,95 × 14.000 = 700. Vangnet (10 %): eigen risico
      // 1,197 mln, pays 0,833 mln; only in year 3 does the budget (and so the eigen risico) move:
      // it keeps 10 % × 13.300 = 1.330. Voorstel on costs of two years earlier: 0,8 × 12,6 +
      // 0,2 × 0,95 × 14 = 12,74 mln; keeps 14.000, 14.000, 2.800.
      query: '?omvang=klein&macro=5&basis=twee-jaar-eerder&v=1',
      version: 1,
      state: { ...D, omvang: 'klein', macro: 5, basis: 'twee-jaar-eerder' },
      table: nb([
        ['Huidig: verdeelmodel', '€ 11.970.000', '€ 14.000.000', 'geen vangnet', 'tekort € 2.030.000', '−17,0', '€ 14.000', '€ 28.700'],
        ['Huidig, met vangnet', '€ 11.970.000', '€ 14.000.000', '€ 833.000', 'tekort € 1.197.000', '−10,0', '€ 0', '€ 1.330'],
        ['Volledig historisch (tot 2004)', '€ 12.600.000', '€ 14.000.000', 'geen vangnet', 'tekort € 1.400.000', '−11,1', '€ 14.000', '€ 28.000'],
        ['Voorstel 80/20', '€ 12.740.000', '€ 14.000.000', 'geen vangnet', 'tekort € 1.260.000', '−9,9', '€ 14.000', '€ 30.800'],
      ]),
      note: 'deellink: kleine gemeente, macrobudget te laag, voorstel op kosten van twee jaar eerder',
    },
  ],
  written: [
    { state: D, share: '/grafieken/buig-verdeling/', embed: '/embed/buig-verdeling/' },
    { state: { ...D, regel: 'voorstel' }, share: '/grafieken/buig-verdeling/voorstel-80-20/', embed: '/embed/buig-verdeling/?preset=voorstel-80-20' },
    {
      state: { ...D, omvang: 'klein', macro: 5, basis: 'twee-jaar-eerder' },
      share: '/grafieken/buig-verdeling/?omvang=klein&macro=5&basis=twee-jaar-eerder&v=1',
      embed: '/embed/buig-verdeling/?omvang=klein&macro=5&basis=twee-jaar-eerder&v=1',
    },
  ],
};

export default released;
