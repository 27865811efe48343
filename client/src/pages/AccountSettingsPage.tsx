import { usePageTitle } from '../components/pageTitle';
import { Show } from 'solid-js';
import { PageHeader, Section } from '../components/ui';
import { createAccountSettings } from '../domains/account/hooks';
import { NotificationsForm, PasswordForm, ProfileForm } from '../domains/account/SettingsForms';
import { EmailSettingsSection } from '../domains/mail/EmailSettingsSection';
import { useI18n } from '../i18n';
import { pageTexts } from '../i18n/pages';
import { paths } from '../paths';
import { SignedIn } from '../domains/account/SignedIn';

/** /account/settings — a member changes their name and title, their password, and which notifications they get. */
export default function AccountSettingsPage() {
  const { t } = useI18n(pageTexts);
  const [settings, refetch] = createAccountSettings();
  usePageTitle(() => t('pages.settings.title'));
  return (
    <div class="page page--medium">
      <PageHeader
        title={t('pages.settings.title')}
        lead={t('pages.settings.intro')}
        crumbs={[{ href: paths.account(), label: t('pages.account.title') }]}
      />
      <SignedIn
        state={settings}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        signedOutText={t('pages.settings.signedOutNeeded')}
        back={paths.accountSettings()}
      >
        {(viewer) => (
          <>
            <Section title={t('pages.settings.profile')} id="profile">
              <ProfileForm member={viewer().member} />
            </Section>
            <Section title={t('pages.settings.password')} id="password">
              <Show when={viewer().authenticatedWith === 'SESSION'} fallback={<p>{t('pages.settings.tokenCannot')}</p>}>
                <PasswordForm />
              </Show>
            </Section>
            <Section title={t('pages.settings.notifications')} id="notifications">
              <NotificationsForm settings={viewer().notificationSettings} />
            </Section>
            <EmailSettingsSection />
          </>
        )}
      </SignedIn>
    </div>
  );
}
