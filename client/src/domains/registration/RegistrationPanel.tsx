import { A } from '@solidjs/router';
import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { Problem } from '../../components/QueryView';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import { formatShortDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import { useOutcome } from '../discussion/outcome';
import { createViewer } from '../member/hooks';
import {
  createCancelRegistration,
  createEventRegistration,
  createRegister,
  createRegistrants,
  isOrganiser,
} from './hooks';
import { registrationState } from './state';
import '../../styles/meetings.css';

/** Who registered, for organisers: opened on demand, with the CSV beside it. */
function Registrants(props: { slug: string }) {
  const { t, tag } = useI18n(meetingsTexts);
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const [state] = createRegistrants(
    () => props.slug,
    () => !open(),
  );
  const rows = () => state.data?.event?.registrations?.nodes ?? [];
  return (
    <div class="registration__organisers">
      <h3>{t('meetingsPages.registration.organisers')}</h3>
      <ul class="registration__links">
        <li>
          <a href={`/events/${encodeURIComponent(props.slug)}/attendees.csv`} download="">
            {t('meetingsPages.registration.attendeesCsv')}
          </a>
        </li>
      </ul>
      <button
        type="button"
        class="link-button"
        aria-expanded={open()}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        {t('meetingsPages.registration.registrants')}
      </button>
      <div id={id} hidden={!open()}>
        <Show when={state.data} fallback={<Show when={open()}>{t('state.loading')}</Show>}>
          <Show when={rows().length} fallback={<p class="muted">{t('meetingsPages.registration.noRegistrants')}</p>}>
            <ol class="registrants">
              <For each={rows()}>
                {(row) => (
                  <li>
                    <span class="registrants__name">
                      {row.member?.name ?? t('meetingsPages.registration.formerMember')}
                    </span>
                    <span class="registrants__meta">
                      <span lang="da">{row.organisation.name}</span> · {t(`meetingsPages.status.${row.status}`)} ·{' '}
                      {formatShortDate(row.registeredAt, tag())}
                    </span>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Show>
      </div>
    </div>
  );
}

/**
 * Registering for a meeting: the reader's standing, the seats, one button, and the calendar file. Its own query,
 * so registering refreshes this panel and leaves the programme beside it as it is.
 */
export function RegistrationPanel(props: { slug: string; eventId: string }) {
  const { t } = useI18n(meetingsTexts);
  const outcome = useOutcome();
  const [viewer] = createViewer();
  const [state, refetch] = createEventRegistration(() => props.slug);
  const [registering, register] = createRegister();
  const [cancelling, cancel] = createCancelRegistration();
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const event = () => state.data?.event;
  const signedIn = () => Boolean(viewer.data?.viewer);
  const view = () => {
    const e = event();
    return e ? registrationState(e, signedIn()) : undefined;
  };
  const busy = () => registering.fetching || cancelling.fetching || state.fetching;

  const act = async () => {
    const action = view()?.action;
    if (!action) return;
    setErrors([]);
    if (action === 'cancel' || action === 'leaveWaitlist') {
      if (!window.confirm(t('meetingsPages.registration.confirmCancel'))) return;
      const result = await cancel({ eventId: props.eventId });
      setErrors(outcome(result, result.data?.cancelRegistration.userErrors));
    } else {
      const result = await register({ eventId: props.eventId });
      setErrors(outcome(result, result.data?.registerForEvent.userErrors));
    }
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section class="registration" aria-labelledby="registration-title">
      <h2 id="registration-title">{t('meetingsPages.registration.title')}</h2>
      <Show
        when={event()}
        fallback={
          <Show when={state.error && !state.data} fallback={<p class="muted">{t('state.loading')}</p>}>
            <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
          </Show>
        }
      >
        {(e) => (
          <>
            <p class="registration__status" role="status">
              <Show when={view()?.status}>
                {(status) => <strong>{t(`meetingsPages.registration.${status()}`)}</strong>}
              </Show>
              <Show when={view()?.waitlistPosition}>
                {(position) => <> {t('meetingsPages.registration.position', position())}</>}
              </Show>
            </p>
            <Show when={view()?.organisationFull}>
              <p class="registration__note">{t('meetingsPages.registration.organisationFull')}</p>
            </Show>
            <Show when={view()?.notice !== 'over'}>
              <p class="registration__seats">
                <Show when={e().capacity != null} fallback={t('meetingsPages.registration.noLimit')}>
                  <Show when={view()?.full} fallback={t('meetingsPages.registration.seatsLeft', e().seatsLeft ?? 0)}>
                    {t('meetingsPages.registration.full')}
                  </Show>
                </Show>
                <Show when={e().waitlistLength > 0}>
                  {' '}
                  ({t('meetingsPages.registration.waitlist', e().waitlistLength)})
                </Show>
              </p>
              <Show when={e().seatsPerOrganisation}>
                {(n) => <p class="registration__note">{t('meetingsPages.registration.perOrganisation', n())}</p>}
              </Show>
            </Show>
            <FormErrors errors={errors()} />
            <Show when={view()?.action}>
              {(action) => (
                <button
                  type="button"
                  class={`button ${action() === 'register' || action() === 'joinWaitlist' ? 'button--primary' : ''}`}
                  disabled={busy()}
                  onClick={() => void act()}
                >
                  {t(`meetingsPages.registration.${action()}`)}
                </button>
              )}
            </Show>
            <Show when={view()?.notice}>
              {(notice) => (
                <Show
                  when={notice() === 'signIn'}
                  fallback={<p class="muted">{t(`meetingsPages.registration.${notice()}`)}</p>}
                >
                  <p>
                    <A href={paths.signIn(paths.event(props.slug))}>{t('meetingsPages.registration.signIn')}</A>
                  </p>
                </Show>
              )}
            </Show>
            <Show when={view()?.notice !== 'over'}>
              <p class="registration__calendar">
                <a href={e().calendarUrl} download="">
                  {t('meetingsPages.registration.calendar')}
                </a>
              </p>
            </Show>
            <Show when={isOrganiser(viewer.data?.viewer?.role)}>
              <Registrants slug={props.slug} />
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
