import { Show, createSignal, createUniqueId } from 'solid-js';
import { FormErrors, isFor, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { discussionTexts } from '../../i18n/discussion';
import { MarkdownField } from './MarkdownField';

/**
 * A Markdown text box with its label, hint and errors. `submit` resolves to the server's user errors (empty on
 * success, when the box is cleared).
 */
export function Composer(props: {
  /** The thread written in: the @mention picker offers only people who may read it. */
  about: string;
  label: string;
  submitLabel: string;
  initial?: string;
  rows?: number;
  onSubmit: (body: string) => Promise<readonly UserErrorLike[] | undefined>;
  onCancel?: () => void;
  autofocus?: boolean;
}) {
  const { t } = useI18n(discussionTexts);
  const id = createUniqueId();
  // The starting text only: an edit box opens with the comment as it was.
  const [body, setBody] = createSignal(props.initial ?? '');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = createSignal(false);
  const bodyErrors = () => errors().filter((e) => isFor(e, 'body'));
  const otherErrors = () => errors().filter((e) => !isFor(e, 'body'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!body().trim()) {
      setErrors([{ field: 'body', code: 'REQUIRED', message: '' }]);
      return;
    }
    setBusy(true);
    try {
      const result = await props.onSubmit(body());
      setErrors(result ?? []);
      if (result && result.length === 0) setBody('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="composer" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={otherErrors()} />
      <MarkdownField
        id={id}
        about={props.about}
        label={props.label}
        value={body()}
        onChange={setBody}
        errors={bodyErrors()}
        rows={props.rows}
        autofocus={props.autofocus}
      />
      <div class="composer__actions">
        <button type="submit" class="button button--primary" disabled={busy()}>
          {busy() ? t('discussion.sending') : props.submitLabel}
        </button>
        <Show when={props.onCancel}>
          <button type="button" class="button button--quiet" onClick={() => props.onCancel?.()}>
            {t('discussion.cancel')}
          </button>
        </Show>
      </div>
    </form>
  );
}
