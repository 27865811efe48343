import { Show } from 'solid-js';
import { Section } from '../../components/ui';
import { EmailSettingsForm } from './EmailSettingsForm';
import { createEmailSettings } from './hooks';
import { useMailText } from '../../i18n/mail';

/** The "Emails" part of the account settings page, with its own query so the page's query stays as it is. */
export function EmailSettingsSection() {
  const mt = useMailText();
  const [settings] = createEmailSettings();
  return (
    <Show when={settings.data?.viewer?.emailSettings}>
      {(current) => (
        <Section title={mt().settings.title} id="emails">
          <p>{mt().settings.intro}</p>
          <EmailSettingsForm settings={current()} />
        </Section>
      )}
    </Show>
  );
}
