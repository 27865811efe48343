import { Show } from 'solid-js';
import { Empty } from '../../components/QueryView';
import { Section } from '../../components/ui';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { nextMeetingAfter } from '../registration/state';
import { EventCard } from './EventCard';
import { createMeetingsFrom } from './hooks';

/** Where the cycle goes on: the meeting after this one. */
export function NextMeeting(props: { event: { id: string; startsAt: string } }) {
  const { t } = useI18n(meetingsTexts);
  const [state] = createMeetingsFrom(() => props.event.startsAt);
  const next = () => nextMeetingAfter(state.data?.events.nodes ?? [], props.event);
  return (
    <Section title={t('meetingsPages.cycle.next')} id="next">
      <Show when={state.data} fallback={<p class="muted">{t('state.loading')}</p>}>
        <Show when={next()} fallback={<Empty>{t('meetingsPages.cycle.noNext')}</Empty>}>
          {(event) => <EventCard event={event()} />}
        </Show>
      </Show>
    </Section>
  );
}
