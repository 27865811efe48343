import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import { selects } from '../../graphql/selection.js';
import { authorize, can } from '../auth/auth.policy.js';
import { ViewerInfo } from '../auth/auth.types.js';
import { readableWhere } from '../content/content.policy.js';
import { Event } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { cancelRegistration, register, setEventSeats } from './registration.commands.js';
import { Registration, RegistrationStatus } from './registration.entity.js';
import { EventSeatsInput } from './registration.inputs.js';
import { registrationLoaders } from './registration.queries.js';
import { EventSeatsPayload, RegistrationConnection, RegistrationPayload } from './registration.types.js';

@Resolver(() => Registration)
export class RegistrationResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The meeting.' })
  event(@Root() root: Registration, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Event, readableWhere<Event>(ctx.viewer)).load(root.event.id);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Who registered (null if they have left the forum).' })
  member(@Root() root: Registration, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Member, { deactivatedAt: null }).load(root.member.id);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the member registered from.' })
  organisation(@Root() root: Registration, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Organisation).load(root.organisation.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Your place on the waiting list (1 is next in line); null unless WAITLISTED.',
  })
  waitlistPosition(@Root() root: Registration, @Ctx() ctx: Context) {
    if (root.status !== RegistrationStatus.WAITLISTED) return null;
    return registrationLoaders(ctx).waitlistPosition.load(root.id);
  }
}

@Resolver(() => Event)
export class EventRegistrationResolver {
  @FieldResolver(() => Int, { description: 'How many seats are taken (confirmed registrations).' })
  async seatsTaken(@Root() root: Event, @Ctx() ctx: Context) {
    return (await registrationLoaders(ctx).seats.load(root.id)).confirmed;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many seats are free; null when there is no limit.' })
  async seatsLeft(@Root() root: Event, @Ctx() ctx: Context) {
    if (root.capacity === null) return null;
    return Math.max(0, root.capacity - (await registrationLoaders(ctx).seats.load(root.id)).confirmed);
  }

  @FieldResolver(() => Int, { description: 'How many people are on the waiting list.' })
  async waitlistLength(@Root() root: Event, @Ctx() ctx: Context) {
    return (await registrationLoaders(ctx).seats.load(root.id)).waitlisted;
  }

  @FieldResolver(() => Registration, { nullable: true, description: 'Your registration, if you have one.' })
  viewerRegistration(@Root() root: Event, @Ctx() ctx: Context) {
    if (ctx.viewer.kind !== 'member') return null;
    return ctx.loaders.byReference(Registration, 'event', { member: ctx.viewer.memberId }).load(root.id);
  }

  @FieldResolver(() => String, { description: 'Where to download the event as an iCalendar (.ics) file.' })
  calendarUrl(@Root() root: Event) {
    return `/events/${encodeURIComponent(root.slug)}.ics`;
  }

  @FieldResolver(() => RegistrationConnection, {
    nullable: true,
    description:
      'Who registered, in the order they came in (organisers: editors and admins; FORBIDDEN for others). Export as CSV at /events/{slug}/attendees.csv.',
  })
  registrations(
    @Root() root: Event,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => RegistrationStatus, { nullable: true, description: 'Only registrations with this status.' })
    status: RegistrationStatus | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    authorize(ctx.viewer, 'registration.manage');
    const where = { event: root.id, ...(status ? { status } : {}) };
    return paginate(ctx.em, Registration, where, { sequence: 'asc', id: 'asc' }, args, selects(info, 'totalCount'));
  }

  @Mutation(() => RegistrationPayload, {
    description:
      'Registers you for a meeting: a seat while there is room, otherwise a place on the waiting list, which moves up automatically.',
  })
  registerForEvent(@Arg('eventId', () => ID, { description: 'The event’s ID.' }) eventId: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({ registration: await register({ em: ctx.em, viewer: ctx.viewer, eventId }) }));
  }

  @Mutation(() => RegistrationPayload, {
    description: 'Cancels your registration; your seat goes to the first on the waiting list.',
  })
  cancelRegistration(
    @Arg('eventId', () => ID, { description: 'The event’s ID.' }) eventId: string,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      registration: (await cancelRegistration({ em: ctx.em, viewer: ctx.viewer, eventId })).registration,
    }));
  }

  @Mutation(() => EventSeatsPayload, {
    description: 'Sets how many seats an event has, in total and per organisation (editors).',
  })
  setEventSeats(
    @Arg('input', () => EventSeatsInput, { description: 'The event and its limits.' }) input: EventSeatsInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      event: await setEventSeats({
        em: ctx.em,
        viewer: ctx.viewer,
        eventId: input.eventId,
        capacity: input.capacity ?? null,
        seatsPerOrganisation: input.seatsPerOrganisation ?? null,
      }),
    }));
  }
}

@Resolver(() => ViewerInfo)
export class ViewerMeetingsResolver {
  @FieldResolver(() => [Registration], {
    description: 'Your meetings: your registrations (seats and waiting list), soonest first.',
  })
  meetings(
    @Root() root: ViewerInfo,
    @Arg('includePast', () => Boolean, { defaultValue: false, description: 'Also meetings that have ended.' })
    includePast: boolean,
    @Ctx() ctx: Context,
  ) {
    if (!can(ctx.viewer, 'account.self')) return [];
    return ctx.em.find(
      Registration,
      {
        member: root.member.id,
        status: { $ne: RegistrationStatus.CANCELLED },
        event: { $and: [readableWhere<Event>(ctx.viewer), includePast ? {} : { endsAt: { $gte: new Date() } }] },
      },
      { orderBy: { event: { startsAt: includePast ? 'desc' : 'asc' } }, limit: 100 },
    );
  }
}
