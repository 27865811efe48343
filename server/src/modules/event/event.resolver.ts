import type { FilterQuery } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { readPage, readSingle } from '../../graphql/read/root.js';
import { Visibility } from '../content/content.enums.js';
import { OrderDirection } from '../content/content.inputs.js';
import { readableWhere } from '../content/content.policy.js';
import { editingMutations } from '../content/editing.resolver.js';
import { nestedLists, references } from '../content/nested.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { TalkConnection } from '../talk/talk.types.js';
import { Topic } from '../topic/topic.entity.js';
import { TopicConnection } from '../topic/topic.types.js';
import { createEvent, createWorkshop, updateEvent, updateWorkshop } from './event.commands.js';
import { Event, Workshop } from './event.entity.js';
import { EventFilter, EventInput, WorkshopFilter, WorkshopInput } from './event.inputs.js';
import { eventWhere, nextMeetingLoader, workshopWhere } from './event.queries.js';
import { EventConnection, EventPayload, WorkshopConnection, WorkshopPayload } from './event.types.js';

const eventLists = nestedLists(Event, {
  talks: { child: Talk, back: 'event' },
  workshops: { child: Workshop, back: 'event' },
  topics: { child: Topic, back: 'events' },
});

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Forum meetings and other events, by start time.' })
  async events(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions every item must meet.' })
    filter: EventFilter | null,
    @Arg('direction', () => OrderDirection, {
      nullable: true,
      description: 'ASC for soonest first (default DESC: latest first).',
    })
    order: OrderDirection | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = await eventWhere({ em: ctx.em, viewer: ctx.viewer, filter });
    const dir = order === OrderDirection.ASC ? 'asc' : 'desc';
    return readPage(ctx, info, Event, where, { startsAt: dir, id: 'asc' }, args);
  }

  @Query(() => Event, { nullable: true, description: 'An event by its slug.' })
  event(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readSingle(ctx, info, Event, { $and: [{ slug }, readableWhere<Event>(ctx.viewer)] });
  }

  @FieldResolver(() => Report, { nullable: true, description: 'The report published before the event.' })
  report(@Root() root: Event, @Ctx() ctx: Context) {
    return ctx.loaders.byReference(Report, 'event', readableWhere<Report>(ctx.viewer)).load(root.id);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description:
      'The next published forum meeting after this event (by start time) that you may see; null while none is announced. For upcoming events in general use `events(filter: { from }, direction: ASC)`.',
  })
  nextMeeting(@Root() root: Event, @Ctx() ctx: Context) {
    return nextMeetingLoader(ctx).load(root);
  }

  @FieldResolver(() => TalkConnection, { description: 'The talks, in programme order.' })
  talks(@Root() root: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return eventLists.talks(ctx, root.id, args);
  }

  @FieldResolver(() => Int, {
    description:
      'How many of the programme’s published talks are for members only and hidden from you (0 for members), so a ' +
      'programme can say they exist and how to see them. Talks only an organisation may read are never counted.',
  })
  async membersOnlyTalks(@Root() root: Event, @Ctx() ctx: Context): Promise<number> {
    const forMembers: FilterQuery<Talk> = {
      event: root.id,
      visibility: Visibility.MEMBERS,
      publishedAt: { $ne: null },
    };
    const [all, readable] = await Promise.all([
      ctx.em.count(Talk, forMembers),
      ctx.em.count(Talk, { $and: [forMembers, readableWhere<Talk>(ctx.viewer)] }),
    ]);
    return all - readable;
  }

  @FieldResolver(() => WorkshopConnection, { description: 'The workshops, in programme order.' })
  workshops(@Root() root: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return eventLists.workshops(ctx, root.id, args);
  }

  @FieldResolver(() => TopicConnection, { description: 'The topics of the event.' })
  topics(@Root() root: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return eventLists.topics(ctx, root.id, args);
  }
}

const workshopRefs = references(Workshop, {
  event: { target: Event, property: 'event', where: (viewer) => readableWhere<Event>(viewer) },
  talk: { target: Talk, property: 'talk', where: (viewer) => readableWhere<Talk>(viewer) },
});

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { description: 'Workshops, by start time.' })
  workshops(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => WorkshopFilter, { nullable: true, description: 'Conditions every item must meet.' })
    filter: WorkshopFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readPage(
      ctx,
      info,
      Workshop,
      workshopWhere({ viewer: ctx.viewer, filter }),
      { startsAt: 'asc', id: 'asc' },
      args,
    );
  }

  @Query(() => Workshop, { nullable: true, description: 'A workshop by its slug.' })
  workshop(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readSingle(ctx, info, Workshop, { $and: [{ slug }, readableWhere<Workshop>(ctx.viewer)] });
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event the workshop is part of (null if you may not see it).',
  })
  event(@Root() root: Workshop, @Ctx() ctx: Context) {
    return workshopRefs.event(ctx, root);
  }

  @FieldResolver(() => Talk, { nullable: true, description: 'The talk the workshop works with.' })
  talk(@Root() root: Workshop, @Ctx() ctx: Context) {
    return workshopRefs.talk(ctx, root);
  }
}

export const EventMutations = editingMutations({
  type: 'Event',
  field: 'event',
  Input: EventInput,
  Payload: EventPayload,
  create: { description: 'Creates an event as a draft (editors).', run: createEvent },
  update: { description: 'Changes an event (editors).', run: updateEvent },
});
export const WorkshopMutations = editingMutations({
  type: 'Workshop',
  field: 'workshop',
  Input: WorkshopInput,
  Payload: WorkshopPayload,
  create: { description: 'Creates a workshop as a draft (editors).', run: createWorkshop },
  update: { description: 'Changes a workshop (editors).', run: updateWorkshop },
});
