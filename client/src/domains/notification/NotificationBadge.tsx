import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { createNotificationAdded, createUnreadCount } from './hooks';

/** The header's bell with the number of unread notifications; new ones arrive live. */
export function NotificationBadge() {
  const { t } = useI18n();
  const [count, refetch] = createUnreadCount(() => false);
  const signedIn = () => Boolean(count.data?.viewer);
  createNotificationAdded(
    () => !signedIn(),
    () => refetch({ requestPolicy: 'network-only' }),
  );
  const unread = () => count.data?.viewer?.unreadNotificationCount ?? 0;
  return (
    <Show when={signedIn()}>
      <A
        href={paths.notifications()}
        class="notification-badge"
        aria-label={unread() ? `${t('nav.notifications')}: ${t('nav.unread', unread())}` : t('nav.notifications')}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0"
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linejoin="round"
          />
        </svg>
        <Show when={unread() > 0}>
          <span class="notification-badge__count" aria-hidden="true" data-testid="unread-count">
            {unread() > 99 ? '99+' : unread()}
          </span>
        </Show>
      </A>
    </Show>
  );
}
