import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../../components/userErrors';
import type { AccountSettingsQuery, NotificationKind } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { pageTexts } from '../../i18n/pages';
import { useOutcome } from '../discussion/outcome';
import { createChangePassword, createUpdateNotificationSettings, createUpdateProfile } from './hooks';

type Settings = NonNullable<AccountSettingsQuery['viewer']>;

/** A text input with its label, hint and errors, tied together for screen readers. */
function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  errors: readonly UserErrorLike[];
  hint?: string;
  type?: 'text' | 'password';
  autocomplete?: string;
}) {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : '', props.errors.length ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-invalid={props.errors.length ? 'true' : undefined}
        aria-describedby={describedBy() || undefined}
      />
      <Show when={props.hint}>
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <FieldErrors id={`${props.id}-error`} errors={props.errors} />
    </div>
  );
}

export function ProfileForm(props: { member: Settings['member'] }) {
  const { t } = useI18n(pageTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const [state, update] = createUpdateProfile();
  // The starting values; what the member types is kept here until saved.
  // eslint-disable-next-line solid/reactivity
  const [name, setName] = createSignal(props.member.name);
  // eslint-disable-next-line solid/reactivity
  const [title, setTitle] = createSignal(props.member.title ?? '');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [note, setNote] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setNote('');
    if (!name().trim()) return setErrors([{ field: 'name', code: 'REQUIRED', message: '' }]);
    const result = await update({ input: { name: name().trim(), title: title().trim() || null } });
    const found = outcome(result, result.data?.updateProfile.userErrors);
    setErrors(found);
    if (found.length === 0) setNote(t('pages.settings.profileSaved'));
  };
  return (
    <form class="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={errors().filter((e) => !isFor(e, 'name') && !isFor(e, 'title'))} />
      <TextField
        id={`${id}-name`}
        label={t('pages.settings.name')}
        value={name()}
        onInput={setName}
        autocomplete="name"
        errors={errors().filter((e) => isFor(e, 'name'))}
      />
      <TextField
        id={`${id}-title`}
        label={t('pages.settings.jobTitle')}
        hint={t('pages.settings.jobTitleHint')}
        value={title()}
        onInput={setTitle}
        autocomplete="organization-title"
        errors={errors().filter((e) => isFor(e, 'title'))}
      />
      <button type="submit" class="button button--primary" disabled={state.fetching}>
        {t('pages.settings.saveProfile')}
      </button>
      <p role="status" class="form__note">
        {note()}
      </p>
    </form>
  );
}

export function PasswordForm() {
  const { t } = useI18n(pageTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const [state, change] = createChangePassword();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [note, setNote] = createSignal('');
  // The page words these two itself: the server's codes are shared with sign-in and every other form.
  const worded = (found: readonly UserErrorLike[]) =>
    found.map((e) =>
      isFor(e, 'currentPassword')
        ? { ...e, code: 'WORDED', message: t('pages.settings.wrongPassword') }
        : isFor(e, 'newPassword')
          ? { ...e, code: 'WORDED', message: t('pages.settings.weakPassword') }
          : e,
    );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setNote('');
    const missing: UserErrorLike[] = [];
    if (!current()) missing.push({ field: 'currentPassword', code: 'REQUIRED', message: '' });
    if (next().length < 10 || next() === current())
      missing.push({ field: 'newPassword', code: 'INVALID', message: '' });
    if (missing.length) return setErrors(missing.map((e) => (e.code === 'REQUIRED' ? e : worded([e])[0]!)));
    const result = await change({ input: { currentPassword: current(), newPassword: next() } });
    const found = worded(outcome(result, result.data?.changePassword.userErrors));
    setErrors(found);
    if (found.length === 0 && result.data?.changePassword.changed) {
      setCurrent('');
      setNext('');
      setNote(t('pages.settings.passwordChanged', result.data.changePassword.endedSessions));
    }
  };
  return (
    <form class="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={errors().filter((e) => !isFor(e, 'currentPassword') && !isFor(e, 'newPassword'))} />
      <TextField
        id={`${id}-current`}
        type="password"
        autocomplete="current-password"
        label={t('pages.settings.currentPassword')}
        value={current()}
        onInput={setCurrent}
        errors={errors().filter((e) => isFor(e, 'currentPassword'))}
      />
      <TextField
        id={`${id}-new`}
        type="password"
        autocomplete="new-password"
        label={t('pages.settings.newPassword')}
        hint={t('pages.settings.newPasswordHint')}
        value={next()}
        onInput={setNext}
        errors={errors().filter((e) => isFor(e, 'newPassword'))}
      />
      <button type="submit" class="button button--primary" disabled={state.fetching}>
        {t('pages.settings.changePassword')}
      </button>
      <p role="status" class="form__note">
        {note()}
      </p>
    </form>
  );
}

export function NotificationsForm(props: { settings: Settings['notificationSettings'] }) {
  const { t } = useI18n(pageTexts);
  const outcome = useOutcome();
  const [state, update] = createUpdateNotificationSettings();
  // eslint-disable-next-line solid/reactivity -- the starting choices; saved ones come back from the server
  const [enabled, setEnabled] = createSignal(new Set(props.settings.filter((s) => s.enabled).map((s) => s.kind)));
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [note, setNote] = createSignal('');
  const toggle = (kind: NotificationKind, on: boolean) =>
    setEnabled((set) => {
      const copy = new Set(set);
      if (on) copy.add(kind);
      else copy.delete(kind);
      return copy;
    });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setNote('');
    const settings = props.settings
      .filter((s) => s.optional)
      .map((s) => ({ kind: s.kind, enabled: enabled().has(s.kind) }));
    const result = await update({ input: { settings } });
    const found = outcome(result, result.data?.updateNotificationSettings.userErrors);
    setErrors(found);
    if (found.length === 0) setNote(t('pages.settings.notificationsSaved'));
  };
  return (
    <form class="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={errors()} />
      <fieldset class="checkboxes">
        <legend>{t('pages.settings.notificationsIntro')}</legend>
        <For each={props.settings}>
          {(setting) => (
            <label class="checkbox">
              <input
                type="checkbox"
                checked={enabled().has(setting.kind)}
                disabled={!setting.optional}
                onChange={(e) => toggle(setting.kind, e.currentTarget.checked)}
              />
              {t('pages.settings.kinds')[setting.kind] ?? setting.kind}
            </label>
          )}
        </For>
      </fieldset>
      <button type="submit" class="button button--primary" disabled={state.fetching}>
        {t('pages.settings.saveNotifications')}
      </button>
      <p role="status" class="form__note">
        {note() || (state.fetching ? t('state.loading') : '')}
      </p>
    </form>
  );
}
