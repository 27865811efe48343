import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { createViewer } from '../member/hooks';
import { createEventRegistration } from './hooks';
import { registrationState } from './state';

/**
 * On phones the registration panel falls below the whole programme (~3,000 px down). This bar keeps the next
 * action in reach: it shows only while there is something to do (register, join the waiting list, or sign in to
 * do so), never once the reader holds a seat or the meeting is over or not open, and it steps aside while the
 * panel itself is on screen. Room of its height below the footer keeps it from
 * covering the end of the page. Wide screens have
 * the panel beside the programme and never show it (meetings.css).
 */
export function RegistrationBar(props: { slug: string }) {
  const { t } = useI18n(meetingsTexts);
  const [viewer] = createViewer();
  // The same query as the panel: urql answers both from one request.
  const [state] = createEventRegistration(() => props.slug);
  const [panelVisible, setPanelVisible] = createSignal(false);
  const view = () => {
    const event = state.data?.event;
    return event ? registrationState(event, Boolean(viewer.data?.viewer)) : undefined;
  };
  const next = () => {
    const v = view();
    if (!v || v.status) return undefined;
    if (v.action === 'register' || v.action === 'joinWaitlist') return v.action;
    return v.notice === 'signIn' ? 'register' : undefined;
  };
  onMount(() => {
    const panel = document.querySelector('.registration');
    if (!panel || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setPanelVisible(entry?.isIntersecting ?? false));
    observer.observe(panel);
    onCleanup(() => observer.disconnect());
  });
  const jump = () => {
    const panel = document.getElementById('registration-title');
    panel?.scrollIntoView({ block: 'start' });
    // Focus the panel's own button (or sign-in link), so the keyboard and screen reader land where the action is.
    const target = panel?.parentElement?.querySelector<HTMLElement>('button.button--primary, a[href^="/sign-in"]');
    (target ?? panel)?.focus({ preventScroll: true });
  };
  return (
    <Show when={next()}>
      {(action) => (
        <div
          class="registration-bar"
          classList={{ 'registration-bar--away': panelVisible() }}
          role="region"
          aria-label={t('meetingsPages.registration.jump')}
        >
          <span class="registration-bar__seats">
            <Show when={state.data?.event?.capacity != null && !view()?.full}>
              {t('meetingsPages.registration.seatsLeft', state.data?.event?.seatsLeft ?? 0)}
            </Show>
          </span>
          <button type="button" class="button button--primary" onClick={jump}>
            {t(`meetingsPages.registration.${action()}`)}
          </button>
        </div>
      )}
    </Show>
  );
}
