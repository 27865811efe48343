import { usePageTitle } from '../components/pageTitle';
import { A, useParams } from '@solidjs/router';
import { For, Match, Switch, createEffect } from 'solid-js';
import { Markdown } from '../components/markdown/Markdown';
import { Loading, ProblemPage } from '../components/QueryView';
import { Facts, PageHeader } from '../components/ui';
import { problemOf } from '../graphql/errors';
import { createSharedItem } from '../domains/share/hooks';
import { createSharedTranscriptSearch } from '../domains/talk/hooks';
import { TalkPlayer } from '../domains/talk/TalkPlayer';
import { durationMinutes, formatDate } from '../i18n/format';
import { useI18n } from '../i18n';
import { meetingsTexts } from '../i18n/meetings-pages';
import { paths } from '../paths';

/** The page when a link is revoked, expired or unknown: the server does not say which, and neither do we. */
function Gone() {
  const { t } = useI18n(meetingsTexts);
  usePageTitle(() => t('meetingsPages.shared.goneTitle'));
  return (
    <div class="page page--medium">
      <PageHeader title={t('meetingsPages.shared.goneTitle')} />
      <p class="callout" role="alert">
        {t('meetingsPages.shared.goneText')}
      </p>
      <p>
        <A href={paths.home()}>{t('meetingsPages.shared.about')}</A>
      </p>
    </div>
  );
}

/** A members-only talk or report opened through a share link: read-only, for someone outside the forum. */
export default function SharedPage() {
  const { t, tag } = useI18n(meetingsTexts);
  const params = useParams<{ secret: string }>();
  const [state, refetch] = createSharedItem(() => params.secret);
  const item = () => (state.fetching ? undefined : state.data?.sharedItem);
  createEffect(() => {
    const shown = item();
    if (shown) document.title = `${shown.title} · Vidensbro`;
  });
  const note = () => <p class="callout shared-note">{t('meetingsPages.shared.note')}</p>;
  return (
    <Switch fallback={<Loading />}>
      <Match when={!state.fetching && problemOf(state.error) === 'notFound'}>
        <Gone />
      </Match>
      <Match when={!state.fetching && state.error}>
        <ProblemPage error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Match>
      <Match when={item()?.__typename === 'Talk' && item()} keyed>
        {(talk) =>
          talk.__typename === 'Talk' && (
            <article class="page">
              <PageHeader
                kicker={`${t('meetingsPages.shared.kicker')} · ${t('type.talk')}`}
                title={talk.title}
                titleLang="da"
                lead={talk.summary}
              />
              {note()}
              <div class="page-grid">
                <div class="page-main">
                  <TalkPlayer
                    talk={talk}
                    mediaQuery={`?share=${encodeURIComponent(params.secret)}`}
                    search={(query) => createSharedTranscriptSearch(() => params.secret, query)}
                  />
                </div>
                <aside class="page-aside" aria-label={t('type.talk')}>
                  <Facts
                    rows={[
                      [
                        t('talk.speakers'),
                        <ul class="speakers" lang="da">
                          <For each={talk.speakers}>
                            {(speaker) => (
                              <li>
                                <strong>{speaker.name}</strong>
                                <span>{speaker.title}</span>
                              </li>
                            )}
                          </For>
                        </ul>,
                      ],
                      [t('talk.duration'), t('format.minutes', durationMinutes(talk.durationSeconds))],
                      [t('event.when'), formatDate(talk.startsAt, tag())],
                    ]}
                  />
                </aside>
              </div>
            </article>
          )
        }
      </Match>
      <Match when={item()?.__typename === 'Report' && item()} keyed>
        {(report) =>
          report.__typename === 'Report' && (
            <article class="page">
              <PageHeader
                kicker={`${t('meetingsPages.shared.kicker')} · ${t('type.report')}`}
                title={report.title}
                titleLang="da"
                lead={report.summary}
              />
              {note()}
              <div class="page-grid">
                <div class="page-main">
                  <Markdown source={report.body} />
                </div>
                <aside class="page-aside" aria-label={t('type.report')}>
                  <Facts
                    rows={[
                      [
                        t('report.published'),
                        <time datetime={report.publishedOn}>{formatDate(report.publishedOn, tag())}</time>,
                      ],
                      [
                        t('report.download'),
                        report.url && <a href={report.url}>{t('meetingsPages.shared.download')}</a>,
                      ],
                    ]}
                  />
                </aside>
              </div>
            </article>
          )
        }
      </Match>
    </Switch>
  );
}
