import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { Facts, PageHeader, Section } from '../components/ui';
import { ApiTokens } from '../domains/account/ApiTokens';
import {
  createAccount,
  createDeleteMyAccount,
  createSignOutEverywhere,
  downloadJson,
  useExportMyData,
} from '../domains/account/hooks';
import { restartAt } from '../domains/member/hooks';
import { ShareLinks } from '../domains/share/ShareLinks';
import { useI18n } from '../i18n';
import { pageTexts } from '../i18n/pages';
import { paths } from '../paths';
import { SignedIn } from '../domains/account/SignedIn';

function DeleteAccount(props: { email: string }) {
  const { t } = useI18n(pageTexts);
  const id = createUniqueId();
  const [typed, setTyped] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [state, deleteAccount] = createDeleteMyAccount();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (typed().trim().toLowerCase() !== props.email.toLowerCase()) return setError(t('pages.account.deleteMismatch'));
    const result = await deleteAccount({ confirmEmail: typed().trim() });
    if (result.data?.deleteMyAccount.deleted) return restartAt(paths.home());
    setError(result.data?.deleteMyAccount.userErrors[0]?.message ?? t('state.unknown'));
  };
  return (
    <form class="form" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('pages.account.deleteIntro')}</p>
      <div class="field">
        <label for={`${id}-email`}>{t('pages.account.deleteConfirm', props.email)}</label>
        <input
          id={`${id}-email`}
          type="email"
          autocomplete="off"
          value={typed()}
          onInput={(e) => setTyped(e.currentTarget.value)}
          aria-invalid={error() ? 'true' : undefined}
          aria-describedby={error() ? `${id}-error` : undefined}
        />
        <Show when={error()}>
          <p class="field__error" id={`${id}-error`} role="alert">
            {error()}
          </p>
        </Show>
      </div>
      <button
        type="submit"
        class="button button--danger"
        disabled={state.fetching || typed().trim().toLowerCase() !== props.email.toLowerCase()}
      >
        {t('pages.account.deleteButton')}
      </button>
    </form>
  );
}

export default function AccountPage() {
  const { t } = useI18n(pageTexts);
  const fetchExport = useExportMyData();
  const [account, refetch] = createAccount();
  const [signingOut, signOutEverywhere] = createSignOutEverywhere();
  const [exporting, setExporting] = createSignal(false);
  const [exportError, setExportError] = createSignal(false);
  usePageTitle(() => t('pages.account.title'));

  const exportData = async () => {
    setExporting(true);
    setExportError(false);
    const result = await fetchExport();
    setExporting(false);
    if (result.data)
      downloadJson(result.data.exportMyData, `vidensbro-mine-data-${new Date().toISOString().slice(0, 10)}.json`);
    else setExportError(true);
  };

  return (
    <div class="page page--medium">
      <PageHeader title={t('pages.account.title')} lead={t('pages.account.intro')} />
      <SignedIn
        state={account}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        signedOutText={t('pages.account.signedOutNeeded')}
        back={paths.account()}
      >
        {(viewer) => (
          <>
            <Section title={t('pages.account.profile')} id="profile">
              <Facts
                rows={[
                  [t('pages.account.name'), viewer().member.name],
                  [t('pages.account.email'), viewer().member.email],
                  [
                    t('pages.account.organisation'),
                    <A href={paths.organisation(viewer().member.organisation.slug)}>
                      {viewer().member.organisation.name}
                    </A>,
                  ],
                ]}
              />
              <ul class="inline-links">
                <li>
                  <A href={paths.accountSettings()}>{t('pages.account.settings')}</A>
                </li>
                <li>
                  <A href={paths.notifications()}>{t('nav.notifications')}</A>
                </li>
                <li>
                  <A href={paths.proposeCase()}>{t('pages.account.proposeCase')}</A>
                </li>
                <li>
                  <A href={paths.privacy()}>{t('nav.privacy')}</A>
                </li>
              </ul>
            </Section>
            <Section title={t('pages.account.tokens')} id="tokens">
              <ApiTokens
                tokens={viewer().apiTokens.nodes}
                onChange={() => refetch({ requestPolicy: 'network-only' })}
              />
            </Section>
            <ShareLinks />
            <Section title={t('pages.account.sessions')} id="sessions">
              <p>{t('pages.account.sessionsIntro')}</p>
              <button
                type="button"
                class="button"
                disabled={signingOut.fetching}
                onClick={() => void signOutEverywhere({}).then(() => restartAt(paths.home()))}
              >
                {t('pages.account.signOutEverywhere')}
              </button>
            </Section>
            <Section title={t('pages.account.exportTitle')} id="export">
              <p>{t('pages.account.exportIntro')}</p>
              <button type="button" class="button" disabled={exporting()} onClick={() => void exportData()}>
                {exporting() ? t('state.loading') : t('pages.account.exportButton')}
              </button>
              <Show when={exportError()}>
                <p class="field__error" role="alert">
                  {t('state.unknown')}
                </p>
              </Show>
            </Section>
            <Section title={t('pages.account.deleteTitle')} id="delete" class="section--danger">
              <DeleteAccount email={viewer().member.email ?? ''} />
            </Section>
          </>
        )}
      </SignedIn>
    </div>
  );
}
