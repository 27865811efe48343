import { useI18n } from './index';

/** Texts of a search that found nothing, and the skip link: loaded with the search page, not with every page. */
const da = {
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

const en: typeof da = {
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

export function useSearchText() {
  const { locale } = useI18n();
  return () => (locale() === 'da' ? da : en);
}
