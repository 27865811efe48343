import { For, Show } from 'solid-js';
import { usePageTitle } from '../components/pageTitle';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader, Section } from '../components/ui';
import { EventCard } from '../domains/event/EventCard';
import { createEventList } from '../domains/event/hooks';
import { useI18n } from '../i18n';

export default function EventsPage() {
  const { t } = useI18n();
  usePageTitle(() => t('event.title'));
  const now = new Date().toISOString();
  const [upcoming, refetchUpcoming] = createEventList(() => ({ first: 20, direction: 'ASC', filter: { from: now } }));
  const [past, refetchPast] = createEventList(() => ({ first: 50, direction: 'DESC', filter: { to: now } }));
  // An event under way started before now and ends after it: it is listed as upcoming only.
  const pastOnly = () => past.data?.events.nodes.filter((e) => e.endsAt < now) ?? [];

  return (
    <div class="page">
      <PageHeader title={t('event.title')} lead={t('event.intro')} />
      <Section title={t('event.upcomingTitle')} id="upcoming">
        <Show when={!upcoming.error} fallback={<Problem error={upcoming.error} onRetry={() => refetchUpcoming()} />}>
          <Show when={upcoming.data} fallback={<Loading />}>
            {(data) => (
              <Show when={data().events.nodes.length} fallback={<Empty>{t('event.noneUpcoming')}</Empty>}>
                <div class="cards">
                  <For each={data().events.nodes}>{(event) => <EventCard event={event} />}</For>
                </div>
              </Show>
            )}
          </Show>
        </Show>
      </Section>
      <Section title={t('event.pastTitle')} id="past">
        <Show when={!past.error} fallback={<Problem error={past.error} onRetry={() => refetchPast()} />}>
          <Show when={past.data} fallback={<Loading />}>
            <Show when={pastOnly().length} fallback={<Empty>{t('event.nonePast')}</Empty>}>
              <div class="cards">
                <For each={pastOnly()}>{(event) => <EventCard event={event} />}</For>
              </div>
            </Show>
          </Show>
        </Show>
      </Section>
    </div>
  );
}
