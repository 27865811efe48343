import { A } from '@solidjs/router';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { FieldErrors, FormErrors, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { editorTexts } from '../../i18n/editor-pages';
import { formatDate, formatTime } from '../../i18n/format';
import { paths } from '../../paths';
import { useOutcome } from '../discussion/outcome';
import { createModerateComment } from './hooks';

/** The reported comment. */
export interface FlaggedComment {
  id: string;
  threadId: string;
  authorName: string;
  /** Sanitised on the server; moderators get it even when the comment is hidden. */
  bodyHtml?: string | null;
  hiddenAt?: string | null;
}

export interface FlagItem {
  id: string;
  reason: string;
  createdAt: string;
  comment?: FlaggedComment | null;
}

/** One report: why and when, the comment in its thread, and hide or restore with the moderator's reason. */
export function FlagCard(props: { flag: FlagItem; onDone: (message: string) => void }) {
  const { t, tag } = useI18n(editorTexts);
  const [, moderateComment] = createModerateComment();
  const outcome = useOutcome();
  const id = createUniqueId();
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = createSignal(false);

  const moderate = async (comment: FlaggedComment, hidden: boolean) => {
    if (!reason().trim()) return setErrors([{ field: 'reason', code: 'REQUIRED', message: '' }]);
    setBusy(true);
    const result = await moderateComment({ id: comment.id, hidden, reason: reason().trim() });
    setBusy(false);
    const found = outcome(result, result.data?.moderateComment.userErrors);
    setErrors(found);
    if (!found.length) {
      props.onDone(hidden ? t('editing.moderation.hidden') : t('editing.moderation.restored'));
    }
  };
  const fieldErrors = () => errors().filter((e) => e.field === 'reason' || e.field?.endsWith('.reason'));
  const otherErrors = () => errors().filter((e) => !fieldErrors().includes(e));

  return (
    <article class="flag-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="item__title">
        {t('editing.moderation.flaggedAt')} {formatDate(props.flag.createdAt, tag())}{' '}
        {formatTime(props.flag.createdAt, tag())}
      </h2>
      <p>
        <strong>{t('editing.moderation.reason')}:</strong> <span lang="da">{props.flag.reason}</span>
      </p>
      <Show when={props.flag.comment}>
        {(comment) => (
          <>
            <p>
              {t('editing.moderation.by')} {comment().authorName} ·{' '}
              <A href={paths.thread(comment().threadId)}>{t('editing.moderation.openThread')}</A>
            </p>
            <Show when={comment().bodyHtml}>
              {/* Sanitised by the server, like every comment's bodyHtml. */}
              {/* eslint-disable-next-line solid/no-innerhtml */}
              <blockquote lang="da" class="prose" innerHTML={comment().bodyHtml ?? ''} />
            </Show>
            <div class="field">
              <label for={`${id}-reason`}>{t('editing.moderation.moderationReason')}</label>
              <input
                id={`${id}-reason`}
                type="text"
                value={reason()}
                onInput={(e) => setReason(e.currentTarget.value)}
                aria-invalid={fieldErrors().length ? 'true' : undefined}
                aria-describedby={fieldErrors().length ? `${id}-reason-error` : undefined}
              />
              <FieldErrors id={`${id}-reason-error`} errors={fieldErrors()} />
            </div>
            <FormErrors errors={otherErrors()} />
            <div class="confirm__actions">
              <Show
                when={comment().hiddenAt}
                fallback={
                  <button
                    type="button"
                    class="button button--danger"
                    disabled={busy()}
                    onClick={() => void moderate(comment(), true)}
                  >
                    {t('editing.moderation.hide')}
                  </button>
                }
              >
                <button type="button" class="button" disabled={busy()} onClick={() => void moderate(comment(), false)}>
                  {t('editing.moderation.restore')}
                </button>
              </Show>
            </div>
          </>
        )}
      </Show>
    </article>
  );
}
