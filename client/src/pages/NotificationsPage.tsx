import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { AlertDetail } from '../domains/gaps/AlertDetail';
import { For, Show, createSignal } from 'solid-js';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { createMarkRead, createNotifications, useRecountUnread } from '../domains/notification/hooks';
import { createViewer } from '../domains/member/hooks';
import { formatDate, formatTime } from '../i18n/format';
import { useI18n } from '../i18n';
import { discussionTexts } from '../i18n/discussion';
import { paths } from '../paths';

export default function NotificationsPage() {
  const { t, tag } = useI18n(discussionTexts);
  const [viewer] = createViewer();
  const [unreadOnly, setUnreadOnly] = createSignal(false);
  const [list, refetch] = createNotifications(unreadOnly);
  const [marking, markRead] = createMarkRead();
  usePageTitle(() => t('notification.title'));

  // The header's count follows when notifications are read here.
  const recount = useRecountUnread();
  const mark = async (ids?: string[]) => {
    await markRead({ ids });
    refetch({ requestPolicy: 'network-only' });
    recount();
  };

  return (
    <div class="page page--medium">
      <PageHeader title={t('notification.title')} lead={t('notification.intro')} />
      <Show when={viewer.data && !viewer.data.viewer}>
        <p class="callout">
          {t('state.unauthenticated')} <A href={paths.signIn(paths.notifications())}>{t('member.signIn')}</A>
        </p>
      </Show>
      <Show when={viewer.data?.viewer}>
        <div class="toolbar">
          <label class="checkbox">
            <input type="checkbox" checked={unreadOnly()} onChange={(e) => setUnreadOnly(e.currentTarget.checked)} />
            {t('notification.unreadOnly')}
          </label>
          <button type="button" class="button button--quiet" disabled={marking.fetching} onClick={() => void mark()}>
            {t('notification.markAllRead')}
          </button>
        </div>
        <Show
          when={list.data?.notifications}
          fallback={
            <Show when={list.error} fallback={<Loading />}>
              <Problem error={list.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
            </Show>
          }
        >
          {(page) => (
            <Show
              when={page().nodes.length}
              fallback={<Empty>{unreadOnly() ? t('notification.noneUnread') : t('notification.none')}</Empty>}
            >
              <ul class="items notifications">
                <For each={page().nodes}>
                  {(n) => (
                    <li class="item notification" classList={{ 'notification--unread': !n.readAt }}>
                      <span>
                        <Show when={!n.readAt}>
                          <span class="badge badge--unread">{t('notification.unread')}</span>{' '}
                        </Show>
                        {t(`notification.${n.kind}`, n.actorName)}{' '}
                        <Show when={n.event}>
                          {(event) => (
                            <A
                              href={paths.event(event().slug)}
                              lang="da"
                              onClick={() => !n.readAt && void markRead({ ids: [n.id] }).then(recount)}
                            >
                              {event().title}
                            </A>
                          )}
                        </Show>
                        <Show
                          when={!n.event && n.thread}
                          // A meeting or thread the reader can no longer open is named in general words.
                          fallback={
                            n.event ||
                            n.kind === 'MEMBERSHIP_RENEWAL' ||
                            n.kind === 'RATING_CHANGED' ||
                            n.kind === 'GAP_RESULTS'
                              ? ''
                              : n.kind === 'WAITLIST_PROMOTED'
                                ? t('meetings.notification.aMeeting')
                                : t('discussion.thread').toLowerCase()
                          }
                        >
                          {(thread) => (
                            <A
                              href={`${paths.thread(thread().id)}${n.comment ? `#comment-${n.comment.id}` : ''}`}
                              lang="da"
                              onClick={() => !n.readAt && void markRead({ ids: [n.id] }).then(recount)}
                            >
                              {thread().title}
                            </A>
                          )}
                        </Show>
                        <AlertDetail notification={n} />
                      </span>
                      <span class="item__meta">
                        <time datetime={n.createdAt}>
                          {formatDate(n.createdAt, tag())} {formatTime(n.createdAt, tag())}
                        </time>
                        <Show when={!n.readAt}>
                          {' · '}
                          <button type="button" class="link-button" onClick={() => void mark([n.id])}>
                            {t('notification.markRead')}
                          </button>
                        </Show>
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </div>
  );
}
