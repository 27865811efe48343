import { FREQUENCIES, MAIL_LANGUAGES } from '../enums';
import { For, createSignal, createUniqueId } from 'solid-js';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import type { EmailSettingsQuery, MailLanguage } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { useOutcome } from '../discussion/outcome';
import { createUpdateEmailSettings } from './hooks';
import { mailTexts } from '../../i18n/mail';

type Settings = NonNullable<NonNullable<EmailSettingsQuery['viewer']>['emailSettings']>;

/** What Vidensbro emails the member: the digest's rhythm, notifications by email, and the language of emails. */
export function EmailSettingsForm(props: { settings: Settings }) {
  const { t } = useI18n(mailTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const [state, update] = createUpdateEmailSettings();
  // The starting values; saved ones come back from the server.
  // eslint-disable-next-line solid/reactivity
  const [language, setLanguage] = createSignal(props.settings.language);
  // eslint-disable-next-line solid/reactivity
  const [frequency, setFrequency] = createSignal(props.settings.digestFrequency);
  // eslint-disable-next-line solid/reactivity
  const [byEmail, setByEmail] = createSignal(props.settings.notificationsByEmail);
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [note, setNote] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setNote('');
    const result = await update({
      input: { language: language(), digestFrequency: frequency(), notificationsByEmail: byEmail() },
    });
    const found = outcome(result, result.data?.updateEmailSettings.userErrors);
    setErrors(found);
    if (found.length === 0) setNote(t('mail.settings.saved'));
  };
  return (
    <form class="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={errors()} />
      <fieldset class="checkboxes">
        <legend>{t('mail.settings.digest')}</legend>
        <For each={FREQUENCIES}>
          {(value) => (
            <label class="checkbox">
              <input
                type="radio"
                name={`${id}-frequency`}
                value={value}
                checked={frequency() === value}
                onChange={() => setFrequency(value)}
              />
              {t('mail.settings')[value]}
            </label>
          )}
        </For>
      </fieldset>
      <label class="checkbox">
        <input type="checkbox" checked={byEmail()} onChange={(e) => setByEmail(e.currentTarget.checked)} />
        {t('mail.settings.notifications')}
      </label>
      <div class="field">
        <label for={`${id}-language`}>{t('mail.settings.language')}</label>
        <select id={`${id}-language`} onChange={(e) => setLanguage(e.currentTarget.value as MailLanguage)}>
          <For each={MAIL_LANGUAGES}>
            {(value) => (
              <option value={value} selected={language() === value}>
                {value === 'DA' ? t('mail.settings.da') : t('mail.settings.en')}
              </option>
            )}
          </For>
        </select>
      </div>
      <button type="submit" class="button button--primary" disabled={state.fetching}>
        {t('mail.settings.save')}
      </button>
      <p role="status" class="form__note">
        {note() || (state.fetching ? t('state.loading') : '')}
      </p>
    </form>
  );
}
