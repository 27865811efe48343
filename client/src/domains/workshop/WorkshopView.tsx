import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { Markdown } from '../../components/markdown/Markdown';
import { Facts, PageHeader, Section } from '../../components/ui';
import type { WorkshopPageQuery } from '../../graphql/generated/graphql';
import { formatDate, formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { TalkCard } from '../talk/TalkCard';

export type WorkshopDetail = NonNullable<WorkshopPageQuery['workshop']>;

export function WorkshopView(props: { workshop: WorkshopDetail }) {
  const { t, tag } = useI18n();
  return (
    <article class="page">
      <PageHeader
        kicker={t('type.workshop')}
        title={props.workshop.title}
        titleLang="da"
        crumbs={
          props.workshop.event
            ? [
                { href: paths.events(), label: t('nav.events') },
                { href: paths.event(props.workshop.event.slug), label: props.workshop.event.title },
              ]
            : undefined
        }
      />
      <div class="page-grid">
        <div class="page-main">
          <Markdown source={props.workshop.description} />
          <Show when={props.workshop.talk}>
            {(talk) => (
              <Section title={t('workshop.talk')} id="talk">
                <TalkCard talk={talk()} />
              </Section>
            )}
          </Show>
        </div>
        <aside class="page-aside" aria-label={t('type.workshop')}>
          <Facts
            rows={[
              [
                t('event.when'),
                `${formatDate(props.workshop.startsAt, tag())}, ${formatTime(props.workshop.startsAt, tag())}`,
              ],
              [t('workshop.duration'), t('workshop.minutes', props.workshop.durationMinutes)],
              [t('workshop.room'), props.workshop.room && <span lang="da">{props.workshop.room}</span>],
              [
                t('workshop.facilitator'),
                props.workshop.facilitator && <span lang="da">{props.workshop.facilitator}</span>,
              ],
              [t('workshop.capacity'), props.workshop.capacity],
              [
                t('workshop.event'),
                props.workshop.event && (
                  <A href={paths.event(props.workshop.event.slug)} lang="da">
                    {props.workshop.event.title}
                  </A>
                ),
              ],
            ]}
          />
        </aside>
      </div>
    </article>
  );
}
