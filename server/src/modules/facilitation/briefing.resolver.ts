import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { UserError, withUserErrors } from '../../graphql/payload.js';
import { can } from '../auth/auth.policy.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, Workshop } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { WorkshopBriefing } from './briefing.entity.js';
import { saveBriefing, visibleBriefing } from './briefing.commands.js';

@InputType({ description: 'A workshop’s facilitator briefing; replaces the current one.' })
export class WorkshopBriefingInput {
  @Field(() => ID, { description: 'The workshop’s ID.' })
  workshopId!: string;

  @Field(() => ID, { nullable: true, description: 'The member who facilitates (they may read the briefing early).' })
  facilitatorId?: string | null;

  @Field(() => String, { description: 'What the workshop should achieve.' })
  purpose!: string;

  @Field(() => String, { description: 'The running order with times.' })
  timing!: string;

  @Field(() => [String], { description: 'Discussion questions tied to the talk (at most 20).' })
  questions!: string[];

  @Field(() => String, { nullable: true, description: 'Materials to prepare or hand out.' })
  materials?: string;
}

@ObjectType({ description: 'The briefing after the change.' })
export class WorkshopBriefingPayload {
  @Field(() => WorkshopBriefing, { nullable: true, description: 'The briefing.' })
  briefing?: WorkshopBriefing | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => WorkshopBriefing)
export class WorkshopBriefingResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member who facilitates the workshop.' })
  facilitator(@Root() root: WorkshopBriefing, @Ctx() ctx: Context) {
    if (!root.facilitator || !can(ctx.viewer, 'member.list')) return null;
    return ctx.loaders.byId(Member, { deactivatedAt: null }).load(root.facilitator.id);
  }

  @FieldResolver(() => Talk, { nullable: true, description: 'The talk the discussion questions are tied to.' })
  async talk(@Root() root: WorkshopBriefing, @Ctx() ctx: Context) {
    const workshop = await ctx.loaders.byId(Workshop).load(root.workshop.id);
    return workshop?.talk ? ctx.loaders.byId(Talk, readableWhere<Talk>(ctx.viewer)).load(workshop.talk.id) : null;
  }

  @Mutation(() => WorkshopBriefingPayload, {
    description: 'Writes a workshop’s facilitator briefing and names its facilitator (editors).',
  })
  setWorkshopBriefing(
    @Arg('input', () => WorkshopBriefingInput, { description: 'The briefing.' }) input: WorkshopBriefingInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      briefing: await saveBriefing({ em: ctx.em, viewer: ctx.viewer, input: { ...input } }),
    }));
  }
}

@Resolver(() => Workshop)
export class WorkshopBriefingFieldResolver {
  @FieldResolver(() => WorkshopBriefing, {
    nullable: true,
    description:
      'The facilitator briefing: for the facilitator and editors before the meeting, for all members once the event has ended; null otherwise.',
  })
  briefing(@Root() root: Workshop, @Ctx() ctx: Context) {
    return visibleBriefing({
      viewer: ctx.viewer,
      workshop: root,
      loadBriefing: (id) => ctx.loaders.byReference(WorkshopBriefing, 'workshop').load(id),
      loadEvent: (id) => ctx.loaders.byId(Event).load(id),
    });
  }
}
