import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { topicName } from '../../components/ui';
import type { SearchQuery, TopicChipFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { noHitsTexts } from '../../i18n/search';
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
  const { t, locale } = useI18n(noHitsTexts);
  return (
    <div class="no-hits">
      <p class="no-hits__title">{props.query ? t('noHits.noHitsFor', props.query) : t('noHits.noHitsFiltered')}</p>
      <Show when={props.filtered}>
        <p>
          {t('noHits.filtersNarrow')}{' '}
          <button type="button" class="link-button" onClick={() => props.onClearFilters()}>
            {t('noHits.clearFilters')}
          </button>
        </p>
      </Show>
      <Show when={props.found.nearestTerms.length}>
        <ChipGroup
          id="nearest-terms"
          title={t('noHits.didYouMean')}
          chips={props.found.nearestTerms.map((term) => ({ href: paths.search(term), label: term, lang: 'da' }))}
        />
      </Show>
      <Show when={!props.found.nearestTopics.length && props.topics.length}>
        <ChipGroup
          id="main-topics"
          title={t('noHits.mainTopics')}
          chips={props.topics.slice(0, 10).map((topic) => ({
            href: paths.topic(topic.slug),
            label: topicName(topic, locale()),
            lang: locale(),
          }))}
        />
      </Show>
      <Show when={props.found.nearestTopics.length}>
        <ChipGroup
          id="nearest-topics"
          title={t('noHits.nearTopics')}
          chips={props.found.nearestTopics.map((near) => ({
            href: paths.topic(near.topic.slug),
            label: `${topicName(near.topic, locale())} (${near.count})`,
            lang: locale(),
          }))}
        />
      </Show>
      <div class="no-hits__group">
        <h2 id="browse">{t('noHits.browseInstead')}</h2>
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
            <A href={paths.search()}>{t('noHits.everything')}</A>
          </li>
        </ul>
      </div>
    </div>
  );
}

/** A headed list of link chips (words to search, topics to browse). */
function ChipGroup(props: { id: string; title: string; chips: { href: string; label: string; lang: string }[] }) {
  return (
    <div class="no-hits__group">
      <h2 id={props.id}>{props.title}</h2>
      <ul class="chips" aria-labelledby={props.id}>
        <For each={props.chips}>
          {(chip) => (
            <li>
              <A class="chip" href={chip.href} lang={chip.lang}>
                {chip.label}
              </A>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
