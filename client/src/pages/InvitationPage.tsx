import { useI18n } from '../i18n';
import { A, useParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../components/userErrors';
import { createAcceptInvitation } from '../domains/account/hooks';
import { restartAt } from '../domains/member/hooks';
import { pageTexts } from '../i18n/pages';
import { paths } from '../paths';

export default function InvitationPage() {
  const { t } = useI18n(pageTexts);
  const params = useParams<{ secret: string }>();
  const id = createUniqueId();
  const [state, accept] = createAcceptInvitation();
  const [name, setName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  usePageTitle(() => t('pages.invitation.title'));
  const errorsFor = (field: string) => errors().filter((e) => isFor(e, field));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const missing: UserErrorLike[] = [];
    if (!name().trim()) missing.push({ field: 'name', code: 'REQUIRED', message: '' });
    if (password().length < 10) missing.push({ field: 'password', code: 'INVALID', message: '' });
    if (missing.length) return setErrors(missing);
    const result = await accept({ input: { secret: params.secret, name: name().trim(), password: password() } });
    setErrors(result.data?.acceptInvitation.userErrors ?? []);
    if (result.data?.acceptInvitation.member) restartAt(paths.home());
  };

  return (
    <div class="page page--narrow">
      <PageHeader title={t('pages.invitation.title')} lead={t('pages.invitation.intro')} />
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors errors={errors().filter((e) => !isFor(e, 'name') && !isFor(e, 'password'))} />
        <Show when={state.error}>
          <Problem error={state.error} />
        </Show>
        <div class="field">
          <label for={`${id}-name`}>{t('pages.invitation.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autocomplete="name"
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            aria-invalid={errorsFor('name').length ? 'true' : undefined}
            aria-describedby={errorsFor('name').length ? `${id}-name-error` : undefined}
          />
          <FieldErrors id={`${id}-name-error`} errors={errorsFor('name')} />
        </div>
        <div class="field">
          <label for={`${id}-password`}>{t('pages.invitation.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autocomplete="new-password"
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={errorsFor('password').length ? 'true' : undefined}
            aria-describedby={`${id}-password-hint${errorsFor('password').length ? ` ${id}-password-error` : ''}`}
          />
          <p class="field__hint" id={`${id}-password-hint`}>
            {t('pages.invitation.passwordHint')}
          </p>
          <FieldErrors id={`${id}-password-error`} errors={errorsFor('password')} />
        </div>
        <button type="submit" class="button button--primary" disabled={state.fetching}>
          {t('pages.invitation.accept')}
        </button>
        <p class="muted">
          <A href={paths.privacy()}>{t('pages.invitation.privacy')}</A>
        </p>
      </form>
    </div>
  );
}
