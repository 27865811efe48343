import { For, Show, createMemo, createSignal } from 'solid-js';
import { FieldErrors, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { discussionTexts } from '../../i18n/discussion';
import { cleanName, mentionsIn, toMarkdown, toPlain } from './mention';
import { MentionList, createMentionPicker } from './MentionPicker';

/**
 * The Markdown text box of every comment and new thread: label, hint, errors and the @mention picker, so members
 * can mention someone wherever they write. The box shows a mention as the plain "@Name" the writer typed, and a
 * line under it says who will be notified; `value` and `onChange` carry the Markdown the server reads
 * ("[@Name](mention:…)"), converted on every change.
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
  const { t } = useI18n(discussionTexts);
  let textarea: HTMLTextAreaElement | undefined;
  // Everyone chosen in the picker while writing, by name; those already in the text are read from it.
  const [chosen, setChosen] = createSignal<ReadonlyMap<string, string>>(new Map());
  const known = () => {
    const names = new Map(mentionsIn(props.value).map((m) => [m.name, m.id] as const));
    for (const [name, id] of chosen()) names.set(name, id);
    return names;
  };
  const plain = createMemo(() => toPlain(props.value));
  const mentioned = createMemo(() => mentionsIn(props.value));
  const write = (text: string) => props.onChange(toMarkdown(text, known()));
  const picker = createMentionPicker({
    // The id is fixed for the field's lifetime (createUniqueId in its parent).
    // eslint-disable-next-line solid/reactivity
    id: props.id,
    about: () => props.about,
    textarea: () => textarea,
    setBody: write,
    onChosen: (member) => setChosen((names) => new Map([...names, [cleanName(member.name), member.id]])),
  });
  const caretMoved = (key: string) => key.startsWith('Arrow') || key === 'Home' || key === 'End';
  return (
    <div class="field field--mentions">
      <label for={`${props.id}-body`}>{props.label}</label>
      <textarea
        id={`${props.id}-body`}
        rows={props.rows ?? 4}
        value={plain()}
        onInput={(e) => {
          write(e.currentTarget.value);
          picker.update();
        }}
        onKeyDown={(e) => picker.onKeyDown(e)}
        onKeyUp={(e) => (caretMoved(e.key) ? picker.update() : undefined)}
        onClick={() => picker.update()}
        onBlur={() => picker.close()}
        {...picker.textboxProps()}
        aria-invalid={props.errors.length ? 'true' : undefined}
        aria-describedby={`${props.id}-hint${mentioned().length ? ` ${props.id}-mentioned` : ''}${props.errors.length ? ` ${props.id}-error` : ''}`}
        ref={(el) => {
          textarea = el;
          if (props.autofocus) queueMicrotask(() => el.focus());
        }}
      />
      <MentionList id={props.id} picker={picker} />
      <Show when={mentioned().length}>
        <p class="mention-preview" id={`${props.id}-mentioned`}>
          {t('discussion.mentioning')}{' '}
          <For each={mentioned()}>{(person) => <span class="mention-chip">@{person.name}</span>}</For>
        </p>
      </Show>
      <p class="field__hint" id={`${props.id}-hint`}>
        {t('discussion.markdownHint')} {t('discussion.mentionHint')}
      </p>
      <FieldErrors id={`${props.id}-error`} errors={props.errors} />
    </div>
  );
}
