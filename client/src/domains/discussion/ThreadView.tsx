import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { PageHeader, topicName } from '../../components/ui';
import type { ThreadQuery } from '../../graphql/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { discussionTexts } from '../../i18n/discussion';
import { paths } from '../../paths';
import { ReplyList } from './CommentItem';
import { useOutcome } from './outcome';
import { Composer } from './Composer';
import { ThreadContext, type AnyComment } from './context';
import { createAddComment, createFollow, useLoadComments } from './hooks';

export type ThreadData = Extract<NonNullable<ThreadQuery['node']>, { __typename?: 'Thread' }>;

/** Where the thread's subject lives in the app, and its name. */
function subjectLink(subject: ThreadData['subject'], locale: 'da' | 'en'): { href: string; label: string } | undefined {
  if (!subject || !('slug' in subject)) return undefined;
  switch (subject.__typename) {
    case 'Method':
      return { href: paths.method(subject.slug), label: subject.name };
    case 'Case':
      return { href: paths.case(subject.slug), label: subject.title };
    case 'Talk':
      return { href: paths.talk(subject.slug), label: subject.title };
    case 'Event':
      return { href: paths.event(subject.slug), label: subject.title };
    case 'Report':
      return { href: paths.report(subject.slug), label: subject.title };
    case 'Study':
      return { href: paths.study(subject.slug), label: subject.title };
    case 'Workshop':
      return { href: paths.workshop(subject.slug), label: subject.title };
    case 'Topic':
      return { href: paths.topic(subject.slug), label: topicName(subject, locale) };
    default:
      return undefined;
  }
}

/** A thread: what it is about, its comments with their replies, and a box for a new comment. */
export function ThreadView(props: { thread: ThreadData; viewerId: string | undefined }) {
  const { t, tag, locale } = useI18n(discussionTexts);
  const load = useLoadComments();
  const outcome = useOutcome();
  const [added, setAdded] = createSignal<AnyComment[]>([]);
  // eslint-disable-next-line solid/reactivity -- the starting value; the reader's changes are kept locally
  const [answerId, setAnswerId] = createSignal<string | undefined>(props.thread.answer?.id);
  // eslint-disable-next-line solid/reactivity
  const [following, setFollowing] = createSignal(props.thread.viewerIsFollowing);
  const [followState, follow] = createFollow();
  const [, addComment] = createAddComment();
  const subject = () => subjectLink(props.thread.subject, locale());

  const comment = async (body: string) => {
    const result = await addComment({ input: { threadId: props.thread.id, body } });
    const errors = outcome(result, result.data?.addComment.userErrors);
    const created = result.data?.addComment.comment;
    if (created && errors.length === 0) setAdded((list) => [...list, created]);
    return errors;
  };
  const toggleFollow = async () => {
    const result = await follow({ id: props.thread.id, following: !following() });
    const now = result.data?.follow.following;
    if (now !== null && now !== undefined) setFollowing(now);
  };
  const loadMore = (after: string | null | undefined) => load.comments(props.thread.id, after);

  return (
    <ThreadContext.Provider
      value={{
        // The thread page is keyed by thread, so these stay the same for its lifetime.
        // eslint-disable-next-line solid/reactivity
        threadId: props.thread.id,
        // eslint-disable-next-line solid/reactivity
        isQuestion: props.thread.kind === 'QUESTION',
        // eslint-disable-next-line solid/reactivity
        open: props.thread.acceptsComments,
        askerId: () => props.thread.author?.id,
        viewerId: () => props.viewerId,
        answerId,
        setAnswerId,
      }}
    >
      <article class="page thread">
        <PageHeader
          kicker={props.thread.kind === 'QUESTION' ? t('discussion.question') : t('discussion.thread')}
          title={props.thread.title}
          crumbs={subject() ? [subject()!] : []}
        >
          <p class="page-header__meta">
            {props.thread.author?.name ?? t('discussion.formerMember')} · {formatDate(props.thread.createdAt, tag())}
            <Show when={subject()}>
              {(s) => (
                <>
                  {' · '}
                  {t('discussion.about')} <A href={s().href}>{s().label}</A>
                </>
              )}
            </Show>
          </p>
          <div class="thread__tools">
            <button
              type="button"
              class="button button--quiet"
              aria-pressed={following()}
              disabled={followState.fetching}
              onClick={() => void toggleFollow()}
            >
              {following() ? t('discussion.unfollow') : t('discussion.follow')}
            </button>
            <span class="muted" role="status">
              {following() ? t('discussion.followingNote') : ''}
            </span>
          </div>
        </PageHeader>
        <section class="section" aria-labelledby="comments-heading">
          <h2 id="comments-heading">{t('discussion.comments', props.thread.commentCount)}</h2>
          <ReplyList
            parentId={props.thread.id}
            replies={props.thread.comments}
            depth={0}
            added={added()}
            load={loadMore}
            label={t('discussion.commentsLabel')}
          />
        </section>
        <section class="section" aria-labelledby="new-comment-heading">
          <h2 id="new-comment-heading">{t('discussion.newComment')}</h2>
          <Show when={props.thread.acceptsComments} fallback={<p class="callout">{t('discussion.closedDraft')}</p>}>
            <Composer
              about={props.thread.id}
              label={t('discussion.commentLabel')}
              submitLabel={t('discussion.send')}
              onSubmit={comment}
            />
          </Show>
        </section>
      </article>
    </ThreadContext.Provider>
  );
}
