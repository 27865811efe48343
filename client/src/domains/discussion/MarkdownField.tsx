import { FieldErrors, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { MentionList, createMentionPicker } from './MentionPicker';

/**
 * The Markdown text box of every comment and new thread: label, hint, errors and the @mention picker, so members
 * can mention someone wherever they write.
 */
export function MarkdownField(props: {
  id: string;
  /** The thread, or the item a new thread is about: only people who may read it are offered to @mention. */
  about: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly UserErrorLike[];
  rows?: number;
  autofocus?: boolean;
}) {
  const { t } = useI18n();
  let textarea: HTMLTextAreaElement | undefined;
  const picker = createMentionPicker({
    // The id is fixed for the field's lifetime (createUniqueId in its parent).
    // eslint-disable-next-line solid/reactivity
    id: props.id,
    about: () => props.about,
    textarea: () => textarea,
    setBody: (v) => props.onChange(v),
  });
  const caretMoved = (key: string) => key.startsWith('Arrow') || key === 'Home' || key === 'End';
  return (
    <div class="field field--mentions">
      <label for={`${props.id}-body`}>{props.label}</label>
      <textarea
        id={`${props.id}-body`}
        rows={props.rows ?? 4}
        value={props.value}
        onInput={(e) => {
          props.onChange(e.currentTarget.value);
          picker.update();
        }}
        onKeyDown={(e) => picker.onKeyDown(e)}
        onKeyUp={(e) => (caretMoved(e.key) ? picker.update() : undefined)}
        onClick={() => picker.update()}
        onBlur={() => picker.close()}
        {...picker.textboxProps()}
        aria-invalid={props.errors.length ? 'true' : undefined}
        aria-describedby={`${props.id}-hint${props.errors.length ? ` ${props.id}-error` : ''}`}
        ref={(el) => {
          textarea = el;
          if (props.autofocus) queueMicrotask(() => el.focus());
        }}
      />
      <MentionList id={props.id} picker={picker} />
      <p class="field__hint" id={`${props.id}-hint`}>
        {t('discussion.markdownHint')} {t('discussion.mentionHint')}
      </p>
      <FieldErrors id={`${props.id}-error`} errors={props.errors} />
    </div>
  );
}
