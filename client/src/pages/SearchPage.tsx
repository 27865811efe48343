import { usePageTitle } from '../components/pageTitle';
import { A, useSearchParams } from '@solidjs/router';
import { For, Show, createMemo } from 'solid-js';
import { ListFooter } from '../components/lists';
import { Problem } from '../components/QueryView';
import { PageHeader, topicName } from '../components/ui';
import { ALL_STRENGTHS, ORGANISATION_KINDS, TARGET_GROUPS } from '../domains/enums';
import { FacetGroup } from '../domains/search/Facets';
import { createSearch } from '../domains/search/hooks';
import { SearchForm } from '../domains/search/SearchForm';
import { NoHits } from '../domains/search/NoHits';
import { SearchHit } from '../domains/search/SearchHit';
import { clearAll, hasFilters, readSearch, toggle, type ListFacet } from '../domains/search/state';
import { createTopicOptions } from '../domains/topic/hooks';
import { useI18n } from '../i18n';
import { noHitsTexts } from '../i18n/search';
import { paths } from '../paths';

const PAGE = 20;

/** Full-text search with facets; the whole state lives in the URL, so a search can be shared. */
export default function SearchPage() {
  const { t, locale } = useI18n(noHitsTexts);
  const [params, setParams] = useSearchParams();
  const state = createMemo(() =>
    readSearch(params, { targetGroups: TARGET_GROUPS, strengths: ALL_STRENGTHS, orgKinds: ORGANISATION_KINDS }),
  );
  usePageTitle(() => (state().q ? t('search.titleFor', state().q) : t('search.title')));

  // Topics are in the URL by slug; the API filters by ID.
  const [topicsState] = createTopicOptions();
  const topicBySlug = createMemo(() => new Map((topicsState.data?.topics.nodes ?? []).map((tp) => [tp.slug, tp])));
  const [result, refetch] = createSearch(
    () => ({
      query: state().q,
      first: Math.min(100, PAGE * state().pages),
      filter: {
        types: state().types.length ? state().types : undefined,
        topics: state().topics.length
          ? state()
              .topics.map((slug) => topicBySlug().get(slug)?.id)
              .filter((id): id is string => Boolean(id))
          : undefined,
        targetGroups: state().targetGroups.length ? state().targetGroups : undefined,
        ageRanges: state().ageRanges.length ? state().ageRanges : undefined,
        evidenceStrengths: state().strengths.length ? state().strengths : undefined,
        organisationKinds: state().orgKinds.length ? state().orgKinds : undefined,
        yearFrom: state().yearFrom,
      },
    }),
    () => state().topics.length > 0 && !topicsState.data,
  );
  const search = () => result.data?.search;
  const toggleFacet = (facet: ListFacet, value: string) => setParams(toggle(state(), facet, value), { scroll: false });
  // Phones start with the facets folded away, below the search box; wider screens show them beside the hits.
  const wide = !window.matchMedia?.('(max-width: 56rem)').matches;

  /** Every chosen filter as a removable chip. */
  const chips = () => {
    const s = state();
    const topicLabel = (slug: string) => {
      const topic = topicBySlug().get(slug);
      return topic ? topicName(topic, locale()) : slug;
    };
    return [
      ...s.types.map((v) => ({ facet: 'types' as const, value: v, label: t(`searchType.${v}`) })),
      ...s.topics.map((v) => ({ facet: 'topics' as const, value: v, label: topicLabel(v) })),
      ...s.targetGroups.map((v) => ({ facet: 'targetGroups' as const, value: v, label: t(`targetGroup.${v}`) })),
      ...s.ageRanges.map((v) => ({ facet: 'ageRanges' as const, value: v, label: t(`ageRange.${v}`) })),
      ...s.strengths.map((v) => ({ facet: 'strengths' as const, value: v, label: t(`strength.${v}`) })),
      ...s.orgKinds.map((v) => ({ facet: 'orgKinds' as const, value: v, label: t(`orgKind.${v}`) })),
    ];
  };

  const facets = () => search()?.facets;
  const skipToResults = (event: MouseEvent) => {
    event.preventDefault();
    const results = document.getElementById('search-results');
    results?.focus();
    results?.scrollIntoView({ block: 'start' });
  };
  return (
    <div class="page">
      <PageHeader title={state().q ? t('search.titleFor', state().q) : t('search.title')} />
      <SearchForm initial={state().q} />

      <Show when={chips().length || state().yearFrom}>
        <div class="chips-bar">
          <ul class="chips" aria-label={t('search.activeFilters')}>
            <For each={chips()}>
              {(chip) => (
                <li>
                  <button
                    type="button"
                    class="chip chip--removable"
                    aria-label={t('search.remove', chip.label)}
                    onClick={() => toggleFacet(chip.facet, chip.value)}
                  >
                    {chip.label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              )}
            </For>
            <Show when={state().yearFrom}>
              {(year) => (
                <li>
                  <button
                    type="button"
                    class="chip chip--removable"
                    aria-label={t('search.remove', `${t('search.yearFrom')} ${year()}`)}
                    onClick={() => setParams({ fra: null, vis: null }, { scroll: false })}
                  >
                    {t('search.yearFrom')} {year()} <span aria-hidden="true">×</span>
                  </button>
                </li>
              )}
            </Show>
          </ul>
          <button type="button" class="button button--quiet" onClick={() => setParams(clearAll(), { scroll: false })}>
            {t('search.clearAll')}
          </button>
        </div>
      </Show>

      <Show when={result.error}>
        <Problem error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        <p>
          <A href={paths.methods()}>{t('nav.methods')}</A> · <A href={paths.cases()}>{t('nav.cases')}</A> ·{' '}
          <A href={paths.events()}>{t('nav.events')}</A> · <A href={paths.topics()}>{t('nav.topics')}</A>
        </p>
      </Show>

      <Show when={search()}>
        {(found) => (
          <div class="search-layout" classList={{ 'search-layout--single': found().totalCount === 0 }}>
            <Show when={found().totalCount > 0}>
              {/* Past the facets, straight to what was found: keyboard users need not tab through every filter. */}
              <a class="skip-link skip-link--inline" href="#search-results" onClick={skipToResults}>
                {t('noHits.skipToResults')}
              </a>
            </Show>
            <details class="search-facets" open={wide} hidden={found().totalCount === 0}>
              <summary>{t('search.refine')}</summary>
              <FacetGroup
                legend={t('search.types')}
                options={(facets()?.types ?? []).map((f) => ({
                  value: f.value,
                  label: t(`searchType.${f.value}`),
                  count: f.count,
                }))}
                chosen={state().types}
                onToggle={(value) => toggleFacet('types', value)}
              />
              <FacetGroup
                legend={t('search.topics')}
                options={(facets()?.topics ?? []).map((f) => ({
                  value: f.topic.slug,
                  label: topicName(f.topic, locale()),
                  count: f.count,
                  lang: locale(),
                }))}
                chosen={state().topics}
                onToggle={(value) => toggleFacet('topics', value)}
              />
              <FacetGroup
                legend={t('search.targetGroups')}
                options={(facets()?.targetGroups ?? []).map((f) => ({
                  value: f.value,
                  label: t(`targetGroup.${f.value}`),
                  count: f.count,
                }))}
                chosen={state().targetGroups}
                onToggle={(value) => toggleFacet('targetGroups', value)}
              />
              <FacetGroup
                legend={t('search.ageRanges')}
                options={(facets()?.ageRanges ?? []).map((f) => ({
                  value: f.value,
                  label: t(`ageRange.${f.value}`),
                  count: f.count,
                }))}
                chosen={state().ageRanges}
                onToggle={(value) => toggleFacet('ageRanges', value)}
              />
              <FacetGroup
                legend={t('search.strengths')}
                options={(facets()?.evidenceStrengths ?? []).map((f) => ({
                  value: f.value,
                  label: t(`strength.${f.value}`),
                  count: f.count,
                }))}
                chosen={state().strengths}
                onToggle={(value) => toggleFacet('strengths', value)}
              />
              <FacetGroup
                legend={t('search.orgKinds')}
                options={(facets()?.organisationKinds ?? []).map((f) => ({
                  value: f.value,
                  label: t(`orgKind.${f.value}`),
                  count: f.count,
                }))}
                chosen={state().orgKinds}
                onToggle={(value) => toggleFacet('orgKinds', value)}
              />
              <Show when={facets()?.years.length}>
                <div class="field facet">
                  <label for="search-year">{t('search.yearFrom')}</label>
                  <select
                    id="search-year"
                    value={state().yearFrom ?? ''}
                    onChange={(e) => setParams({ fra: e.currentTarget.value || null, vis: null }, { scroll: false })}
                  >
                    <option value="">{t('list.any')}</option>
                    <For each={facets()?.years}>
                      {(year) => (
                        <option value={year.value} selected={state().yearFrom === year.value}>
                          {year.value} ({year.count})
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              </Show>
            </details>

            <div class="search-results" id="search-results" tabindex="-1">
              <p class="result-count" role="status" aria-live="polite">
                {state().q || hasFilters(state()) ? t('search.hits', found().totalCount) : t('search.emptyQuery')}
              </p>
              <Show
                when={found().edges.length}
                fallback={
                  <NoHits
                    found={found()}
                    query={state().q}
                    filtered={hasFilters(state())}
                    onClearFilters={() => setParams(clearAll(), { scroll: false })}
                    topics={(topicsState.data?.topics.nodes ?? []).filter((topic) => !topic.parent)}
                  />
                }
              >
                <ol class="hits" aria-busy={result.fetching}>
                  <For each={found().edges}>{(edge) => <SearchHit edge={edge} />}</For>
                </ol>
                <ListFooter
                  hasMore={found().pageInfo.hasNextPage && state().pages < 5}
                  fetching={result.fetching}
                  onMore={() => setParams({ vis: String(state().pages + 1) }, { scroll: false })}
                />
              </Show>
            </div>
          </div>
        )}
      </Show>
      <Show when={!search() && !result.error && result.fetching}>
        <p class="state state--loading" role="status">
          {t('state.loading')}
        </p>
      </Show>
    </div>
  );
}
