// The two real paths the participatiefonds can run through: CBS series already in the project
// (content/data/), copied here because this module runs in the browser. Each names its dataset
// (publisher, table, URL and licence are in the dataset's YAML); tests/unit/participatiefonds.test.ts
// checks every value against the dataset file, so a copy that drifts fails the tests.
// Which years count as good or bad is this site's method (seriesPath in model.ts), not CBS's.

export interface CycleSeries {
  /** the cyclus value in the link */
  key: 'ww-1998-2017' | 'werkloosheid-2015-2023';
  /** content/data/<dataset>.yaml */
  dataset: string;
  /** the dataset's column */
  column: string;
  /** what the series is, for the reader */
  label: string;
  /** the series in a sentence: "de cyclus van <phrase>" */
  phrase: string;
  /** the source line: publisher and table, as the dataset gives them */
  source: string;
  years: readonly number[];
  /** × 1 000, as CBS gives them */
  values: readonly number[];
}

export const WW_1998_2017: CycleSeries = {
  key: 'ww-1998-2017',
  dataset: 'cbs-37789ksz-jaarcijfers',
  column: 'ww',
  label: 'WW-uitkeringen per jaar, 1998–2017',
  phrase: 'de WW-uitkeringen van 1998 tot 2017 (CBS)',
  source: 'CBS, StatLine 37789ksz (WW-uitkeringen, jaargemiddelden, niet seizoengecorrigeerd)',
  years: [1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017],
  values: [305.6, 248.7, 204.0, 176.5, 182.3, 249.3, 310.1, 322.0, 279.7, 217.3, 174.6, 220.4, 267.0, 259.6, 300.3, 389.6, 437.9, 429.8, 441.1, 378.1],
};

export const WERKLOOSHEID_2015_2023: CycleSeries = {
  key: 'werkloosheid-2015-2023',
  dataset: 'cbs-werkloosheid-jaargemiddelde',
  column: 'werklozen',
  label: 'Werklozen per jaar, 2015–2023',
  phrase: 'het aantal werklozen van 2015 tot 2023 (CBS)',
  source: 'CBS, werkloze beroepsbevolking (internationale definitie), jaargemiddelden',
  years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023],
  values: [724, 646, 546, 459, 423, 465, 408, 350, 359],
};

export const CYCLE_SERIES: readonly CycleSeries[] = [WW_1998_2017, WERKLOOSHEID_2015_2023];
