import { useI18n } from '../../i18n';
import { Show } from 'solid-js';
import { Section } from '../../components/ui';
import { EmailSettingsForm } from './EmailSettingsForm';
import { createEmailSettings } from './hooks';
import { mailTexts } from '../../i18n/mail';

/** The "Emails" part of the account settings page, with its own query so the page's query stays as it is. */
export function EmailSettingsSection() {
  const { t } = useI18n(mailTexts);
  const [settings] = createEmailSettings();
  return (
    <Show when={settings.data?.viewer?.emailSettings}>
      {(current) => (
        <Section title={t('mail.settings.title')} id="emails">
          <p>{t('mail.settings.intro')}</p>
          <EmailSettingsForm settings={current()} />
        </Section>
      )}
    </Show>
  );
}
