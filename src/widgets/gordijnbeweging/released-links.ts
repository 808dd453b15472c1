// Every gordijnbeweging link form ever published, with the state and numbers it opened
// (src/lib/widget-kit/released.ts; checked by tests/unit/released-links.test.ts). Only add:
// a link pasted into a debate must keep opening the same view. The numbers are worked out by
// hand from the assumptions the claims panel states: the public curtain's edge at 15 on the
// scale of wage value, moving 6 points per unit of cycle, the market's at 60, moving 15, and a
// fund that keeps the public edge from retreating below 15.
import type { ReleasedLinks } from '../../lib/widget-kit/released.ts';
import type { GordijnState } from './spec.ts';

const NORMAAL = [
  ['Publieke voorzieningen', '0', '15', '15', '0'],
  ['Kwetsbare groep in het midden', '15', '60', '45', '0'],
  ['Reguliere arbeidsmarkt', '60', '100', '40', '0'],
];

const released: ReleasedLinks<GordijnState> = {
  links: [
    { query: '', version: 1, state: { conjunctuur: 0, fonds: false }, table: NORMAAL, note: 'de widgetpagina zonder parameters' },
    {
      query: '?conjunctuur=-100&v=1',
      version: 1,
      state: { conjunctuur: -100, fonds: false },
      table: [
        ['Publieke voorzieningen', '0', '9', '9', '-6'],
        ['Kwetsbare groep in het midden', '9', '75', '66', '+21'],
        ['Reguliere arbeidsmarkt', '75', '100', '25', '-15'],
      ],
      note: 'deellink, van vóór de voorinstellingspagina’s',
    },
    {
      query: '?conjunctuur=-100&fonds=1&v=1',
      version: 1,
      state: { conjunctuur: -100, fonds: true },
      table: [
        ['Publieke voorzieningen', '0', '15', '15', '0'],
        ['Kwetsbare groep in het midden', '15', '75', '60', '+15'],
        ['Reguliere arbeidsmarkt', '75', '100', '25', '-15'],
      ],
      note: 'deellink, van vóór de voorinstellingspagina’s',
    },
    {
      query: '?conjunctuur=-60&fonds=1&v=1',
      version: 1,
      state: { conjunctuur: -60, fonds: true },
      table: [
        ['Publieke voorzieningen', '0', '15', '15', '0'],
        ['Kwetsbare groep in het midden', '15', '69', '54', '+9'],
        ['Reguliere arbeidsmarkt', '69', '100', '31', '-9'],
      ],
      note: 'deellink',
    },
    { query: '?fonds=1&v=1', version: 1, state: { conjunctuur: 0, fonds: true }, table: NORMAAL, note: 'deellink: alleen het fonds aan' },
    { query: '?preset=crisis-met-fonds', version: 1, state: { conjunctuur: -100, fonds: true }, note: 'voorinstelling' },
    {
      query: '?preset=hoogconjunctuur',
      version: 1,
      state: { conjunctuur: 100, fonds: false },
      table: [
        ['Publieke voorzieningen', '0', '21', '21', '+6'],
        ['Kwetsbare groep in het midden', '21', '45', '24', '-21'],
        ['Reguliere arbeidsmarkt', '45', '100', '55', '+15'],
      ],
      note: 'voorinstelling',
    },
    { query: '?preset=crisis-zonder-fonds', version: 1, state: { conjunctuur: -100, fonds: false }, note: 'voorinstelling' },
    { query: '?preset=normaal', version: 1, state: { conjunctuur: 0, fonds: false }, note: 'voorinstelling' },
    {
      query: '?conjunctuur=-35&v=1',
      version: 1,
      state: { conjunctuur: -35, fonds: false },
      table: [
        ['Publieke voorzieningen', '0', '13', '13', '-2'],
        ['Kwetsbare groep in het midden', '13', '65', '52', '+7'],
        ['Reguliere arbeidsmarkt', '65', '100', '35', '-5'],
      ],
      note: 'de insluiting (/embed/gordijnbeweging/) en de widgetpagina',
    },
    {
      query: '?conjunctuur=-40&v=1',
      page: { basePreset: 'crisis-met-fonds', namespace: 'gordijnbeweging', acceptBare: true },
      version: 1,
      state: { conjunctuur: -40, fonds: true },
      table: [
        ['Publieke voorzieningen', '0', '15', '15', '0'],
        ['Kwetsbare groep in het midden', '15', '66', '51', '+6'],
        ['Reguliere arbeidsmarkt', '66', '100', '34', '-6'],
      ],
      note: 'een hoofdstuk met één widget, van vóór de namespaces (ten opzichte van de voorinstelling van het hoofdstuk)',
    },
    { query: '', page: { basePreset: 'hoogconjunctuur' }, version: 1, state: { conjunctuur: 100, fonds: false }, note: 'een voorinstellingspagina zonder parameters' },
    {
      query: '?met-fonds.conjunctuur=-40&met-fonds.v=1',
      page: { basePreset: 'crisis-met-fonds', namespace: 'met-fonds' },
      version: 1,
      state: { conjunctuur: -40, fonds: true },
      note: 'hoofdstuk De gordijnbeweging, tweede widget (namespace met-fonds)',
    },
    {
      query: '?gordijnbeweging.preset=hoogconjunctuur&utm_source=nieuwsbrief',
      page: { basePreset: 'crisis-zonder-fonds', namespace: 'gordijnbeweging' },
      version: 1,
      state: { conjunctuur: 100, fonds: false },
      note: 'hoofdstuk De gordijnbeweging, een voorinstelling in de namespace, met een trackingtag',
    },
  ],
  written: [
    { state: { conjunctuur: 0, fonds: false }, share: '/grafieken/gordijnbeweging/', embed: '/embed/gordijnbeweging/' },
    { state: { conjunctuur: -60, fonds: true }, share: '/grafieken/gordijnbeweging/?conjunctuur=-60&fonds=1&v=1', embed: '/embed/gordijnbeweging/?conjunctuur=-60&fonds=1&v=1' },
    { state: { conjunctuur: -35, fonds: false }, share: '/grafieken/gordijnbeweging/?conjunctuur=-35&v=1', embed: '/embed/gordijnbeweging/?conjunctuur=-35&v=1' },
    { state: { conjunctuur: -100, fonds: false }, share: '/grafieken/gordijnbeweging/crisis-zonder-fonds/', embed: '/embed/gordijnbeweging/?preset=crisis-zonder-fonds' },
    { state: { conjunctuur: -100, fonds: true }, share: '/grafieken/gordijnbeweging/crisis-met-fonds/', embed: '/embed/gordijnbeweging/?preset=crisis-met-fonds' },
    { state: { conjunctuur: 100, fonds: false }, share: '/grafieken/gordijnbeweging/hoogconjunctuur/', embed: '/embed/gordijnbeweging/?preset=hoogconjunctuur' },
  ],
};

export default released;
