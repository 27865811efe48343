import { createMutation, createQuery, createSubscription, useClient } from '@urql/solid';
import {
  AddCommentDoc,
  CommentAddedDoc,
  DeleteCommentDoc,
  EditCommentDoc,
  FlagCommentDoc,
  FollowDoc,
  MarkAnswerDoc,
  MentionCandidatesDoc,
  MoreCommentsDoc,
  RepliesDoc,
  SetUsefulDoc,
  StartThreadDoc,
  ThreadDoc,
  ThreadsAboutDoc,
} from './graphql';
import type { OrganisationKind } from '../../graphql/generated/graphql';

export function createThreadsAbout(
  about: () => string,
  organisationKind: () => OrganisationKind | undefined,
  pause: () => boolean,
) {
  return createQuery({
    query: ThreadsAboutDoc,
    variables: () => ({ about: about(), organisationKind: organisationKind() }),
    pause,
  });
}

export function createThread(id: () => string) {
  return createQuery({ query: ThreadDoc, variables: () => ({ id: id() }) });
}

/** New comments in a thread, as they are written by anyone. */
export function createCommentAdded(threadId: () => string, onComment: (id: string) => void) {
  return createSubscription({ query: CommentAddedDoc, variables: () => ({ threadId: threadId() }) }, (_, event) => {
    onComment(event.commentAdded.id);
    return event;
  });
}

export const createStartThread = () => createMutation(StartThreadDoc);
export const createAddComment = () => createMutation(AddCommentDoc);
export const createEditComment = () => createMutation(EditCommentDoc);
export const createDeleteComment = () => createMutation(DeleteCommentDoc);
export const createSetUseful = () => createMutation(SetUsefulDoc);
export const createFlagComment = () => createMutation(FlagCommentDoc);
export const createMarkAnswer = () => createMutation(MarkAnswerDoc);
export const createFollow = () => createMutation(FollowDoc);

/** Mention candidates for a typed name among who may read `about`; paused while nothing is typed. */
export function createMentionCandidates(search: () => string | undefined, about: () => string) {
  return createQuery({
    query: MentionCandidatesDoc,
    variables: () => ({ search: search() ?? '', about: about() }),
    pause: () => !search(),
  });
}

/** Fetches further pages on demand: a comment's replies, and a thread's top-level comments. */
export function useLoadComments() {
  const client = useClient();
  return {
    replies: async (id: string, after: string | null | undefined) => {
      const node = (await client.query(RepliesDoc, { id, after }).toPromise()).data?.node;
      return node && 'replies' in node ? node.replies : undefined;
    },
    comments: async (id: string, after: string | null | undefined) => {
      const node = (await client.query(MoreCommentsDoc, { id, after }).toPromise()).data?.node;
      return node && 'comments' in node ? node.comments : undefined;
    },
  };
}
