import { useI18n } from '../i18n';
import { usePageTitle } from '../components/pageTitle';
import { Show, createSignal } from 'solid-js';
import { Loading } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { createViewerRole } from '../domains/membership/hooks';
import { ApplicationsSection } from '../domains/membership/ApplicationsSection';
import { InvoicesSection } from '../domains/membership/InvoicesSection';
import { membershipTexts } from '../i18n/membership';

/** /admin/membership — platform admins review applications, follow payments and export the ledger. */
export default function MembershipAdminPage() {
  const { t } = useI18n(membershipTexts);
  const [viewer] = createViewerRole();
  // A decision issues an invoice: the invoice list reloads when it changes.
  const [version, setVersion] = createSignal(0);
  usePageTitle(() => t('membershipPages.admin.title'));
  return (
    <div class="page">
      <PageHeader title={t('membershipPages.admin.title')} />
      <Show when={viewer.data} fallback={<Loading />}>
        <Show
          when={viewer.data?.viewer?.role === 'ADMIN'}
          fallback={<p class="callout">{t('membershipPages.admin.noAccess')}</p>}
        >
          <ApplicationsSection onDecided={() => setVersion(version() + 1)} />
          <InvoicesSection version={version()} />
        </Show>
      </Show>
    </div>
  );
}
