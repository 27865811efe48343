import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { OneTimeValue } from '../../components/forms';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../../components/userErrors';
import type { MemberRole } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { editorTexts } from '../../i18n/editor-pages';
import { formatDate } from '../../i18n/format';
import { paths } from '../../paths';
import { useOutcome } from '../discussion/outcome';
import { createInviteMember } from './hooks';
import { mailTexts } from '../../i18n/mail';

/** The full invitation address to send: the secret goes in the link and is shown only this once. */
export function invitationLink(origin: string, secret: string): string {
  return `${origin}${paths.invitation(secret)}`;
}

/** Roles an inviter may give: org admins invite members and org admins; platform admins any role. */
export function invitableRoles(inviter: MemberRole): MemberRole[] {
  return inviter === 'ADMIN' ? ['MEMBER', 'ORG_ADMIN', 'EDITOR', 'ADMIN'] : ['MEMBER', 'ORG_ADMIN'];
}

export function InviteForm(props: { organisationId: string; inviter: MemberRole; onInvited: () => void }) {
  const { t, tag } = useI18n(mailTexts, editorTexts);
  const until = (expiresAt?: string | null) => (expiresAt ? formatDate(expiresAt, tag()) : '–');
  const [, inviteMember] = createInviteMember();
  const outcome = useOutcome();
  const id = createUniqueId();
  const [email, setEmail] = createSignal('');
  const [role, setRole] = createSignal<MemberRole>('MEMBER');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [link, setLink] = createSignal<{ url: string; expiresAt?: string | null; emailedTo?: string }>();
  const emailErrors = () => errors().filter((e) => isFor(e, 'email'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!email().trim()) {
      setErrors([{ field: 'input.email', code: 'REQUIRED', message: '' }]);
      document.getElementById(`${id}-email`)?.focus();
      return;
    }
    setBusy(true);
    const result = await inviteMember({
      input: { email: email().trim(), organisation: props.organisationId, role: role() },
    });
    setBusy(false);
    const found = outcome(result, result.data?.inviteMember.userErrors);
    setErrors(found);
    const secret = result.data?.inviteMember.invitationSecret;
    if (!found.length && secret) {
      setLink({
        url: invitationLink(window.location.origin, secret),
        expiresAt: result.data?.inviteMember.expiresAt,
        emailedTo: result.data?.inviteMember.emailed ? email().trim() : undefined,
      });
      setEmail('');
      props.onInvited();
    } else if (emailErrors().length) document.getElementById(`${id}-email`)?.focus();
  };

  return (
    <section class="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('editing.members.invite')}</h2>
      <p>{t('mail.invite.intro')}</p>
      <Show when={link()}>
        {(l) => (
          <OneTimeValue
            title={t('editing.members.inviteTitle')}
            help={
              l().emailedTo
                ? t('mail.invite.emailed', l().emailedTo as string, until(l().expiresAt))
                : t('editing.members.inviteHelp', until(l().expiresAt))
            }
            label={t('editing.members.link')}
            value={l().url}
            copyLabel={t('editing.members.copy')}
            copiedLabel={t('editing.members.copied')}
            doneLabel={t('editing.members.done')}
            onDone={() => setLink(undefined)}
          />
        )}
      </Show>
      <form class="form form--inline" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors errors={errors().filter((e) => !isFor(e, 'email'))} />
        <div class="field">
          <label for={`${id}-email`}>{t('editing.members.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autocomplete="off"
            value={email()}
            onInput={(e) => setEmail(e.currentTarget.value)}
            aria-invalid={emailErrors().length ? 'true' : undefined}
            aria-describedby={emailErrors().length ? `${id}-email-error` : undefined}
          />
          <FieldErrors id={`${id}-email-error`} errors={emailErrors()} />
        </div>
        <div class="field">
          <label for={`${id}-role`}>{t('editing.members.role')}</label>
          <select id={`${id}-role`} onChange={(e) => setRole(e.currentTarget.value as MemberRole)}>
            <For each={invitableRoles(props.inviter)}>
              {(r) => (
                <option value={r} selected={role() === r}>
                  {t('editing.members')[`role_${r}`]}
                </option>
              )}
            </For>
          </select>
        </div>
        <button type="submit" class="button button--primary" disabled={busy()}>
          {t('editing.members.sendInvite')}
        </button>
      </form>
    </section>
  );
}
