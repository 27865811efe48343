import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { ExampleBadge, Facts, PageHeader, Section, TopicChips } from '../../components/ui';
import type { TalkPageQuery } from '../../graphql/generated/graphql';
import { durationMinutes, formatDate } from '../../i18n/format';
import { Discussion } from '../discussion/LazyDiscussion';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { SharePanel } from '../share/SharePanel';
import { MethodCard } from '../method/MethodCard';
import { createTalkTranscriptSearch } from './hooks';
import { TalkPlayer } from './TalkPlayer';
import { EditLink } from '../editor/EditLink';

export type TalkDetail = NonNullable<TalkPageQuery['talk']>;

export function TalkView(props: { talk: TalkDetail }) {
  const { t, tag } = useI18n();
  return (
    <article class="page">
      <PageHeader
        kicker={t('type.talk')}
        title={props.talk.title}
        titleLang="da"
        lead={props.talk.summary}
        crumbs={
          props.talk.event
            ? [
                { href: paths.events(), label: t('nav.events') },
                { href: paths.event(props.talk.event.slug), label: props.talk.event.title },
              ]
            : undefined
        }
      >
        <p class="page-header__badges">
          <ExampleBadge show={props.talk.isExample} />
        </p>
        <EditLink id={props.talk.id} title={props.talk.title} />
      </PageHeader>
      <div class="page-grid">
        <div class="page-main">
          <TalkPlayer talk={props.talk} search={(query) => createTalkTranscriptSearch(() => props.talk.slug, query)} />
          <Show when={props.talk.methods.nodes.length}>
            <Section title={t('talk.methods')} id="methods">
              <div class="cards">
                <For each={props.talk.methods.nodes}>{(method) => <MethodCard method={method} />}</For>
              </div>
            </Section>
          </Show>
          <Show when={props.talk.workshops.nodes.length}>
            <Section title={t('talk.workshops')} id="workshops">
              <ul class="items">
                <For each={props.talk.workshops.nodes}>
                  {(workshop) => (
                    <li class="item">
                      <A href={paths.workshop(workshop.slug)} lang="da" class="item__title">
                        {workshop.title}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </Section>
          </Show>
          <Discussion about={props.talk.id} title={t('talk.discussion')} />
        </div>
        <aside class="page-aside" aria-label={t('type.talk')}>
          <Facts
            rows={[
              [
                t('talk.speakers'),
                <ul class="speakers" lang="da">
                  <For each={props.talk.speakers}>
                    {(speaker) => (
                      <li>
                        <strong>{speaker.name}</strong>
                        <span>{speaker.title}</span>
                        <Show when={speaker.organisation}>
                          {(org) => <A href={paths.organisation(org().slug)}>{org().name}</A>}
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>,
              ],
              [t('talk.duration'), t('format.minutes', durationMinutes(props.talk.durationSeconds))],
              [
                t('talk.at'),
                props.talk.event && (
                  <>
                    <A href={paths.event(props.talk.event.slug)} lang="da">
                      {props.talk.event.title}
                    </A>
                    , {formatDate(props.talk.event.startsAt, tag())}
                  </>
                ),
              ],
            ]}
          />
          <TopicChips topics={props.talk.topics.nodes} label={t('method.topics')} />
          <SharePanel itemId={props.talk.id} visibility={props.talk.visibility} />
        </aside>
      </div>
    </article>
  );
}
