import { A, useLocation } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Markdown } from '../../components/markdown/Markdown';
import { Empty } from '../../components/QueryView';
import { ExampleBadge, Facts, PageHeader, Section, TopicChips } from '../../components/ui';
import type { EventPageQuery } from '../../graphql/generated/graphql';
import { formatDate, formatTime, formatTimeRange } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import { Discussion } from '../discussion/LazyDiscussion';
import { RegistrationPanel } from '../registration/RegistrationPanel';
import { RegistrationBar } from '../registration/RegistrationBar';
import { TalkCard } from '../talk/TalkCard';
import { OutputCard } from '../workshop/OutputCard';
import { featuredFirst } from '../workshop/outputs';
import { NextMeeting } from './NextMeeting';
import { EditLink } from '../editor/EditLink';
import { createViewer } from '../member/hooks';

/** Outputs shown under each workshop on the event page; the rest are on the workshop's own page. */
const OUTPUTS_SHOWN = 3;

export type EventDetail = NonNullable<EventPageQuery['event']>;

/**
 * An event reads in the order the forum works: theme → report → talks → workshops and what the groups took from
 * them → the discussion after → the next meeting. Registration sits beside it.
 */
export function EventView(props: { event: EventDetail; now?: Date }) {
  const { t, tag } = useI18n(meetingsTexts);
  const upcoming = () => new Date(props.event.endsAt) >= (props.now ?? new Date());
  const location = useLocation();
  const [viewer] = createViewer();
  const signedIn = () => Boolean(viewer.data?.viewer);
  return (
    <article class="page">
      <PageHeader
        kicker={`${t(`eventKind.${props.event.kind}`)} · ${upcoming() ? t('event.upcoming') : t('event.past')}`}
        title={props.event.title}
        titleLang="da"
        crumbs={[{ href: paths.events(), label: t('nav.events') }]}
      >
        <Show when={props.event.isExample}>
          <p class="page-header__badges">
            <ExampleBadge show />
          </p>
        </Show>
        <EditLink id={props.event.id} title={props.event.title} />
        <Show when={upcoming()}>
          {/* Where the registration falls below the programme (narrow screens), a way to it without scrolling. */}
          <a href="#registration-title" class="jump-link">
            {t('meetingsPages.registration.jump')}
          </a>
        </Show>
      </PageHeader>
      <div class="page-grid">
        <div class="page-main">
          <Section title={t('event.theme')} id="theme">
            <p class="theme" lang="da">
              {props.event.theme}
            </p>
            <Markdown source={props.event.description} headingLevel={3} />
          </Section>

          <Section title={t('event.report')} id="report">
            <Show when={props.event.report} fallback={<Empty>{t('event.noReport')}</Empty>}>
              {(report) => (
                <div class="callout">
                  <h3 lang="da">
                    <A href={paths.report(report().slug)}>{report().title}</A>
                  </h3>
                  <p class="muted">
                    {t('report.published')}{' '}
                    <time datetime={report().publishedOn}>{formatDate(report().publishedOn, tag())}</time>
                  </p>
                  <p lang="da">{report().summary}</p>
                </div>
              )}
            </Show>
          </Section>

          <Section title={t('event.talks')} id="talks">
            <Show
              when={props.event.talks.nodes.length}
              fallback={<Show when={!props.event.membersOnlyTalks}>{<Empty>{t('event.noTalks')}</Empty>}</Show>}
            >
              <div class="cards">
                <For each={props.event.talks.nodes}>{(talk) => <TalkCard talk={talk} />}</For>
              </div>
            </Show>
            <Show when={props.event.membersOnlyTalks}>
              {(hidden) => (
                <p class="callout">
                  {t('event.membersOnlyTalks', hidden())}
                  <Show when={!signedIn()}>
                    {' — '}
                    <A href={paths.signIn(location.pathname)}>{t('event.signInToSee')}</A>
                  </Show>
                </p>
              )}
            </Show>
          </Section>

          <Section title={t('event.workshops')} id="workshops">
            <Show when={props.event.workshops.nodes.length} fallback={<Empty>{t('event.noWorkshops')}</Empty>}>
              <ul class="items">
                <For each={props.event.workshops.nodes}>
                  {(workshop) => (
                    <li class="item">
                      <A href={paths.workshop(workshop.slug)} lang="da" class="item__title">
                        {workshop.title}
                      </A>
                      <span class="item__meta">
                        {formatTime(workshop.startsAt, tag())} · {t('workshop.minutes', workshop.durationMinutes)}
                        <Show when={workshop.room}>
                          {' '}
                          · <span lang="da">{workshop.room}</span>
                        </Show>
                        <Show when={workshop.talk}>
                          {(talk) => (
                            <>
                              {' · '}
                              {t('workshop.talk')}: <span lang="da">{talk().title}</span>
                            </>
                          )}
                        </Show>
                      </span>
                      <Show when={workshop.outputs.nodes.length}>
                        <div class="workshop-outputs">
                          <p class="item__meta">{t('meetingsPages.cycle.outputs', workshop.outputs.totalCount)}</p>
                          <ul class="outputs">
                            <For each={featuredFirst(workshop.outputs.nodes).slice(0, OUTPUTS_SHOWN)}>
                              {(output) => (
                                <li>
                                  <OutputCard output={output} />
                                </li>
                              )}
                            </For>
                          </ul>
                          <Show when={workshop.outputs.totalCount > OUTPUTS_SHOWN}>
                            <p class="workshop-outputs__more">
                              <A href={`${paths.workshop(workshop.slug)}#outputs`}>
                                {t('meetingsPages.outputs.more', workshop.outputs.totalCount - OUTPUTS_SHOWN)}
                              </A>
                            </p>
                          </Show>
                        </div>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Section>

          <Discussion about={props.event.id} title={t('event.discussion')} />

          <NextMeeting event={props.event} />
        </div>
        <aside class="page-aside page-aside--event" aria-label={t('type.event')}>
          <RegistrationPanel slug={props.event.slug} eventId={props.event.id} />
          <Facts
            rows={[
              [t('event.when'), formatTimeRange(props.event.startsAt, props.event.endsAt, tag())],
              [t('event.where'), <span lang="da">{props.event.venue}</span>],
            ]}
          />
          <TopicChips topics={props.event.topics.nodes} label={t('method.topics')} />
        </aside>
      </div>
      <Show when={upcoming()}>
        <RegistrationBar slug={props.event.slug} />
      </Show>
    </article>
  );
}
