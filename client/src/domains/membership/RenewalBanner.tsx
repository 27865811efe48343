import { Show, createSignal } from 'solid-js';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { membershipTexts } from '../../i18n/membership';
import { formatDate } from '../../i18n/format';
import { useOutcome } from '../discussion/outcome';
import { membershipErrors } from './errors';
import { createMyMembershipYear, createRenewMembership } from './hooks';

/**
 * The membership notice at the top of every page for signed-in members: renew (organisation admins, in the notice
 * period or after a lapse), an unpaid invoice's deadline, or that the membership has lapsed.
 */
export default function RenewalBanner() {
  const { t, tag } = useI18n(membershipTexts);
  const outcome = useOutcome();
  const [data, refetch] = createMyMembershipYear();
  const [, renewMembership] = createRenewMembership();
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [done, setDone] = createSignal('');
  const standing = () => data.data?.myMembershipYear;
  const lapsesAt = () => (standing()?.current?.paidAt ? null : standing()?.current?.lapsesAt);
  const show = () => {
    const s = standing();
    return Boolean(s && (s.canRenew || !s.inForce || lapsesAt() || done()));
  };
  const renew = async () => {
    const s = standing();
    if (!s) return;
    const result = await renewMembership({ input: { organisationId: s.organisation.id } });
    const payload = result.data?.renewMembership;
    const found = membershipErrors(outcome(result, payload?.userErrors), (code) => t('membershipPages.errors')[code]);
    setErrors(found);
    if (!found.length && payload?.membership && payload.invoice) {
      setDone(t('membershipPages.renewal.renewed', payload.membership.year, payload.invoice.number));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <Show when={show()}>
      <aside class="callout renewal-banner" aria-label={t('membership.nav.members')}>
        <p role="status">{done()}</p>
        <Show when={standing()?.inForce === false}>
          <p>{t('membershipPages.renewal.lapsed')}</p>
        </Show>
        <Show when={standing()?.inForce && lapsesAt()}>
          {(date) => <p>{t('membershipPages.renewal.unpaid', formatDate(date(), tag()))}</p>}
        </Show>
        <Show when={standing()?.canRenew}>
          <p>{t('membershipPages.renewal.due', standing()?.renewalYear ?? 0)}</p>
          <FormErrors errors={errors()} />
          <button type="button" class="button button--primary" onClick={() => void renew()}>
            {t('membershipPages.renewal.renew')}
          </button>
        </Show>
      </aside>
    </Show>
  );
}
