import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show, createSignal, createUniqueId, type JSX } from 'solid-js';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader, Section, StrengthBadge, TopicChips, VerdictBadge } from '../components/ui';
import { createDigest, daysAgo } from '../domains/digest/hooks';
import { MethodCard } from '../domains/method/MethodCard';
import { schemeValue } from '../domains/method/schemeValue';
import { createViewer } from '../domains/member/hooks';
import { OutputCard } from '../domains/workshop/OutputCard';
import { formatDate, formatShortDate } from '../i18n/format';
import { useI18n } from '../i18n';
import { discussionTexts } from '../i18n/discussion';
import { meetingsTexts } from '../i18n/meetings-pages';
import { evidenceTexts } from '../i18n/evidence';
import { paths } from '../paths';
import '../styles/meetings.css';

const PERIODS = [7, 30, 90] as const;

/** The right amount: a group shows its first few items and the rest on request. */
const SHOWN = 6;

/** A digest group: its heading, its first items (all on request), or a plain sentence that there are none. */
function Group<T>(props: {
  title: string;
  id: string;
  items: readonly T[];
  empty: string;
  children: (shown: readonly T[]) => JSX.Element;
}) {
  const { t } = useI18n(evidenceTexts, meetingsTexts, discussionTexts);
  const [all, setAll] = createSignal(false);
  const shown = () => (all() ? props.items : props.items.slice(0, SHOWN));
  return (
    <Section title={props.title} id={props.id}>
      <Show when={props.items.length} fallback={<Empty>{props.empty}</Empty>}>
        {props.children(shown())}
        <Show when={props.items.length > SHOWN}>
          <div class="list-footer">
            <button type="button" class="button" aria-expanded={all()} onClick={() => setAll((v) => !v)}>
              {all() ? t('search.fewer') : t('search.all', props.items.length)}
            </button>
          </div>
        </Show>
      </Show>
    </Section>
  );
}

/** What is new for the member: methods, evidence, workshop outputs and discussions in their topics. */
export default function DigestPage() {
  const { t, tag } = useI18n(evidenceTexts, meetingsTexts, discussionTexts);
  const id = createUniqueId();
  const [viewer] = createViewer();
  const [days, setDays] = createSignal<number>(7);
  const since = () => daysAgo(days());
  const [state, refetch] = createDigest(since);
  usePageTitle(() => t('meetingsPages.digest.title'));

  return (
    <div class="page page--medium">
      <PageHeader title={t('meetingsPages.digest.title')} lead={t('meetingsPages.digest.intro')} />
      <Show
        when={viewer.data?.viewer || !viewer.data}
        fallback={
          <p class="callout">
            <A href={paths.signIn(paths.digest())}>{t('meetingsPages.digest.signIn')}</A>
          </p>
        }
      >
        <div class="digest-period">
          <label for={`${id}-period`}>{t('meetingsPages.digest.period')}</label>
          <select id={`${id}-period`} value={days()} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            <For each={PERIODS}>{(n) => <option value={n}>{t('meetingsPages.digest.days', n)}</option>}</For>
          </select>
        </div>
        <Show
          when={state.data?.digest}
          fallback={
            <Show when={state.error} fallback={<Loading />}>
              <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
            </Show>
          }
        >
          {(digest) => (
            <>
              <p class="muted" role="status">
                {t('meetingsPages.digest.since', formatDate(digest().since, tag()))}
              </p>
              <Section title={t('meetingsPages.digest.topics')} id="topics">
                <Show
                  when={digest().topics.length}
                  fallback={<p class="muted">{t('meetingsPages.digest.noTopics')}</p>}
                >
                  <TopicChips topics={digest().topics} label={t('meetingsPages.digest.topics')} />
                </Show>
              </Section>
              <Group
                title={t('meetingsPages.digest.methods')}
                id="methods"
                items={digest().methods}
                empty={t('meetingsPages.digest.noMethods')}
              >
                {(shown) => (
                  <div class="cards">
                    <For each={shown}>{(method) => <MethodCard method={method} />}</For>
                  </div>
                )}
              </Group>
              <Group
                title={t('meetingsPages.digest.ratings')}
                id="ratings"
                items={digest().evidenceRatings}
                empty={t('meetingsPages.digest.noRatings')}
              >
                {(shown) => (
                  <ul class="items ratings-list">
                    <For each={shown}>
                      {(rating) => (
                        <li class="item">
                          <Show when={rating.method} fallback={<span class="item__title">{rating.source}</span>}>
                            {(method) => (
                              <>
                                <A href={paths.method(method().slug)} class="item__title" lang="da">
                                  {method().name}
                                </A>
                                <VerdictBadge verdict={method().evidenceVerdict} />
                              </>
                            )}
                          </Show>
                          <span class="item__meta">
                            <span>
                              {t('meetingsPages.digest.newRating', t(`scheme.${rating.scheme}`))}{' '}
                              <strong>
                                {schemeValue(rating.scheme, rating.value, (s) => t(`strength.${s}`), t('evidence'))}
                              </strong>
                            </span>
                            <StrengthBadge strength={rating.strength} label={t('method.normalised')} />
                            <span>{formatShortDate(rating.ratedOn, tag())}</span>
                            <Show when={rating.sourceUrl} fallback={<span lang="da">{rating.source}</span>}>
                              {(url) => (
                                <a href={url()} rel="noopener noreferrer" lang="da">
                                  {rating.source}
                                </a>
                              )}
                            </Show>
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </Group>
              <Group
                title={t('meetingsPages.digest.outputs')}
                id="outputs"
                items={digest().workshopOutputs}
                empty={t('meetingsPages.digest.noOutputs')}
              >
                {(shown) => (
                  <ul class="outputs">
                    <For each={shown}>
                      {(output) => (
                        <li>
                          <OutputCard output={output} showWorkshop />
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </Group>
              <Group
                title={t('meetingsPages.digest.threads')}
                id="threads"
                items={digest().threads}
                empty={t('meetingsPages.digest.noThreads')}
              >
                {(shown) => (
                  <ul class="items">
                    <For each={shown}>
                      {(thread) => (
                        <li class="item">
                          <A href={paths.thread(thread.id)} class="item__title" lang="da">
                            {thread.title}
                          </A>
                          <span class="item__meta">
                            {thread.kind === 'QUESTION' ? t('discussion.question') : t('discussion.thread')} ·{' '}
                            {t('discussion.comments', thread.commentCount)} · {t('discussion.lastActivity')}{' '}
                            {formatShortDate(thread.lastActivityAt, tag())}
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </Group>
            </>
          )}
        </Show>
      </Show>
    </div>
  );
}
