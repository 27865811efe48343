import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { Show } from 'solid-js';
import { Loading, Problem } from '../components/QueryView';
import { PageHeader, Section } from '../components/ui';
import { createAccountSettings } from '../domains/account/hooks';
import { NotificationsForm, PasswordForm, ProfileForm } from '../domains/account/SettingsForms';
import { EmailSettingsSection } from '../domains/mail/EmailSettingsSection';
import { useI18n } from '../i18n';
import { usePageText } from '../i18n/pages';
import { paths } from '../paths';

/** /account/settings — a member changes their name and title, their password, and which notifications they get. */
export default function AccountSettingsPage() {
  const { t } = useI18n();
  const tx = usePageText();
  const [settings, refetch] = createAccountSettings();
  usePageTitle(() => tx().settings.title);
  return (
    <div class="page page--medium">
      <PageHeader
        title={tx().settings.title}
        lead={tx().settings.intro}
        crumbs={[{ href: paths.account(), label: tx().account.title }]}
      />
      <Show
        when={settings.data}
        fallback={
          <Show when={settings.error} fallback={<Loading />}>
            <Problem error={settings.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
          </Show>
        }
      >
        {(data) => (
          <Show
            when={data().viewer}
            fallback={
              <p class="callout">
                {tx().settings.signedOutNeeded} <A href={paths.signIn(paths.accountSettings())}>{t('member.signIn')}</A>
              </p>
            }
          >
            {(viewer) => (
              <>
                <Section title={tx().settings.profile} id="profile">
                  <ProfileForm member={viewer().member} />
                </Section>
                <Section title={tx().settings.password} id="password">
                  <Show when={viewer().authenticatedWith === 'SESSION'} fallback={<p>{tx().settings.tokenCannot}</p>}>
                    <PasswordForm />
                  </Show>
                </Section>
                <Section title={tx().settings.notifications} id="notifications">
                  <NotificationsForm settings={viewer().notificationSettings} />
                </Section>
                <EmailSettingsSection />
              </>
            )}
          </Show>
        )}
      </Show>
    </div>
  );
}
