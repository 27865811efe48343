import { For, Show } from 'solid-js';
import { useI18n } from '../i18n';

export interface UserErrorLike {
  field?: string | null;
  code: string;
  message: string;
}

const KNOWN = [
  'INVALID_CREDENTIALS',
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'EXPIRED',
  'TAKEN',
  'NOT_FOUND',
  'UNSAFE_CONTENT',
  'PERSONAL_DATA',
  'PERSONAL_DATA_WARNING',
  'COMMON_PASSWORD',
] as const;

/** The server's span note ("characters 12–22 (“…”)"), so the reader can find what the guard means. */
function where(message: string): string | undefined {
  return /characters (\d+)–(\d+) \(“(.*)”\)/.exec(message)?.[3];
}

/** A user error in the reader's language (known codes), else as the server words it. */
export function useUserErrorText() {
  const { t } = useI18n();
  return (error: UserErrorLike) => {
    const code = KNOWN.find((k) => k === error.code);
    if (!code) return error.message;
    const text = t(`userError.${code}`);
    const excerpt = code.startsWith('PERSONAL_DATA') ? where(error.message) : undefined;
    return excerpt ? `${text} ${t('userError.at')} “${excerpt}”.` : text;
  };
}

/** Whether an error belongs to this field ("body" matches "body" and "input.body"). */
export function isFor(error: UserErrorLike, field: string): boolean {
  return error.field === field || Boolean(error.field?.endsWith(`.${field}`));
}

/** The errors under one field, linked to it by id for screen readers. */
export function FieldErrors(props: { id: string; errors: readonly UserErrorLike[] }) {
  const text = useUserErrorText();
  return (
    <Show when={props.errors.length}>
      <div id={props.id} class="field__error" role="alert">
        <For each={props.errors}>{(error) => <p>{text(error)}</p>}</For>
      </div>
    </Show>
  );
}

/** Errors that belong to no field shown here. */
export function FormErrors(props: { errors: readonly UserErrorLike[] }) {
  const text = useUserErrorText();
  return (
    <Show when={props.errors.length}>
      <div class="state state--error" role="alert">
        <For each={props.errors}>{(error) => <p>{text(error)}</p>}</For>
      </div>
    </Show>
  );
}
