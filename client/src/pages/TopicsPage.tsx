import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show } from 'solid-js';
import { QueryView } from '../components/QueryView';
import { PageHeader, topicName } from '../components/ui';
import { createTopicTree } from '../domains/topic/hooks';
import { useI18n } from '../i18n';
import { paths } from '../paths';

export default function TopicsPage() {
  const { t, locale } = useI18n();
  usePageTitle(() => t('topic.title'));
  const [state, refetch] = createTopicTree();
  return (
    <div class="page">
      <PageHeader title={t('topic.title')} lead={t('topic.intro')} />
      <QueryView
        state={state}
        pick={(data) => data.topics.nodes}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {(topics) => (
          <ul class="topic-tree">
            <For each={topics}>
              {(topic) => (
                <li class="topic-tree__item">
                  <h2 lang={locale()}>
                    <A href={paths.topic(topic.slug)}>{topicName(topic, locale())}</A>
                  </h2>
                  <Show when={topic.descriptionDa}>
                    <p class="muted" lang="da">
                      {topic.descriptionDa}
                    </p>
                  </Show>
                  <Show when={topic.children.nodes.length}>
                    <ul class="chips" aria-label={t('topic.children')}>
                      <For each={topic.children.nodes}>
                        {(child) => (
                          <li>
                            <A class="chip" href={paths.topic(child.slug)} lang={locale()}>
                              {topicName(child, locale())}
                            </A>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </QueryView>
    </div>
  );
}
