import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import { ExampleBadge } from '../../components/ui';
import { FieldErrors, isFor, type UserErrorLike } from '../../components/userErrors';
import { problemOf } from '../../graphql/errors';
import { useOutcome } from './outcome';
import { formatDate, formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { discussionTexts } from '../../i18n/discussion';
import { Composer } from './Composer';
import { useThread, type AnyComment, type CommentFields } from './context';
import {
  createAddComment,
  createDeleteComment,
  createEditComment,
  createFlagComment,
  createMarkAnswer,
  createSetUseful,
  useLoadComments,
} from './hooks';

interface ConnectionPage {
  nodes: AnyComment[];
  pageInfo: { endCursor?: string | null };
}

export function ReplyList(props: {
  parentId: string;
  replies: AnyComment['replies'];
  depth: number;
  added?: readonly AnyComment[];
  /** Fetches the next page (replies by default; the thread page passes its top-level comments). */
  load?: (after: string | null | undefined) => Promise<ConnectionPage | undefined>;
  /** The label of the list (top-level comments). */
  label?: string;
}) {
  const { t } = useI18n(discussionTexts);
  const load = useLoadComments();
  const [extra, setExtra] = createSignal<AnyComment[]>([]);
  const [cursor, setCursor] = createSignal<string | null | undefined>(undefined);
  const [loading, setLoading] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const first = () => ('nodes' in props.replies ? props.replies.nodes : []);
  const shown = createMemo(() => {
    const ids = new Set(first().map((c) => c.id));
    const rest = [...extra(), ...(props.added ?? [])].filter((c) => !ids.has(c.id) && ids.add(c.id));
    return [...first(), ...rest];
  });
  const remaining = () => Math.max(0, props.replies.totalCount - shown().length);
  const after = () => cursor() ?? ('pageInfo' in props.replies ? props.replies.pageInfo.endCursor : null);

  const loadReplies = (cursor: string | null | undefined) => load.replies(props.parentId, cursor);

  const more = async () => {
    setLoading(true);
    setFailed(false);
    const page = await (props.load ?? loadReplies)(after());
    setLoading(false);
    if (!page) return setFailed(true);
    setExtra((list) => [...list, ...page.nodes]);
    setCursor(page.pageInfo.endCursor);
  };

  return (
    <>
      <Show when={shown().length}>
        <ol class={props.depth === 0 ? 'comments' : 'comments comments--replies'} aria-label={props.label}>
          <For each={shown()}>{(reply) => <CommentItem comment={reply} depth={props.depth} />}</For>
        </ol>
      </Show>
      <Show when={remaining() > 0}>
        <button type="button" class="link-button" disabled={loading()} onClick={() => void more()}>
          {loading()
            ? t('state.loading')
            : t(props.depth === 0 ? 'discussion.moreComments' : 'discussion.moreReplies', remaining())}
        </button>
      </Show>
      <Show when={failed()}>
        <p class="field__error" role="alert">
          {t('state.unknown')}
        </p>
      </Show>
    </>
  );
}

export function CommentItem(props: { comment: AnyComment; depth: number }) {
  const { t, tag } = useI18n(discussionTexts);
  const thread = useThread();
  const outcome = useOutcome();
  const id = createUniqueId();
  // Changes the reader made (edit, delete, useful) show at once, before the thread is fetched again.
  const [local, setLocal] = createSignal<Partial<CommentFields>>({});
  const c = () => ({ ...props.comment, ...local() });
  const [mode, setMode] = createSignal<'read' | 'reply' | 'edit' | 'flag' | 'flagged'>('read');
  const [, addComment] = createAddComment();
  const [, editComment] = createEditComment();
  const [deleting, deleteComment] = createDeleteComment();
  const [useful, setUseful] = createSetUseful();
  const [, markAnswer] = createMarkAnswer();
  const [, doFlag] = createFlagComment();
  const [added, setAdded] = createSignal<AnyComment[]>([]);
  const [flagErrors, setFlagErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [reason, setReason] = createSignal('');
  const [actionError, setActionError] = createSignal<string>();

  const own = () => Boolean(thread.viewerId()) && c().author?.id === thread.viewerId();
  const gone = () => Boolean(c().deletedAt || c().hiddenAt);
  const isAnswer = () => thread.answerId() === c().id;
  const canMarkAnswer = () =>
    thread.isQuestion && thread.askerId() === thread.viewerId() && !gone() && (!own() || isAnswer());

  const reply = async (body: string) => {
    const result = await addComment({ input: { threadId: thread.threadId, parentId: c().id, body } });
    const errors = outcome(result, result.data?.addComment.userErrors);
    const comment = result.data?.addComment.comment;
    if (comment && errors.length === 0) {
      setAdded((list) => [...list, comment]);
      setMode('read');
    }
    return errors;
  };
  const edit = async (body: string) => {
    const result = await editComment({ id: c().id, body });
    const errors = outcome(result, result.data?.editComment.userErrors);
    const comment = result.data?.editComment.comment;
    if (comment && errors.length === 0) {
      setLocal(comment);
      setMode('read');
    }
    return errors;
  };
  const remove = async () => {
    if (!window.confirm(t('discussion.confirmDelete'))) return;
    const result = await deleteComment({ id: c().id });
    const comment = result.data?.deleteComment.comment;
    if (comment) setLocal(comment);
    else setActionError(t(`state.${problemOf(result.error) ?? 'unknown'}`));
  };
  const toggleUseful = async () => {
    const result = await setUseful({ id: c().id, useful: !c().viewerFoundUseful });
    const comment = result.data?.setUseful.comment;
    if (comment) setLocal((l) => ({ ...l, ...comment }));
    else setActionError(t(`state.${problemOf(result.error) ?? 'unknown'}`));
  };
  const toggleAnswer = async () => {
    const result = await markAnswer({ threadId: thread.threadId, commentId: isAnswer() ? null : c().id });
    const updated = result.data?.markAnswer.thread;
    if (updated) thread.setAnswerId(updated.answer?.id);
    else setActionError(t(`state.${problemOf(result.error) ?? 'unknown'}`));
  };
  const flag = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!reason().trim()) return setFlagErrors([{ field: 'reason', code: 'REQUIRED', message: '' }]);
    const result = await doFlag({ id: c().id, reason: reason().trim() });
    const errors = outcome(result, result.data?.flagComment.userErrors);
    setFlagErrors(errors);
    if (errors.length === 0 && result.data?.flagComment.flag) setMode('flagged');
  };

  return (
    <li class="comment" classList={{ 'comment--answer': isAnswer() }} id={`comment-${c().id}`}>
      <article aria-labelledby={`${id}-author`}>
        <header class="comment__header">
          <span class="comment__author" id={`${id}-author`}>
            {c().authorName}
          </span>
          <ExampleBadge show={c().author?.isExample ?? false} />
          <Show when={c().organisationKind}>
            {(kind) => <span class="comment__org">{t(`orgKind.${kind()}`)}</span>}
          </Show>
          <time class="comment__time" datetime={c().createdAt}>
            {formatDate(c().createdAt, tag())} {formatTime(c().createdAt, tag())}
          </time>
          <Show when={c().editedAt && !gone()}>
            <span class="comment__edited">{t('discussion.edited')}</span>
          </Show>
          <Show when={isAnswer()}>
            <span class="badge badge--answer">{t('discussion.answer')}</span>
          </Show>
        </header>
        <Show
          when={mode() === 'edit'}
          fallback={
            <Show
              when={!gone() && c().bodyHtml}
              fallback={
                <p class="comment__gone">
                  {c().hiddenAt
                    ? `${t('discussion.hidden')}${c().hiddenReason ? ` (${c().hiddenReason})` : ''}`
                    : t('discussion.deleted')}
                </p>
              }
            >
              {/* bodyHtml is sanitised on the server; it is the only HTML the client renders as such. */}
              {/* eslint-disable-next-line solid/no-innerhtml */}
              <div class="comment__body prose" innerHTML={c().bodyHtml ?? ''} />
            </Show>
          }
        >
          <Composer
            about={thread.threadId}
            label={t('discussion.editLabel')}
            submitLabel={t('discussion.save')}
            initial={c().body ?? ''}
            autofocus
            onSubmit={edit}
            onCancel={() => setMode('read')}
          />
        </Show>
        <Show when={!gone() && mode() !== 'edit'}>
          <div class="comment__actions">
            <Show when={props.depth < 6 && thread.open}>
              <button type="button" class="link-button" onClick={() => setMode(mode() === 'reply' ? 'read' : 'reply')}>
                {t('discussion.reply')}
              </button>
            </Show>
            <button
              type="button"
              class="link-button"
              aria-pressed={c().viewerFoundUseful}
              disabled={own() || useful.fetching}
              onClick={() => void toggleUseful()}
            >
              {t('discussion.useful')}
              <Show when={c().usefulCount > 0}> ({c().usefulCount})</Show>
            </button>
            <Show when={canMarkAnswer()}>
              <button type="button" class="link-button" onClick={() => void toggleAnswer()}>
                {isAnswer() ? t('discussion.unmarkAnswer') : t('discussion.markAnswer')}
              </button>
            </Show>
            <Show when={own()}>
              <button type="button" class="link-button" onClick={() => setMode('edit')}>
                {t('discussion.edit')}
              </button>
              <button
                type="button"
                class="link-button link-button--danger"
                disabled={deleting.fetching}
                onClick={() => void remove()}
              >
                {t('discussion.delete')}
              </button>
            </Show>
            <Show when={!own() && mode() !== 'flagged'}>
              <button type="button" class="link-button" onClick={() => setMode(mode() === 'flag' ? 'read' : 'flag')}>
                {t('discussion.flag')}
              </button>
            </Show>
          </div>
        </Show>
        <Show when={actionError()}>
          <p class="field__error" role="alert">
            {actionError()}
          </p>
        </Show>
        <Show when={mode() === 'flagged'}>
          <p class="comment__note" role="status">
            {t('discussion.flagged')}
          </p>
        </Show>
        <Show when={mode() === 'flag'}>
          <form class="composer" onSubmit={(e) => void flag(e)} noValidate>
            <div class="field">
              <label for={`${id}-reason`}>{t('discussion.flagReason')}</label>
              <input
                id={`${id}-reason`}
                type="text"
                value={reason()}
                onInput={(e) => setReason(e.currentTarget.value)}
                aria-invalid={flagErrors().some((e) => isFor(e, 'reason')) ? 'true' : undefined}
                aria-describedby={flagErrors().length ? `${id}-reason-error` : undefined}
              />
              <FieldErrors id={`${id}-reason-error`} errors={flagErrors()} />
            </div>
            <div class="composer__actions">
              <button type="submit" class="button">
                {t('discussion.sendFlag')}
              </button>
              <button type="button" class="button button--quiet" onClick={() => setMode('read')}>
                {t('discussion.cancel')}
              </button>
            </div>
          </form>
        </Show>
        <Show when={mode() === 'reply'}>
          <Composer
            about={thread.threadId}
            label={t('discussion.replyTo', c().authorName)}
            submitLabel={t('discussion.sendReply')}
            rows={3}
            autofocus
            onSubmit={reply}
            onCancel={() => setMode('read')}
          />
        </Show>
      </article>
      <ReplyList parentId={c().id} replies={props.comment.replies} depth={props.depth + 1} added={added()} />
    </li>
  );
}
