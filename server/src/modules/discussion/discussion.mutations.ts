import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { withUserErrors } from '../../graphql/payload.js';
import {
  deleteComment,
  editComment,
  flagComment,
  markAnswer,
  moderateComment,
  setFollowing,
  setUseful,
} from './comment.commands.js';
import {
  AddCommentInput,
  CommentPayload,
  FlagPayload,
  FollowPayload,
  StartThreadInput,
  ThreadPayload,
} from './discussion.types.js';
import { addComment, startThread } from './discussion.commands.js';
import { DISCUSSABLE, loadSubject } from './subject.js';
import { loadThread } from './discussion.commands.js';

@Resolver()
export class DiscussionMutations {
  @Mutation(() => ThreadPayload, { description: 'Starts a thread on a piece of knowledge or a topic (members).' })
  startThread(
    @Arg('input', () => StartThreadInput, { description: 'The thread and its first comment.' }) input: StartThreadInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      thread: await startThread({ em: ctx.em, viewer: ctx.viewer, limits: ctx.limits, about: input.about, input }),
    }));
  }

  @Mutation(() => CommentPayload, { description: 'Comments in a thread or replies to a comment (members).' })
  addComment(
    @Arg('input', () => AddCommentInput, { description: 'The comment.' }) input: AddCommentInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      comment: await addComment({ em: ctx.em, viewer: ctx.viewer, limits: ctx.limits, ...input }),
    }));
  }

  @Mutation(() => CommentPayload, {
    description: 'Edits your comment; it shows as edited and the earlier text is kept.',
  })
  editComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('body', () => String, { description: 'The new text in Markdown.' }) body: string,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      comment: await editComment({ em: ctx.em, viewer: ctx.viewer, commentId: id, body }),
    }));
  }

  @Mutation(() => CommentPayload, { description: 'Deletes your comment; replies to it stay readable.' })
  deleteComment(@Arg('id', () => ID, { description: 'The comment.' }) id: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({
      comment: await deleteComment({ em: ctx.em, viewer: ctx.viewer, commentId: id }),
    }));
  }

  @Mutation(() => ThreadPayload, { description: 'Marks a reply as the answer to your question (null clears it).' })
  markAnswer(
    @Arg('threadId', () => ID, { description: 'Your question thread.' }) threadId: string,
    @Arg('commentId', () => ID, { nullable: true, description: 'The reply that answers it.' }) commentId: string | null,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      thread: await markAnswer({ em: ctx.em, viewer: ctx.viewer, threadId, commentId }),
    }));
  }

  @Mutation(() => CommentPayload, { description: 'Marks a comment useful, or takes that back.' })
  setUseful(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('useful', () => Boolean, { description: 'True to mark it useful.' }) useful: boolean,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      comment: await setUseful({ em: ctx.em, viewer: ctx.viewer, commentId: id, useful }),
    }));
  }

  @Mutation(() => FlagPayload, { description: 'Reports a comment to the moderators.' })
  flagComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('reason', () => String, { description: 'What is wrong with it.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      flag: await flagComment({ em: ctx.em, viewer: ctx.viewer, commentId: id, reason }),
    }));
  }

  @Mutation(() => CommentPayload, { description: 'Hides or restores a comment, with a reason (editors and admins).' })
  moderateComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('hidden', () => Boolean, { description: 'True to hide, false to restore.' }) hidden: boolean,
    @Arg('reason', () => String, { description: 'Why; shown with the hidden comment and kept in the audit trail.' })
    reason: string,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      comment: await moderateComment({ em: ctx.em, viewer: ctx.viewer, commentId: id, hidden, reason }),
    }));
  }

  @Mutation(() => FollowPayload, { description: 'Follows or unfollows a thread, or any node (then all its threads).' })
  follow(
    @Arg('id', () => ID, { description: 'A thread or a node.' }) id: string,
    @Arg('following', () => Boolean, { description: 'True to follow.' }) following: boolean,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => {
      const { type } = decodeGlobalId(id, ['Thread', ...DISCUSSABLE]);
      const target =
        type === 'Thread' ? await loadThread(ctx.em, ctx.viewer, id, 'id') : await loadSubject(ctx.em, ctx.viewer, id);
      return { following: await setFollowing({ em: ctx.em, viewer: ctx.viewer, type, id: target.id, following }) };
    });
  }
}
