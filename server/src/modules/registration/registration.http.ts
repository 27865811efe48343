import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../graphql/errors.js';
import type { Orm } from '../../platform/database.js';
import { requestOrigin } from '../../platform/request-origin.js';
import { authenticate, SESSION_COOKIE } from '../auth/authenticate.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { Event } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { csv } from './csv.js';
import { calendar } from './ical.js';
import { Registration } from './registration.entity.js';

/**
 * Plain HTTP downloads around meetings: /events/:slug.ics (anyone who may read the event) and
 * /events/:slug/attendees.csv (organisers). Both authenticate like /graphql: the session cookie or a bearer token.
 */
export function registerMeetingRoutes(app: FastifyInstance, deps: { orm: Orm }): void {
  const viewerOf = (request: FastifyRequest, em: ReturnType<Orm['em']['fork']>) =>
    authenticate(em, { authorization: request.headers.authorization, sessionSecret: request.cookies[SESSION_COOKIE] });

  app.get<{ Params: { slug: string } }>('/events/:slug.ics', async (request, reply) => {
    const em = deps.orm.em.fork();
    const viewer = await viewerOf(request, em);
    const event = await findEvent(em, viewer, request.params.slug);
    if (!event) return notFound(reply);
    const origin = requestOrigin(request);
    const body = calendar({
      uid: `${event.id}@vidensbro`,
      title: event.title,
      description: [event.theme, event.description].filter(Boolean).join('\n\n'),
      location: [event.venue, event.city].filter(Boolean).join(', '),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      url: origin ? new URL(`/events/${encodeURIComponent(event.slug)}`, origin).href : undefined,
      updatedAt: event.updatedAt,
    });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${safeName(event.slug)}.ics"`)
      .send(body);
  });

  app.get<{ Params: { slug: string } }>('/events/:slug/attendees.csv', async (request, reply) => {
    const em = deps.orm.em.fork();
    const viewer = await viewerOf(request, em);
    try {
      authorize(viewer, 'registration.manage');
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const code = String(error.extensions.code);
      return reply.status(code === 'UNAUTHENTICATED' ? 401 : 403).send({ error: error.message, code });
    }
    const event = await findEvent(em, viewer, request.params.slug);
    if (!event) return notFound(reply);
    const rows = await em.find(Registration, { event: event.id }, { orderBy: { sequence: 'asc' } });
    const members = await em.find(Member, { id: { $in: rows.map((r) => r.member.id) } });
    const organisations = await em.find(Organisation, { id: { $in: rows.map((r) => r.organisation.id) } });
    const memberById = new Map(members.map((m) => [m.id, m]));
    const orgById = new Map(organisations.map((o) => [o.id, o]));
    const body = csv([
      ['Name', 'Organisation', 'Organisation kind', 'Status', 'Registered at', 'Confirmed at', 'Cancelled at'],
      ...rows.map((row) => {
        const organisation = orgById.get(row.organisation.id);
        return [
          memberById.get(row.member.id)?.name ?? '',
          organisation?.name ?? '',
          organisation?.kind ?? '',
          row.status,
          row.registeredAt.toISOString(),
          row.confirmedAt?.toISOString() ?? '',
          row.cancelledAt?.toISOString() ?? '',
        ];
      }),
    ]);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${safeName(event.slug)}-attendees.csv"`)
      .header('cache-control', 'no-store')
      .send(body);
  });
}

function findEvent(em: ReturnType<Orm['em']['fork']>, viewer: Viewer, slug: string) {
  return em.findOne(Event, { $and: [{ slug }, readableWhere<Event>(viewer)] });
}

function notFound(reply: FastifyReply) {
  return reply.status(404).send({ error: 'There is no such event you may see.', code: 'NOT_FOUND' });
}

function safeName(slug: string): string {
  return slug.replace(/[^a-z0-9-]/gi, '_');
}
