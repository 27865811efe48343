import { A, useParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../components/userErrors';
import { PageHeader } from '../components/ui';
import { useOutcome } from '../domains/discussion/outcome';
import { createResetPassword } from '../domains/mail/hooks';
import { useI18n } from '../i18n';
import { idFromPath, paths } from '../paths';
import { mailTexts } from '../i18n/mail';

/** /reset-password/:secret — the link from the reset email: choose a new password, then sign in with it. */
export default function ResetPasswordPage() {
  const { t } = useI18n(mailTexts);
  const params = useParams<{ secret: string }>();
  const id = createUniqueId();
  const outcome = useOutcome();
  const [state, reset] = createResetPassword();
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [done, setDone] = createSignal(false);
  usePageTitle(() => t('mail.reset.title'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!password()) return setErrors([{ field: 'input.newPassword', code: 'REQUIRED', message: '' }]);
    const result = await reset({ input: { token: idFromPath(params.secret), newPassword: password() } });
    const found = outcome(result, result.data?.resetPassword.userErrors);
    setErrors(found);
    if (result.data?.resetPassword.reset) setDone(true);
    else if (found.some((e) => isFor(e, 'newPassword'))) document.getElementById(`${id}-password`)?.focus();
  };
  const expired = () => errors().some((e) => e.code === 'EXPIRED');
  const passwordErrors = () => errors().filter((e) => isFor(e, 'newPassword'));

  return (
    <div class="page page--narrow">
      <PageHeader title={t('mail.reset.title')} lead={t('mail.reset.intro')} />
      <Show
        when={!done()}
        fallback={
          <div class="callout" role="status">
            <p>{t('mail.reset.done')}</p>
            <p>
              <A href={paths.signIn()} class="button button--primary">
                {t('mail.reset.signIn')}
              </A>
            </p>
          </div>
        }
      >
        <Show when={expired()}>
          <div class="state state--error" role="alert">
            <p>{t('mail.reset.expired')}</p>
            <p>
              <A href={paths.forgotPassword()}>{t('mail.reset.again')}</A>
            </p>
          </div>
        </Show>
        <form class="form" onSubmit={(e) => void submit(e)} noValidate>
          <FormErrors errors={errors().filter((e) => !isFor(e, 'newPassword') && e.code !== 'EXPIRED')} />
          <div class="field">
            <label for={`${id}-password`}>{t('mail.reset.password')}</label>
            <input
              id={`${id}-password`}
              type="password"
              name="new-password"
              autocomplete="new-password"
              required
              value={password()}
              onInput={(e) => setPassword(e.currentTarget.value)}
              aria-invalid={passwordErrors().length ? 'true' : undefined}
              aria-describedby={`${id}-hint${passwordErrors().length ? ` ${id}-password-error` : ''}`}
            />
            <p class="field__hint" id={`${id}-hint`}>
              {t('mail.reset.hint')}
            </p>
            <FieldErrors id={`${id}-password-error`} errors={passwordErrors()} />
          </div>
          <button type="submit" class="button button--primary" disabled={state.fetching}>
            {state.fetching ? t('state.loading') : t('mail.reset.submit')}
          </button>
        </form>
      </Show>
    </div>
  );
}
