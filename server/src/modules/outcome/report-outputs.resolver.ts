import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can } from '../auth/auth.policy.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, Workshop } from '../event/event.entity.js';
import { previousMeetingLoader } from '../event/event.queries.js';
import { Report } from '../report/report.entity.js';
import { WorkshopOutput } from './output.entity.js';

/** Editors feature a handful per meeting; the cap keeps a report's list bounded all the same. */
export const FEATURED_IN_REPORT_LIMIT = 20;

const perRequest = new WeakMap<Context, DataLoader<Event, WorkshopOutput[], string>>();

/**
 * For each meeting, the featured outputs of every event since the forum meeting before it (network meetings in
 * between count too), for all reports in a request in one statement after the batched lookups of the meetings.
 */
function featuredSincePreviousMeeting(ctx: Context): DataLoader<Event, WorkshopOutput[], string> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader<Event, WorkshopOutput[], string>(
      async (meetings) => {
        const previous = await previousMeetingLoader(ctx).loadMany([...meetings]);
        const windows = meetings.map((meeting, i) => {
          const before = previous[i];
          const from = before instanceof Event ? before.startsAt : new Date(0);
          return { from, to: meeting.startsAt };
        });
        const from = new Date(Math.min(...windows.map((w) => w.from.getTime())));
        const to = new Date(Math.max(...windows.map((w) => w.to.getTime())));
        const where = {
          featured: true,
          workshop: {
            $and: [readableWhere<Workshop>(ctx.viewer), { event: { startsAt: { $gte: from, $lt: to } } }],
          },
        } as FilterQuery<WorkshopOutput>;
        const outputs = await ctx.em.find(WorkshopOutput, where, {
          populate: ['workshop.event'],
          orderBy: { createdAt: 'asc', id: 'asc' },
        });
        return windows.map(({ from: start, to: end }) =>
          outputs
            .filter((output) => {
              const startsAt = output.workshop.getEntity().event.getEntity().startsAt;
              return startsAt >= start && startsAt < end;
            })
            .slice(0, FEATURED_IN_REPORT_LIMIT),
        );
      },
      { cacheKeyFn: (event) => event.id },
    );
    perRequest.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Report)
export class ReportOutputsFieldResolver {
  @FieldResolver(() => [WorkshopOutput], {
    description: `What organisations took from workshops since the previous forum meeting and editors featured for this report (members; at most ${FEATURED_IN_REPORT_LIMIT}, oldest first). Empty when the report prepares no meeting.`,
  })
  async featuredOutputs(@Root() root: Report, @Ctx() ctx: Context): Promise<WorkshopOutput[]> {
    if (!root.event || !can(ctx.viewer, 'output.read')) return [];
    const event = await ctx.loaders.byId(Event).load(root.event.id);
    return event ? featuredSincePreviousMeeting(ctx).load(event) : [];
  }
}
