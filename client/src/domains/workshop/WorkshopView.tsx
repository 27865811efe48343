import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Markdown } from '../../components/markdown/Markdown';
import { ExampleBadge, Facts, PageHeader, Section } from '../../components/ui';
import type { WorkshopPageQuery } from '../../graphql/generated/graphql';
import { formatDate, formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import { createViewer } from '../member/hooks';
import { TalkCard } from '../talk/TalkCard';
import { OutputsSection } from './OutputsSection';
import { EditLink } from '../editor/EditLink';

export type WorkshopDetail = NonNullable<WorkshopPageQuery['workshop']>;

type Briefing = NonNullable<WorkshopDetail['briefing']>;

/** The facilitator's briefing: purpose, timing, questions tied to the talk, materials. */
function BriefingSection(props: { briefing: Briefing }) {
  const { t } = useI18n(meetingsTexts);
  return (
    <Section title={t('meetingsPages.briefing.title')} id="briefing" class="briefing">
      <h3>{t('meetingsPages.briefing.purpose')}</h3>
      <Markdown source={props.briefing.purpose} headingLevel={4} />
      <h3>{t('meetingsPages.briefing.timing')}</h3>
      <Markdown source={props.briefing.timing} headingLevel={4} />
      <Show when={props.briefing.questions.length}>
        <h3>{t('meetingsPages.briefing.questions')}</h3>
        <Show when={props.briefing.talk}>
          {(talk) => (
            <p class="muted">
              {t('meetingsPages.briefing.questionsFrom')}{' '}
              <A href={paths.talk(talk().slug)} lang="da">
                {talk().title}
              </A>
              .
            </p>
          )}
        </Show>
        <ol lang="da">
          <For each={props.briefing.questions}>{(question) => <li>{question}</li>}</For>
        </ol>
      </Show>
      <Show when={props.briefing.materials.trim()}>
        <h3>{t('meetingsPages.briefing.materials')}</h3>
        <Markdown source={props.briefing.materials} headingLevel={4} />
      </Show>
    </Section>
  );
}

export function WorkshopView(props: { workshop: WorkshopDetail }) {
  const { t, tag } = useI18n(meetingsTexts);
  const [viewer] = createViewer();
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
      >
        <Show when={props.workshop.isExample}>
          <p class="page-header__badges">
            <ExampleBadge show />
          </p>
        </Show>
        <EditLink id={props.workshop.id} title={props.workshop.title} />
      </PageHeader>
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
          <Show
            when={props.workshop.briefing}
            fallback={
              <Show
                when={viewer.data?.viewer && props.workshop.event && new Date(props.workshop.event.endsAt) > new Date()}
              >
                <p class="callout">{t('meetingsPages.briefing.later')}</p>
              </Show>
            }
          >
            {(briefing) => <BriefingSection briefing={briefing()} />}
          </Show>
          <OutputsSection
            workshopId={props.workshop.id}
            startsAt={props.workshop.startsAt}
            slug={props.workshop.slug}
          />
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
