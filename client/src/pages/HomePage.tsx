import { A } from '@solidjs/router';
import { For, Show, createEffect } from 'solid-js';
import { Empty, Problem } from '../components/QueryView';
import { Loading } from '../components/QueryView';
import { CaseCard } from '../domains/case/CaseCard';
import { createHome } from '../domains/home/hooks';
import { MethodCard } from '../domains/method/MethodCard';
import { SearchForm } from '../domains/search/SearchForm';
import { TalkCard } from '../domains/talk/TalkCard';
import { formatDate, formatTimeRange } from '../i18n/format';
import { useI18n } from '../i18n';
import { paths } from '../paths';

export default function HomePage() {
  const { t, tag } = useI18n();
  const [state, refetch] = createHome();
  // The home page leads with the site's name, then what it is.
  createEffect(() => (document.title = `Vidensbro · ${t('app.tagline')}`));
  const meeting = () => state.data?.nextMeeting.nodes[0];

  return (
    <div class="home">
      <section class="hero" aria-labelledby="home-title">
        <div class="hero__inner">
          <h1 id="home-title">{t('home.title')}</h1>
          <p class="lead">{t('home.intro')}</p>
          <SearchForm large />
        </div>
      </section>

      <Show when={state.error}>
        <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Show>
      <Show when={state.data} fallback={<Show when={!state.error}>{<Loading />}</Show>}>
        <section class="section meeting" aria-labelledby="next-meeting">
          <h2 id="next-meeting">{t('home.nextMeeting')}</h2>
          <Show when={meeting()} fallback={<Empty>{t('home.noUpcoming')}</Empty>}>
            {(event) => (
              <div class="meeting__grid">
                <div class="meeting__event">
                  <p class="kicker">{formatTimeRange(event().startsAt, event().endsAt, tag())}</p>
                  <h3 lang="da">
                    <A href={paths.event(event().slug)}>{event().title}</A>
                  </h3>
                  <p class="muted" lang="da">
                    {event().venue}
                  </p>
                  <p lang="da">
                    {t('event.theme')}: <strong>{event().theme}</strong>
                  </p>
                  <A href={paths.event(event().slug)} class="button">
                    {t('home.seeProgramme')}
                  </A>
                </div>
                <Show when={event().report}>
                  {(report) => (
                    <div class="meeting__report">
                      <p class="kicker">
                        {t('home.report')} · {formatDate(report().publishedOn, tag())}
                      </p>
                      <h3 lang="da">
                        <A href={paths.report(report().slug)}>{report().title}</A>
                      </h3>
                      <p lang="da">{report().summary}</p>
                    </div>
                  )}
                </Show>
              </div>
            )}
          </Show>
        </section>

        <section class="section" aria-labelledby="whats-new">
          <h2 id="whats-new">{t('home.whatsNew')}</h2>
          <div class="news">
            <section aria-labelledby="new-cases">
              <h3 id="new-cases" class="news__title">
                {t('home.newCases')}
              </h3>
              <div class="stack">
                <For each={state.data?.latestCases.nodes}>{(item) => <CaseCard item={item} headingLevel={4} />}</For>
              </div>
              <p class="news__more">
                <A href={paths.cases()}>{t('home.allCases')}</A>
              </p>
            </section>
            <section aria-labelledby="new-methods">
              <h3 id="new-methods" class="news__title">
                {t('home.newMethods')}
              </h3>
              <div class="stack">
                <For each={state.data?.latestMethods.nodes}>
                  {(method) => <MethodCard method={method} headingLevel={4} />}
                </For>
              </div>
              <p class="news__more">
                <A href={paths.methods()}>{t('home.allMethods')}</A>
              </p>
            </section>
            <section aria-labelledby="new-talks">
              <h3 id="new-talks" class="news__title">
                {t('home.newTalks')}
              </h3>
              <div class="stack">
                <For each={state.data?.latestTalks.nodes}>{(talk) => <TalkCard talk={talk} headingLevel={4} />}</For>
              </div>
              <p class="news__more">
                <A href={paths.events()}>{t('home.allEvents')}</A>
              </p>
            </section>
          </div>
        </section>
      </Show>
    </div>
  );
}
