import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import { can } from '../auth/auth.policy.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, Workshop } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { saveBriefing } from './briefing.commands.js';
import { WorkshopBriefing } from './briefing.entity.js';
import { WorkshopBriefingInput } from './briefing.inputs.js';
import { visibleBriefing } from './briefing.queries.js';
import { WorkshopBriefingPayload } from './briefing.types.js';

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
