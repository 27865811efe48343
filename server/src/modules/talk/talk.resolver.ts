import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { readPage, readSingle } from '../../graphql/read/root.js';
import { MAX_QUERY_CHARS } from '../../search/query-analysis.js';
import { readableWhere } from '../content/content.policy.js';
import { editingMutations } from '../content/editing.resolver.js';
import { nestedLists, references } from '../content/nested.js';
import { Event, Workshop } from '../event/event.entity.js';
import { TalkFilter } from '../event/event.inputs.js';
import { talkWhere } from '../event/event.queries.js';
import { WorkshopConnection } from '../event/event.types.js';
import { Method } from '../method/method.entity.js';
import { MethodConnection } from '../method/method.types.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { TopicConnection } from '../topic/topic.types.js';
import { createTalk, updateTalk } from './talk.commands.js';
import { SpeakerData, Talk } from './talk.entity.js';
import { talkMediaPaths } from './talk.http.js';
import { TalkInput } from './talk.inputs.js';
import { searchTalkTranscript } from './talk.queries.js';
import { Speaker, TalkConnection, TalkPayload, TalkVideo, talkVideo, TranscriptMatchConnection } from './talk.types.js';

/**
 * What one transcript search costs in the query-cost limit, besides its page: it reads the whole transcript, so a
 * list of talks can ask it of a few dozen talks, not of hundreds.
 */
const TRANSCRIPT_SCAN_COST = 1000;

@Resolver(() => Speaker)
export class SpeakerResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the speaker comes from.' })
  organisation(@Root() root: SpeakerData, @Ctx() ctx: Context) {
    return root.organisationId ? ctx.loaders.byId(Organisation).load(root.organisationId) : null;
  }
}

const talkLists = nestedLists(Talk, {
  workshops: { child: Workshop, back: 'talk' },
  methods: { child: Method, back: 'talks' },
  topics: { child: Topic, back: 'talks' },
});

const talkRefs = references(Talk, {
  event: { target: Event, property: 'event', where: (viewer) => readableWhere<Event>(viewer) },
});

@Resolver(() => Talk)
export class TalkResolver {
  @Query(() => TalkConnection, { description: 'Filmed talks, in programme order.' })
  async talks(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => TalkFilter, { nullable: true, description: 'Conditions every item must meet.' })
    filter: TalkFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = await talkWhere({ em: ctx.em, viewer: ctx.viewer, filter });
    return readPage(ctx, info, Talk, where, { startsAt: 'desc', id: 'asc' }, args);
  }

  @Query(() => Talk, { nullable: true, description: 'A talk by its slug.' })
  talk(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readSingle(ctx, info, Talk, { $and: [{ slug }, readableWhere<Talk>(ctx.viewer)] });
  }

  @FieldResolver(() => [Speaker], { description: 'Who gives the talk.' })
  speakers(@Root() root: Talk): SpeakerData[] {
    return root.speakers;
  }

  @FieldResolver(() => TalkVideo, { nullable: true, description: 'How to play the video; null when there is none.' })
  video(@Root() root: Talk): Promise<TalkVideo | null> {
    return talkVideo(root);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The captions as WebVTT (text/vtt, Danish), made from the timed transcript, under the talk’s read rule; null without a transcript.',
  })
  captionsUrl(@Root() root: Talk): string | null {
    return root.transcript.length ? talkMediaPaths(root.slug).captions : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The chapters as a WebVTT chapters track, under the talk’s read rule; null without chapters.',
  })
  chaptersUrl(@Root() root: Talk): string | null {
    return root.chapters.length ? talkMediaPaths(root.slug).chapters : null;
  }

  @FieldResolver(() => String, { description: 'The whole transcript as one text.' })
  transcriptText(@Root() root: Talk): string {
    return root.transcript.map((segment) => segment.text).join('\n');
  }

  @FieldResolver(() => TranscriptMatchConnection, {
    description:
      'Segments of the transcript that match a query, read as `Query.search` reads it: question and filler words left out, inflections and compound parts understood ("familie" finds "plejefamilien"), typos forgiven ("sammenbrudd"), synonyms ("placering" finds "anbringelse"), the last word also as a prefix while typing, "phrases" in quotes and -word to exclude. Segments holding the most query words come first, the rest in the order they are spoken.',
    complexity: ({ args, childComplexity }) =>
      TRANSCRIPT_SCAN_COST +
      Math.min(Math.max(Number(args.first ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE) * (childComplexity + 1),
  })
  transcriptMatches(
    @Root() root: Talk,
    @Arg('query', () => String, {
      description: `What to look for, as in \`Query.search\`. Up to ${MAX_QUERY_CHARS} characters are read (longer input is cut, never refused).`,
    })
    query: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: `How many matches (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when not given).`,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Return matches after this cursor.' })
    after: string | null,
  ): Promise<TranscriptMatchConnection> {
    return searchTalkTranscript({ talk: root, query, first, after });
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event the talk was given at (null if you may not see it).',
  })
  event(@Root() root: Talk, @Ctx() ctx: Context) {
    return talkRefs.event(ctx, root);
  }

  @FieldResolver(() => WorkshopConnection, { description: 'Workshops that work with the talk.' })
  workshops(@Root() root: Talk, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return talkLists.workshops(ctx, root.id, args);
  }

  @FieldResolver(() => MethodConnection, { description: 'Methods the talk is about.' })
  methods(@Root() root: Talk, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return talkLists.methods(ctx, root.id, args);
  }

  @FieldResolver(() => TopicConnection, { description: 'The topics of the talk.' })
  topics(@Root() root: Talk, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return talkLists.topics(ctx, root.id, args);
  }
}

export const TalkMutations = editingMutations({
  type: 'Talk',
  field: 'talk',
  Input: TalkInput,
  Payload: TalkPayload,
  create: { description: 'Creates a talk as a draft (editors).', run: createTalk },
  update: { description: 'Changes a talk (editors).', run: updateTalk },
});
