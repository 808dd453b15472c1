// The themes a chapter can belong to. Used for the chapter schema, the chapter index and the
// Pagefind "thema" filter, so the labels readers see are defined once.
export const THEMES = {
  'wat-is-de-bijstand': 'Wat de bijstand is en hoe die veranderde',
  'wie-ontvangt-bijstand': 'Wie bijstand ontvangt',
  gordijnbeweging: 'De gordijnbeweging',
  'geld-en-prikkels': 'Geld en prikkels',
  'wat-gemeenten-doen': 'Wat gemeenten doen',
  'wortel-of-stok': 'Wortel of stok',
  voorstellen: 'De voorstellen naast elkaar',
} as const;

export type ThemeId = keyof typeof THEMES;
export const THEME_IDS = Object.keys(THEMES) as [ThemeId, ...ThemeId[]];

export const CHAPTER_KINDS = {
  document: 'Samenvatting van een document',
  thema: 'Themahoofdstuk',
} as const;
export type ChapterKind = keyof typeof CHAPTER_KINDS;
