import { A, useSearchParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show, createSignal, createUniqueId } from 'solid-js';
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
  // Known codes in the reader's language; anything else as the server words it.
  const known = ['INVALID_CREDENTIALS', 'REQUIRED', 'INVALID', 'TOO_LONG', 'EXPIRED'] as const;
  const text = (error: { code: string; message: string }) => {
    const code = known.find((k) => k === error.code);
    return code ? t(`userError.${code}`) : error.message;
  };
  const fieldError = (field: string) => errors().find((e) => e.field === field || e.field === `input.${field}`);
  const formErrors = () => errors().filter((e) => !e.field || !/(email|password)$/.test(e.field));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await signIn({ input: { email: email().trim(), password: password() } });
    if (result.data?.signIn.member) restartAt(safeNext(param(search.next)));
  };

  return (
    <div class="page page--narrow">
      <PageHeader title={t('member.signIn')} lead={t('member.signInIntro')} />
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <Show when={formErrors().length}>
          <div class="state state--error" role="alert">
            <For each={formErrors()}>{(error) => <p>{text(error)}</p>}</For>
          </div>
        </Show>
        <Show when={state.error}>
          <Problem error={state.error} />
        </Show>
        <div class="field">
          <label for={`${id}-email`}>{t('member.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            name="email"
            autocomplete="username"
            required
            value={email()}
            onInput={(e) => setEmail(e.currentTarget.value)}
            aria-invalid={fieldError('email') ? 'true' : undefined}
            aria-describedby={fieldError('email') ? `${id}-email-error` : undefined}
          />
          <Show when={fieldError('email')}>
            {(error) => (
              <p class="field__error" id={`${id}-email-error`}>
                {text(error())}
              </p>
            )}
          </Show>
        </div>
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
            aria-invalid={fieldError('password') ? 'true' : undefined}
            aria-describedby={fieldError('password') ? `${id}-password-error` : undefined}
          />
          <Show when={fieldError('password')}>
            {(error) => (
              <p class="field__error" id={`${id}-password-error`}>
                {text(error())}
              </p>
            )}
          </Show>
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
