// Every link form of "De bijstand door de jaren heen" ever published, with the state and the
// numbers it opened (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts).
// Only add: a link pasted into a debate must keep opening the same view with the same numbers.
// The numbers are copied by hand from content/data/*.csv (and the summaries worked out from
// them), not computed by the widget's functions.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { TijdState } from '../../lib/bijstand-tijd/model.ts';

const U = 'Bijstandsuitkeringen';
const P = 'Personen met bijstand';
const W = 'Werklozen';
const NV = 'niet vermeld';

const HELE_PERIODE =
  'De grafiek toont 1998 tot en met 2025. Bijstandsuitkeringen (gemiddeld per jaar): van 415,7 duizend in 1998 naar 398,0 duizend in 2017. ' +
  'Daartussen het laagst in 2008 (267,0 duizend). Personen met bijstand (eind december): van 449 duizend eind 2015 naar 410 duizend eind 2025 (voorlopig). ' +
  'Daartussen het hoogst eind 2016 (465 duizend) en het laagst eind 2022 (397 duizend). ' +
  'Uitkeringen en personen zijn verschillende tellingen: een paar heeft één uitkering, maar telt als twee personen.';

const released: ReleasedLinks<TijdState> = {
  links: [
    { query: '', version: 1, state: { reeks: ['uitkeringen', 'personen'], jaren: [1998, 2025] }, summary: HELE_PERIODE, note: 'de widgetpagina zonder parameters: de nieuwste cijfers' },
    {
      query: '?data=2026-11',
      version: 1,
      vintage: '2026-11',
      state: { reeks: ['uitkeringen', 'personen'], jaren: [1998, 2025] },
      summary: HELE_PERIODE,
      note: 'deellink van de widgetpagina, eerste datajaargang',
    },
    { query: '?preset=hele-periode', version: 1, state: { reeks: ['uitkeringen', 'personen'], jaren: [1998, 2025] }, note: 'voorinstelling' },
    {
      query: '?preset=rond-de-participatiewet',
      version: 1,
      state: { reeks: ['uitkeringen', 'personen'], jaren: [2011, 2019] },
      table: [
        ['2011', U, '315,5', 'jaargemiddelde', NV],
        ['2012', U, '321,8', 'jaargemiddelde', NV],
        ['2013', U, '347,3', 'jaargemiddelde', NV],
        ['2014', U, '371,0', 'jaargemiddelde', NV],
        ['2015', U, '382,4', 'jaargemiddelde', NV],
        ['2015', P, '449', 'eind december', NV],
        ['2016', U, '395,0', 'jaargemiddelde', NV],
        ['2016', P, '465', 'eind december', NV],
        ['2017', U, '398,0', 'jaargemiddelde', NV],
        ['2017', P, '457', 'eind december', NV],
        ['2018', P, '432', 'eind december', NV],
        ['2019', P, '415', 'eind december', NV],
        ['begin 2020', 'Uit ‘Een betere bijstand’: mensen', '413', 'begin 2020', 'cijfer uit het stuk'],
      ],
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=rond-de-wwb',
      version: 1,
      state: { reeks: ['uitkeringen', 'ww'], jaren: [1998, 2008] },
      summary:
        'De grafiek toont 1998 tot en met 2008. Bijstandsuitkeringen (gemiddeld per jaar): van 415,7 duizend in 1998 naar 267,0 duizend in 2008. ' +
        'WW-uitkeringen (gemiddeld per jaar): van 305,6 duizend in 1998 naar 174,6 duizend in 2008. Daartussen het hoogst in 2005 (322,0 duizend).',
      note: 'voorinstelling',
    },
    {
      query: '?preset=kredietcrisis',
      version: 1,
      state: { reeks: ['uitkeringen', 'ww'], jaren: [2006, 2017] },
      summary:
        'De grafiek toont 2006 tot en met 2017. Bijstandsuitkeringen (gemiddeld per jaar): van 317,6 duizend in 2006 naar 398,0 duizend in 2017. ' +
        'Daartussen het laagst in 2008 (267,0 duizend). WW-uitkeringen (gemiddeld per jaar): van 279,7 duizend in 2006 naar 378,1 duizend in 2017. ' +
        'Daartussen het hoogst in 2016 (441,1 duizend) en het laagst in 2008 (174,6 duizend).',
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?preset=coronacrisis',
      version: 1,
      state: { reeks: ['personen', 'werkloosheid'], jaren: [2017, 2025] },
      summary:
        'De grafiek toont 2017 tot en met 2025. Personen met bijstand (eind december): van 457 duizend eind 2017 naar 410 duizend eind 2025 (voorlopig). ' +
        'Daartussen het laagst eind 2022 (397 duizend). Werklozen (gemiddeld per jaar): van 546 duizend in 2017 naar 359 duizend in 2023. ' +
        'Daartussen het laagst in 2022 (350 duizend).',
      note: 'voorinstelling (voor het themahoofdstuk)',
    },
    {
      query: '?reeks=werkloosheid&jaren=2021..2023&v=1&data=2026-11',
      version: 1,
      vintage: '2026-11',
      state: { reeks: ['werkloosheid'], jaren: [2021, 2023] },
      table: [
        ['2021', W, '408', 'jaargemiddelde', NV],
        ['2022', W, '350', 'jaargemiddelde', NV],
        ['2023', W, '359', 'jaargemiddelde', NV],
      ],
      note: 'deellink: één reeks, ingezoomd',
    },
  ],
  written: [
    { state: { reeks: ['uitkeringen', 'personen'], jaren: [1998, 2025] }, share: '/grafieken/bijstand-in-de-tijd/?data=2026-11', embed: '/embed/bijstand-in-de-tijd/?data=2026-11' },
    {
      state: { reeks: ['personen', 'werkloosheid'], jaren: [2017, 2025] },
      share: '/grafieken/bijstand-in-de-tijd/coronacrisis/?data=2026-11',
      embed: '/embed/bijstand-in-de-tijd/?preset=coronacrisis&data=2026-11',
    },
    {
      state: { reeks: ['werkloosheid'], jaren: [2021, 2023] },
      share: '/grafieken/bijstand-in-de-tijd/?reeks=werkloosheid&jaren=2021..2023&v=1&data=2026-11',
      embed: '/embed/bijstand-in-de-tijd/?reeks=werkloosheid&jaren=2021..2023&v=1&data=2026-11',
    },
  ],
};

export default released;
