import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show } from 'solid-js';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader, Section } from '../components/ui';
import type { MyMeetingsQuery } from '../graphql/generated/graphql';
import { createMyMeetings } from '../domains/registration/hooks';
import { splitMeetings } from '../domains/registration/state';
import { OutputCard } from '../domains/workshop/OutputCard';
import { formatTimeRange } from '../i18n/format';
import { useI18n } from '../i18n';
import { meetingsTexts } from '../i18n/meetings-pages';
import { paths } from '../paths';
import '../styles/meetings.css';

type Meeting = NonNullable<MyMeetingsQuery['viewer']>['meetings'][number];

function MeetingList(props: { meetings: Meeting[]; empty: string; findLink?: boolean }) {
  const { t, tag } = useI18n(meetingsTexts);
  return (
    <Show
      when={props.meetings.length}
      fallback={
        <Empty>
          {props.empty}
          <Show when={props.findLink}>
            {' '}
            <A href={paths.events()}>{t('meetingsPages.mine.findMeetings')}</A>
          </Show>
        </Empty>
      }
    >
      <ul class="meetings">
        <For each={props.meetings}>
          {(meeting) => (
            <Show when={meeting.event}>
              {(event) => (
                <li>
                  <span>
                    <A href={paths.event(event().slug)} class="meetings__title" lang="da">
                      {event().title}
                    </A>
                    <span class="meetings__when">
                      {formatTimeRange(event().startsAt, event().endsAt, tag())} ·{' '}
                      <span lang="da">{event().venue}</span>
                    </span>
                  </span>
                  <span>
                    <span
                      class={`badge badge--${meeting.status === 'CONFIRMED' ? 'member' : meeting.status.toLowerCase()}`}
                    >
                      {t(`meetingsPages.status.${meeting.status}`)}
                    </span>
                    <Show when={meeting.status === 'WAITLISTED' && meeting.waitlistPosition}>
                      {(n) => <span class="meetings__when">{t('meetingsPages.status.waitlistPosition', n())}</span>}
                    </Show>
                  </span>
                </li>
              )}
            </Show>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** The member's registrations, upcoming and past, and what their organisation took from workshops. */
export default function MyMeetingsPage() {
  const { t } = useI18n(meetingsTexts);
  const [state, refetch] = createMyMeetings();
  usePageTitle(() => t('meetingsPages.mine.title'));
  return (
    <div class="page page--medium">
      <PageHeader title={t('meetingsPages.mine.title')} lead={t('meetingsPages.mine.intro')} />
      <Show
        when={state.data}
        fallback={
          <Show when={state.error} fallback={<Loading />}>
            <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
          </Show>
        }
      >
        {(data) => (
          <Show
            when={data().viewer}
            fallback={
              <p class="callout">
                <A href={paths.signIn(paths.myMeetings())}>{t('meetingsPages.mine.signIn')}</A>
              </p>
            }
          >
            {(viewer) => {
              const split = () => splitMeetings(viewer().meetings);
              return (
                <>
                  <Section title={t('meetingsPages.mine.upcoming')} id="upcoming">
                    <MeetingList meetings={split().upcoming} empty={t('meetingsPages.mine.noUpcoming')} findLink />
                  </Section>
                  <Section title={t('meetingsPages.mine.past')} id="past">
                    <MeetingList meetings={split().past} empty={t('meetingsPages.mine.noPast')} />
                  </Section>
                  <Section title={t('meetingsPages.mine.outputs', viewer().member.organisation.name)} id="outputs">
                    <Show
                      when={viewer().organisationOutputs.nodes.length}
                      fallback={<Empty>{t('meetingsPages.mine.noOutputs')}</Empty>}
                    >
                      <ul class="outputs">
                        <For each={viewer().organisationOutputs.nodes}>
                          {(output) => (
                            <li>
                              <OutputCard output={output} showWorkshop />
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  </Section>
                </>
              );
            }}
          </Show>
        )}
      </Show>
    </div>
  );
}
