import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can } from '../auth/policy.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, Workshop } from '../event/event.entity.js';
import { previousMeetingLoader } from '../event/next-meeting.js';
import { Report } from '../report/report.entity.js';
import { WorkshopOutput } from './output.entity.js';

/** Editors feature a handful per meeting; the cap keeps a report's list bounded all the same. */
export const FEATURED_IN_REPORT_LIMIT = 20;

const perRequest = new WeakMap<Context, DataLoader<string, WorkshopOutput[]>>();

/**
 * Featured outputs by the meeting they came from, for all reports in a request in one statement (after the
 * batched lookups of each report's meeting and the meeting before it).
 */
function featuredByMeeting(ctx: Context): DataLoader<string, WorkshopOutput[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, WorkshopOutput[]>(async (eventIds) => {
      const where = {
        featured: true,
        workshop: { $and: [readableWhere<Workshop>(ctx.viewer), { event: { $in: [...eventIds] } }] },
      } as FilterQuery<WorkshopOutput>;
      const outputs = await ctx.em.find(WorkshopOutput, where, {
        populate: ['workshop'],
        orderBy: { createdAt: 'asc', id: 'asc' },
      });
      return eventIds.map((id) =>
        outputs.filter((o) => o.workshop.getEntity().event.id === id).slice(0, FEATURED_IN_REPORT_LIMIT),
      );
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Report)
export class ReportOutputsFieldResolver {
  @FieldResolver(() => [WorkshopOutput], {
    description: `What organisations took from the previous forum meeting's workshops and editors featured for this report (members; at most ${FEATURED_IN_REPORT_LIMIT}, oldest first). Empty when the report prepares no meeting.`,
  })
  async featuredOutputs(@Root() root: Report, @Ctx() ctx: Context): Promise<WorkshopOutput[]> {
    if (!root.event || !can(ctx.viewer, 'output.read')) return [];
    const event = await ctx.loaders.byId(Event).load(root.event.id);
    const previous = event ? await previousMeetingLoader(ctx).load(event) : null;
    return previous ? featuredByMeeting(ctx).load(previous.id) : [];
  }
}
