import { For, Show, createSignal, onCleanup } from 'solid-js';
import { ExampleBadge } from '../../components/ui';
import { useI18n } from '../../i18n';
import { discussionTexts } from '../../i18n/discussion';
import { createMentionCandidates } from './hooks';
import { completeMention, mentionAt, type MentionQuery } from './mention';

/** Waits this long after the last keystroke before asking the server, so typing a name costs one request. */
const DEBOUNCE_MS = 150;

interface Candidate {
  id: string;
  name: string;
  isExample: boolean;
  organisation: { name: string };
}

/**
 * The "@name" picker of a comment box: follows the caret, asks the server for members whose name matches, and
 * writes the chosen one as a plain "@Name" (the box turns it into a mention when the text is sent). The text box keeps focus throughout (a list box with an active descendant),
 * so the keyboard works as in any autocomplete: arrows move, Enter or Tab choose, Escape closes.
 */
export function createMentionPicker(props: {
  id: string;
  about: () => string;
  textarea: () => HTMLTextAreaElement | undefined;
  /** The text box's new plain text, with "@Name " where the query was. */
  setBody: (text: string) => void;
  /** The person chosen: their "@Name" becomes a mention when the text is sent. */
  onChosen: (member: { id: string; name: string }) => void;
}) {
  const [mention, setMention] = createSignal<MentionQuery | null>(null);
  const [search, setSearch] = createSignal<string>();
  const [active, setActive] = createSignal(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const [result] = createMentionCandidates(search, () => props.about());

  const candidates = (): readonly Candidate[] => (mention() && search() ? (result.data?.mentionCandidates ?? []) : []);
  const open = () => candidates().length > 0;
  const optionId = (index: number) => `${props.id}-mention-${index}`;
  const close = () => {
    clearTimeout(timer);
    setMention(null);
    setSearch(undefined);
  };

  /** Call on input and caret moves: finds the "@query" at the caret, if any. */
  const update = () => {
    const el = props.textarea();
    if (!el) return;
    const found = el.selectionStart === el.selectionEnd ? mentionAt(el.value, el.selectionStart) : null;
    if (found?.query !== mention()?.query) setActive(0);
    setMention(found);
    clearTimeout(timer);
    if (!found?.query) {
      setSearch(undefined);
      return;
    }
    timer = setTimeout(() => setSearch(found.query), DEBOUNCE_MS);
  };

  const choose = (member: Candidate) => {
    const el = props.textarea();
    const at = mention();
    if (!el || !at) return;
    const next = completeMention(el.value, at, member);
    props.onChosen(member);
    props.setBody(next.text);
    close();
    queueMicrotask(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const list = candidates();
    if (list.length === 0) return;
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((i) => (i + 1) % list.length),
      ArrowUp: () => setActive((i) => (i - 1 + list.length) % list.length),
      Enter: () => choose(list[Math.min(active(), list.length - 1)]!),
      Tab: () => choose(list[Math.min(active(), list.length - 1)]!),
      Escape: close,
    };
    const move = moves[event.key];
    if (!move || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  /** Attributes for the text box that tie it to the list. */
  const textboxProps = () => ({
    'aria-autocomplete': 'list' as const,
    'aria-controls': open() ? `${props.id}-mentions` : undefined,
    'aria-activedescendant': open() ? optionId(Math.min(active(), candidates().length - 1)) : undefined,
  });

  return { update, onKeyDown, close, open, candidates, active, choose, optionId, textboxProps };
}

export type MentionPicker = ReturnType<typeof createMentionPicker>;

/** The list of members to mention, under the text box. */
export function MentionList(props: { id: string; picker: MentionPicker }) {
  const { t } = useI18n(discussionTexts);
  return (
    <>
      <Show when={props.picker.open()}>
        <ul class="mention-list" role="listbox" id={`${props.id}-mentions`} aria-label={t('discussion.mentionList')}>
          <For each={props.picker.candidates()}>
            {(member, index) => (
              <li
                role="option"
                id={props.picker.optionId(index())}
                aria-selected={index() === props.picker.active()}
                class="mention-list__option"
                // mousedown, not click: the text box must not lose focus (and its caret) before the choice.
                onMouseDown={(event) => {
                  event.preventDefault();
                  props.picker.choose(member);
                }}
              >
                <span class="mention-list__name">{member.name}</span>
                <ExampleBadge show={member.isExample} />
                <span class="mention-list__org">{member.organisation.name}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="visually-hidden" aria-live="polite">
        {props.picker.open() ? t('discussion.mentionCount', props.picker.candidates().length) : ''}
      </p>
    </>
  );
}
