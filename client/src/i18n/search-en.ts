import type { NoHitsText } from './search-da';

export const enNoHits: NoHitsText = {
  noHitsFor: (q: string) => `No results for “${q}”.`,
  noHitsFiltered: 'Nothing matches the filters.',
  filtersNarrow: 'The filters may leave out what you are looking for.',
  clearFilters: 'Remove all filters',
  didYouMean: 'Did you mean',
  nearTopics: 'Topics that look alike',
  mainTopics: 'Topics',
  browseInstead: 'Browse instead',
  everything: 'All content',
  skipToResults: 'Skip to results',
};
