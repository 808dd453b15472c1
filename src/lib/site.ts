// Site-wide settings that pages and tests share.
export const SITE_NAME = 'Bijstand uitgelegd';
export const SITE_TAGLINE = 'De bijstand, de Wet werk en bijstand en de Participatiewet: wat vijf stukken erover zeggen, met cijfers die je kunt nagaan.';

/** Main navigation, in the order readers see it. */
export const MAIN_NAV = [
  { href: '/hoofdstukken/', label: 'Hoofdstukken' },
  { href: '/grafieken/', label: 'Grafieken' },
  { href: '/begrippen/', label: 'Begrippen' },
  { href: '/cijfers/', label: 'Cijfers' },
  { href: '/bronnen/', label: 'Bronnen' },
] as const;

export const FOOTER_NAV = [
  { href: '/bronnen/', label: 'Bronnen' },
  { href: '/cijfers/', label: 'Verantwoording van de cijfers' },
  { href: '/correcties/', label: 'Correcties' },
  { href: '/over/', label: 'Over deze site' },
  { href: '/toegankelijkheid/', label: 'Toegankelijkheid' },
] as const;

/**
 * The licence of the site's own charts and their tables (downloads, embeds). Data from others
 * keep their own licence (CBS: CC BY 4.0); quotations stay their authors' words.
 */
export const CHART_LICENCE = 'CC BY 4.0, Bijstand uitgelegd';

