/** Texts of a search that found nothing, and the skip link: loaded with the search page, not with every page. */
export const daNoHits = {
  noHitsFor: (q: string) => `Ingen resultater for »${q}«.`,
  noHitsFiltered: 'Intet indhold passer til filtrene.',
  filtersNarrow: 'Filtrene kan udelukke det, du leder efter.',
  clearFilters: 'Fjern alle filtre',
  didYouMean: 'Mente du',
  nearTopics: 'Emner, der ligner',
  mainTopics: 'Emner',
  browseInstead: 'Gå på opdagelse',
  everything: 'Alt indhold',
  skipToResults: 'Spring til resultater',
};

export type NoHitsText = typeof daNoHits;
