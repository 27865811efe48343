import { A, useLocation } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { For, Show } from 'solid-js';
import { Empty, Loading } from '../../components/QueryView';
import { Section } from '../../components/ui';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { createViewer } from '../member/hooks';
import { ThreadsAboutDoc } from './graphql';

/**
 * The conversation that continues after a meeting or around a method. Discussions are for members: others are
 * invited to sign in; members see the threads about this item (writing and live replies come next).
 */
export function DiscussionSection(props: { about: string; title: string }) {
  const { t, tag } = useI18n();
  const location = useLocation();
  const [viewer] = createViewer();
  const signedIn = () => Boolean(viewer.data?.viewer);
  const [threads] = createQuery({
    query: ThreadsAboutDoc,
    variables: () => ({ about: props.about }),
    pause: () => !signedIn(),
  });
  return (
    <Section title={props.title} id="discussion">
      <Show
        when={signedIn()}
        fallback={
          <p class="callout">
            {t('discussion.membersOnly')} <A href={paths.signIn(location.pathname)}>{t('member.signIn')}</A>
          </p>
        }
      >
        <Show when={threads.data?.threads} fallback={<Loading />}>
          {(list) => (
            <Show when={list().nodes.length} fallback={<Empty>{t('discussion.none')}</Empty>}>
              <ul class="items">
                <For each={list().nodes}>
                  {(thread) => (
                    <li class="item">
                      <span class="item__title" lang="da">
                        {thread.title}
                      </span>
                      <span class="item__meta">
                        {t('discussion.comments', thread.commentCount)} · {t('discussion.lastActivity')}{' '}
                        {formatDate(thread.lastActivityAt, tag())}
                        <Show when={thread.author}>{(author) => <> · {author().name}</>}</Show>
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </Section>
  );
}
