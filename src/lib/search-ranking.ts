// How search results are ranked, shared by the search dialog, the search page and the tests.
// Chapters carry a `trefwoorden` field (their title variants, authors, places and the heads of
// their compound words); weighting it like a title makes a document's own chapter come first
// when a reader types its title, an author or a city.
export const SEARCH_RANKING = {
  metaWeights: { title: 5, trefwoorden: 6, begrip: 4 },
} as const;
