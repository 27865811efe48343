import type { FilterQuery } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { decodeGlobalId, encodeGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { UserInputProblem, withUserErrors } from '../../graphql/payload.js';
import { computedFields } from '../../graphql/read/registry.js';
import { readPage } from '../../graphql/read/root.js';
import { selects } from '../../graphql/selection.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { nestedLists, references } from '../content/nested.js';
import { FORMER_MEMBER } from '../member/former-member.js';
import { Member } from '../member/member.entity.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';
import {
  deleteComment,
  editComment,
  flagComment,
  markAnswer,
  moderateComment,
  setFollowing,
  setUseful,
} from './comment.commands.js';
import { Comment, Flag, Follow, Reaction } from './comment.entity.js';
import { addComment, startThread } from './discussion.commands.js';
import { AddCommentInput, StartThreadInput } from './discussion.inputs.js';
import { loadThread, readableComment } from './discussion.queries.js';
import {
  CommentConnection,
  CommentPayload,
  FlagConnection,
  FlagPayload,
  FollowPayload,
  ThreadConnection,
  ThreadPayload,
} from './discussion.types.js';
import { discussable, loadSubject } from './subject.js';
import { Thread } from './thread.entity.js';

const threadLists = nestedLists(Thread, {
  comments: { child: Comment, back: 'thread', where: () => ({ parent: null }) },
});

const threadRefs = references(Thread, {
  // A removed member is no longer named as the author (as for comments).
  author: { target: Member, property: 'author', where: () => ({ deactivatedAt: null }) },
  answer: { target: Comment, property: 'answer' },
});

// The compiled read path computes these in SQL, with the same rules as the field resolvers below.
computedFields(Thread, {
  participantKinds: { sql: (col) => ({ sql: col('participant_kinds'), params: [] }) },
  viewerIsFollowing: {
    sql: (col, ctx) => ({
      sql: `exists (select 1 from "follow" as "f" where "f"."subject_id" = ${col('id')} and "f"."member_id" = ?)`,
      params: [ctx.viewer.kind === 'member' ? ctx.viewer.memberId : null],
    }),
  },
});
/** In a query, a subject the viewer may not read is a coded NOT_FOUND error (mutations return it as a userError). */
async function readableSubject(ctx: Context, about: string) {
  try {
    return await loadSubject(ctx.em, ctx.viewer, about);
  } catch (error) {
    if (error instanceof UserInputProblem) throw new NotFoundError(error.message);
    throw error;
  }
}

@Resolver(() => Thread)
export class ThreadResolver {
  @Query(() => ThreadConnection, {
    description: 'Discussion threads you may read, most recently active first (members).',
  })
  async threads(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('about', () => ID, { nullable: true, description: 'Only threads about this node.' }) about: string | null,
    @Arg('organisationKind', () => OrganisationKind, {
      nullable: true,
      description: 'Only threads where someone from this kind of organisation has spoken.',
    })
    organisationKind: OrganisationKind | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const parts: FilterQuery<Thread>[] = [readableWhere(ctx.viewer) as FilterQuery<Thread>];
    if (about) parts.push({ subjectId: (await readableSubject(ctx, about)).id });
    if (organisationKind) parts.push({ participantKinds: { $contains: [organisationKind] } });
    return readPage(ctx, info, Thread, { $and: parts }, { lastActivityAt: 'desc', id: 'asc' }, args);
  }

  @Query(() => Boolean, {
    description:
      'Whether new threads may be started about this node: false while it is an unpublished draft (discussion ' +
      'opens when it is published). NOT_FOUND when you may not read it.',
  })
  async discussionOpen(
    @Arg('about', () => ID, { description: 'What the discussion would be about.' }) about: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return (await readableSubject(ctx, about)).publishedAt !== null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether comments may be added: false while what the thread is about is unpublished.',
  })
  acceptsComments(@Root() root: Thread): boolean {
    return root.publishedAt !== null;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What the thread is about.' })
  async subject(@Root() root: Thread, @Ctx() ctx: Context) {
    const [node] = await ctx.loadNodes([{ type: root.subjectType, id: root.subjectId }]);
    return node ?? null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Who started the thread (null for a former member).' })
  author(@Root() root: Thread, @Ctx() ctx: Context) {
    return threadRefs.author(ctx, root);
  }

  @FieldResolver(() => Comment, { nullable: true, description: 'For questions: the reply marked as the answer.' })
  answer(@Root() root: Thread, @Ctx() ctx: Context) {
    return threadRefs.answer(ctx, root);
  }

  @FieldResolver(() => [OrganisationKind], { description: 'The kinds of organisation that have spoken in the thread.' })
  participantKinds(@Root() root: Thread): OrganisationKind[] {
    return root.participantKinds;
  }

  @FieldResolver(() => CommentConnection, {
    description: 'The top-level comments, oldest first; replies hang under each.',
  })
  comments(@Root() root: Thread, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return threadLists.comments(ctx, root.id, args);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you follow the thread.' })
  async viewerIsFollowing(@Root() root: Thread, @Ctx() ctx: Context) {
    if (ctx.viewer.kind !== 'member') return false;
    const follow = await ctx.loaders.byReference(Follow, 'subjectId', { member: ctx.viewer.memberId }).load(root.id);
    return follow !== null;
  }

  @Query(() => FlagConnection, { description: 'Open reports of comments, oldest first (editors and admins).' })
  moderationQueue(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    authorize(ctx.viewer, 'comment.moderate');
    return paginate(
      ctx.em,
      Flag,
      // Only reports a moderator may act on: an editor never reads another organisation's private threads.
      { resolvedAt: null, comment: { thread: readableWhere<Thread & ContentEntity>(ctx.viewer) } },
      { createdAt: 'asc', id: 'asc' },
      args,
      selects(info, 'totalCount'),
    );
  }
}

@Resolver(() => Flag)
export class FlagResolver {
  @FieldResolver(() => Comment, {
    nullable: true,
    description: 'The reported comment, with its thread, for the moderator to judge (null if you may not read it).',
  })
  comment(@Root() root: Flag, @Ctx() ctx: Context) {
    return readableComment(ctx, root.comment.id);
  }
}

/** What a reader sees of a comment: deleted ones lose their text; hidden ones keep it only for moderators. */
function shows(ctx: Context, comment: Comment): boolean {
  if (comment.deletedAt) return false;
  return !comment.hiddenAt || can(ctx.viewer, 'comment.moderate');
}

const commentRefs = references(Comment, {
  author: { target: Member, property: 'author', where: () => ({ deactivatedAt: null }) },
});
const globalIdSql = (type: string, column: string) =>
  `case when ${column} is not null then encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64') end`;
computedFields(Comment, {
  // shows(): deleted comments lose their text; hidden ones keep it only for moderators.
  bodyHtml: {
    sql: (col, ctx) => ({
      sql: `case when ${col('deleted_at')} is null and (${col('hidden_at')} is null or ?::boolean) then ${col('body_html')} end`,
      params: [can(ctx.viewer, 'comment.moderate')],
    }),
  },
  body: {
    sql: (col, ctx) => ({
      sql: `case when ${col('deleted_at')} is null and ${col('author_id')} = ?::uuid then ${col('body')} end`,
      params: [ctx.viewer.kind === 'member' ? ctx.viewer.memberId : null],
    }),
  },
  authorName: {
    sql: (col) => ({
      sql: `coalesce((select "m"."name" from "member" as "m" where "m"."id" = ${col('author_id')} and "m"."deactivated_at" is null), ?)`,
      params: [FORMER_MEMBER],
    }),
  },
  viewerFoundUseful: {
    sql: (col, ctx) => ({
      sql: `exists (select 1 from "reaction" as "r" where "r"."comment_id" = ${col('id')} and "r"."member_id" = ?::uuid)`,
      params: [ctx.viewer.kind === 'member' ? ctx.viewer.memberId : null],
    }),
  },
  parentId: { sql: (col) => ({ sql: globalIdSql('Comment', col('parent_id')), params: [] }) },
  threadId: { sql: (col) => ({ sql: globalIdSql('Thread', col('thread_id')), params: [] }) },
});

const commentLists = nestedLists(Comment, {
  replies: { child: Comment, back: 'parent' },
});

@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The comment as safe HTML; null when deleted, or hidden by a moderator.',
  })
  bodyHtml(@Root() root: Comment, @Ctx() ctx: Context): string | null {
    return shows(ctx, root) ? root.bodyHtml : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The Markdown source, for its author to edit.' })
  body(@Root() root: Comment, @Ctx() ctx: Context): string | null {
    return ctx.viewer.kind === 'member' && root.author?.id === ctx.viewer.memberId && !root.deletedAt
      ? root.body
      : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The author; null for a former member.' })
  author(@Root() root: Comment, @Ctx() ctx: Context) {
    return commentRefs.author(ctx, root);
  }

  @FieldResolver(() => String, { description: 'The author’s name, or "Tidligere medlem" for someone who left.' })
  async authorName(@Root() root: Comment, @Ctx() ctx: Context): Promise<string> {
    const author = root.author ? await ctx.loaders.byId(Member, { deactivatedAt: null }).load(root.author.id) : null;
    return author?.name ?? FORMER_MEMBER;
  }

  @FieldResolver(() => CommentConnection, { description: 'Replies to this comment, oldest first.' })
  replies(@Root() root: Comment, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return commentLists.replies(ctx, root.id, args);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you marked it useful.' })
  async viewerFoundUseful(@Root() root: Comment, @Ctx() ctx: Context) {
    if (ctx.viewer.kind !== 'member') return false;
    return (await ctx.loaders.byReference(Reaction, 'comment', { member: ctx.viewer.memberId }).load(root.id)) !== null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The comment this one replies to; null for a top-level comment.',
  })
  parentId(@Root() root: Comment): string | null {
    return root.parent ? encodeGlobalId('Comment', root.parent.id) : null;
  }

  @FieldResolver(() => ID, { description: 'The thread the comment belongs to.' })
  threadId(@Root() root: Comment): string {
    return encodeGlobalId('Thread', root.thread.id);
  }
}

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
      const { type } = decodeGlobalId(id, ['Thread', ...discussable()]);
      const target =
        type === 'Thread' ? await loadThread(ctx.em, ctx.viewer, id, 'id') : await loadSubject(ctx.em, ctx.viewer, id);
      return { following: await setFollowing({ em: ctx.em, viewer: ctx.viewer, type, id: target.id, following }) };
    });
  }
}
