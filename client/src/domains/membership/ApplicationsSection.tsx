import { For, Show, createSignal } from 'solid-js';
import { OneTimeValue } from '../../components/forms';
import { Empty } from '../../components/QueryView';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { membershipTexts } from '../../i18n/membership';
import { paths } from '../../paths';
import { useOutcome } from '../discussion/outcome';
import { membershipErrors } from './errors';
import { createApproveApplication, createDeclineApplication, createPendingApplications } from './hooks';

/** Pending applications for a platform admin: approve (shows the contact's invitation link) or decline with a reason. */
export function ApplicationsSection(props: { onDecided: () => void }) {
  const { t } = useI18n(membershipTexts);
  const outcome = useOutcome();
  const [data, refetch] = createPendingApplications();
  const [, approveApplication] = createApproveApplication();
  const [, declineApplication] = createDeclineApplication();
  const [note, setNote] = createSignal('');
  const [link, setLink] = createSignal<string>();
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [reasons, setReasons] = createSignal<Record<string, string>>({});
  const done = (found: readonly UserErrorLike[], message: string) => {
    setErrors(membershipErrors(found, (code) => t('membershipPages.errors')[code]));
    if (found.length) return;
    setNote(message);
    refetch({ requestPolicy: 'network-only' });
    props.onDecided();
  };
  const approve = async (id: string, name: string) => {
    const result = await approveApplication({ id });
    const payload = result.data?.approveMembershipApplication;
    const secret = payload?.invitationSecret;
    if (secret) setLink(`${window.location.origin}${paths.invitation(secret)}`);
    done(
      outcome(result, payload?.userErrors),
      t('membershipPages.admin.approved', name, payload?.invoice?.number ?? ''),
    );
  };
  const decline = async (id: string, name: string) => {
    const result = await declineApplication({ id, reason: reasons()[id] ?? '' });
    done(
      outcome(result, result.data?.declineMembershipApplication.userErrors),
      t('membershipPages.admin.declined', name),
    );
  };
  return (
    <section class="section" aria-labelledby="applications-title">
      <h2 id="applications-title">{t('membershipPages.admin.applications')}</h2>
      <p role="status">{note()}</p>
      <Show when={link()}>
        {(url) => (
          <OneTimeValue
            title={t('membershipPages.admin.invitation')}
            help=""
            label={t('membershipPages.admin.invitation')}
            value={url()}
            copyLabel="⧉"
            copiedLabel="✓"
            doneLabel="OK"
            onDone={() => setLink(undefined)}
          />
        )}
      </Show>
      <FormErrors errors={errors()} />
      <Show
        when={data.data?.membershipApplications.nodes.length}
        fallback={<Empty>{t('membershipPages.admin.noApplications')}</Empty>}
      >
        <ul class="applications">
          <For each={data.data?.membershipApplications.nodes}>
            {(a) => (
              <li class="callout">
                <h3>{a.organisationName}</h3>
                <p>
                  {t(`orgKind.${a.kind}`)} · CVR {a.cvr}
                  {a.ean ? ` · EAN ${a.ean}` : ''} · {a.street}, {a.postalCode} {a.city}
                </p>
                <p>
                  {t('membershipPages.admin.contact')}: {a.contactName} ({a.contactEmail})
                </p>
                <Show when={a.motivation}>
                  <p>{a.motivation}</p>
                </Show>
                <button
                  type="button"
                  class="button button--primary"
                  onClick={() => void approve(a.id, a.organisationName)}
                >
                  {t('membershipPages.admin.approve')}
                </button>
                <div class="field">
                  <label for={`reason-${a.id}`}>{t('membershipPages.admin.reason')}</label>
                  <input
                    id={`reason-${a.id}`}
                    value={reasons()[a.id] ?? ''}
                    onInput={(e) => setReasons({ ...reasons(), [a.id]: e.currentTarget.value })}
                  />
                </div>
                <button type="button" class="button" onClick={() => void decline(a.id, a.organisationName)}>
                  {t('membershipPages.admin.decline')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
