import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { topicName } from '../../components/ui';
import type { SearchQuery, TopicChipFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { useSearchText } from '../../i18n/search';
import { paths } from '../../paths';

type Found = NonNullable<SearchQuery['search']>;

/**
 * Nothing found is never a dead end: words spelled like the ones searched for, topics that begin like them, the
 * filters to drop, and the ways to browse.
 */
export function NoHits(props: {
  found: Found;
  query: string;
  filtered: boolean;
  onClearFilters: () => void;
  /** The main topics, to browse when no topic is near what was searched for. */
  topics: readonly TopicChipFragment[];
}) {
  const { t, locale } = useI18n();
  const ts = useSearchText();
  return (
    <div class="no-hits">
      <p class="no-hits__title">{props.query ? ts().noHitsFor(props.query) : ts().noHitsFiltered}</p>
      <Show when={props.filtered}>
        <p>
          {ts().filtersNarrow}{' '}
          <button type="button" class="link-button" onClick={() => props.onClearFilters()}>
            {ts().clearFilters}
          </button>
        </p>
      </Show>
      <Show when={props.found.nearestTerms.length}>
        <div class="no-hits__group">
          <h2 id="nearest-terms">{ts().didYouMean}</h2>
          <ul class="chips" aria-labelledby="nearest-terms">
            <For each={props.found.nearestTerms}>
              {(term) => (
                <li>
                  <A class="chip" href={paths.search(term)} lang="da">
                    {term}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={!props.found.nearestTopics.length && props.topics.length}>
        <div class="no-hits__group">
          <h2 id="main-topics">{ts().mainTopics}</h2>
          <ul class="chips" aria-labelledby="main-topics">
            <For each={props.topics.slice(0, 10)}>
              {(topic) => (
                <li>
                  <A class="chip" href={paths.topic(topic.slug)} lang={locale()}>
                    {topicName(topic, locale())}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={props.found.nearestTopics.length}>
        <div class="no-hits__group">
          <h2 id="nearest-topics">{ts().nearTopics}</h2>
          <ul class="chips" aria-labelledby="nearest-topics">
            <For each={props.found.nearestTopics}>
              {(near) => (
                <li>
                  <A class="chip" href={paths.topic(near.topic.slug)} lang={locale()}>
                    {topicName(near.topic, locale())} ({near.count})
                  </A>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <div class="no-hits__group">
        <h2 id="browse">{ts().browseInstead}</h2>
        <ul class="inline-links" aria-labelledby="browse">
          <li>
            <A href={paths.methods()}>{t('nav.methods')}</A>
          </li>
          <li>
            <A href={paths.cases()}>{t('nav.cases')}</A>
          </li>
          <li>
            <A href={paths.topics()}>{t('nav.topics')}</A>
          </li>
          <li>
            <A href={paths.events()}>{t('nav.events')}</A>
          </li>
          <li>
            <A href={paths.search()}>{ts().everything}</A>
          </li>
        </ul>
      </div>
    </div>
  );
}
