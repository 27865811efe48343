import { FieldErrors, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';

/**
 * The email of a member's own account, as the sign-in and forgotten-password forms ask for it: the browser may
 * fill it in (autocomplete "username"), and its errors are linked to it for screen readers.
 */
export function EmailField(props: {
  id: string;
  value: string;
  onInput: (value: string) => void;
  errors: readonly UserErrorLike[];
}) {
  const { t } = useI18n();
  const errorId = () => `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{t('member.email')}</label>
      <input
        id={props.id}
        type="email"
        name="email"
        autocomplete="username"
        required
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-invalid={props.errors.length ? 'true' : undefined}
        aria-describedby={props.errors.length ? errorId() : undefined}
      />
      <FieldErrors id={errorId()} errors={props.errors} />
    </div>
  );
}
