import { A, useSearchParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { FieldErrors, FormErrors, isFor } from '../components/userErrors';
import { EmailField } from '../domains/member/EmailField';
import { param } from '../components/filters';
import { Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { createSignIn, restartAt, safeNext } from '../domains/member/hooks';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { mailTexts } from '../i18n/mail';

export default function SignInPage() {
  const { t } = useI18n(mailTexts);
  const [search] = useSearchParams();
  const [state, signIn] = createSignIn();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const id = createUniqueId();
  usePageTitle(() => t('member.signIn'));

  const errors = () => state.data?.signIn.userErrors ?? [];
  const fieldErrors = (field: string) => errors().filter((e) => isFor(e, field));
  const formErrors = () => errors().filter((e) => !isFor(e, 'email') && !isFor(e, 'password'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await signIn({ input: { email: email().trim(), password: password() } });
    if (result.data?.signIn.member) restartAt(safeNext(param(search.next)));
  };

  return (
    <div class="page page--narrow">
      <PageHeader title={t('member.signIn')} lead={t('member.signInIntro')} />
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors errors={formErrors()} />
        <Show when={state.error}>
          <Problem error={state.error} />
        </Show>
        <EmailField id={`${id}-email`} value={email()} onInput={setEmail} errors={fieldErrors('email')} />
        <div class="field">
          <label for={`${id}-password`}>{t('member.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={fieldErrors('password').length ? 'true' : undefined}
            aria-describedby={fieldErrors('password').length ? `${id}-password-error` : undefined}
          />
          <FieldErrors id={`${id}-password-error`} errors={fieldErrors('password')} />
        </div>
        <button type="submit" class="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('state.loading') : t('member.signIn')}
        </button>
        <p>
          <A href={paths.forgotPassword()}>{t('mail.forgot.link')}</A>
        </p>
        <p class="muted">{t('member.invitationOnly')}</p>
      </form>
    </div>
  );
}
