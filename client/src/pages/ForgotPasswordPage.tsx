import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { FormErrors, isFor, type UserErrorLike } from '../components/userErrors';
import { PageHeader } from '../components/ui';
import { useOutcome } from '../domains/discussion/outcome';
import { createRequestPasswordReset } from '../domains/mail/hooks';
import { EmailField } from '../domains/member/EmailField';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { mailTexts } from '../i18n/mail';

/** /forgot-password — asks for a reset link by email; the answer never says whether the email has an account. */
export default function ForgotPasswordPage() {
  const { t } = useI18n(mailTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const [state, request] = createRequestPasswordReset();
  const [email, setEmail] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [sentTo, setSentTo] = createSignal('');
  usePageTitle(() => t('mail.forgot.title'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSentTo('');
    const value = email().trim();
    if (!value) return setErrors([{ field: 'input.email', code: 'REQUIRED', message: '' }]);
    const result = await request({ input: { email: value } });
    const found = outcome(result, result.data?.requestPasswordReset.userErrors);
    setErrors(found);
    if (found.length === 0) setSentTo(value);
  };
  const emailErrors = () => errors().filter((e) => isFor(e, 'email'));

  return (
    <div class="page page--narrow">
      <PageHeader title={t('mail.forgot.title')} lead={t('mail.forgot.intro')} />
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors errors={errors().filter((e) => !isFor(e, 'email'))} />
        <EmailField id={`${id}-email`} value={email()} onInput={setEmail} errors={emailErrors()} />
        <button type="submit" class="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('state.loading') : t('mail.forgot.submit')}
        </button>
        <p role="status" class="form__note">
          <Show when={sentTo()}>{(to) => t('mail.forgot.sent', to())}</Show>
        </p>
        <p>
          <A href={paths.signIn()}>{t('mail.forgot.back')}</A>
        </p>
      </form>
    </div>
  );
}
