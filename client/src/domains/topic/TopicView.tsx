import { For, Show } from 'solid-js';
import { Empty } from '../../components/QueryView';
import { PageHeader, Section, TopicChips, topicName } from '../../components/ui';
import type { TopicPageQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { CaseCard } from '../case/CaseCard';
import { MethodCard } from '../method/MethodCard';
import { StudyItem } from '../study/StudyItem';
import { TalkCard } from '../talk/TalkCard';
import { EditLink } from '../editor/EditLink';
import { FollowButton } from '../gaps/FollowButton';

export type TopicDetail = NonNullable<TopicPageQuery['topic']>;

export function TopicView(props: { topic: TopicDetail }) {
  const { t, locale } = useI18n();
  const crumbs = () => [
    { href: paths.topics(), label: t('topic.title') },
    ...(props.topic.parent
      ? [{ href: paths.topic(props.topic.parent.slug), label: topicName(props.topic.parent, locale()) }]
      : []),
  ];
  const isEmpty = () =>
    !props.topic.methods.nodes.length &&
    !props.topic.cases.nodes.length &&
    !props.topic.studies.nodes.length &&
    !props.topic.talks.nodes.length;
  return (
    <article class="page">
      <PageHeader
        kicker={t('type.topic')}
        title={topicName(props.topic, locale())}
        titleLang={locale()}
        crumbs={crumbs()}
      >
        <Show when={props.topic.descriptionDa}>
          {(description) => (
            <p class="lead" lang="da">
              {description()}
            </p>
          )}
        </Show>
        <EditLink id={props.topic.id} title={props.topic.nameDa} />
        <FollowButton id={props.topic.id} following={props.topic.viewerIsFollowing} hint={t('follow.topicHint')} />
      </PageHeader>
      <Show when={props.topic.children.nodes.length}>
        <Section title={t('topic.children')} id="children">
          <TopicChips topics={props.topic.children.nodes} label={t('topic.children')} />
        </Section>
      </Show>
      <Show when={!isEmpty()} fallback={<Empty>{t('topic.empty')}</Empty>}>
        <Show when={props.topic.methods.nodes.length}>
          <Section title={t('topic.methods')} id="methods">
            <div class="cards">
              <For each={props.topic.methods.nodes}>{(method) => <MethodCard method={method} />}</For>
            </div>
          </Section>
        </Show>
        <Show when={props.topic.cases.nodes.length}>
          <Section title={t('topic.cases')} id="cases">
            <div class="cards">
              <For each={props.topic.cases.nodes}>{(item) => <CaseCard item={item} />}</For>
            </div>
          </Section>
        </Show>
        <Show when={props.topic.studies.nodes.length}>
          <Section title={t('topic.studies')} id="studies">
            <ul class="items">
              <For each={props.topic.studies.nodes}>{(study) => <StudyItem study={study} />}</For>
            </ul>
          </Section>
        </Show>
        <Show when={props.topic.talks.nodes.length}>
          <Section title={t('topic.talks')} id="talks">
            <div class="cards">
              <For each={props.topic.talks.nodes}>{(talk) => <TalkCard talk={talk} />}</For>
            </div>
          </Section>
        </Show>
      </Show>
    </article>
  );
}
