import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import rangeParser from 'range-parser';
import { AppError } from '../../graphql/errors.js';
import type { Orm } from '../../platform/database.js';
import { authenticate, SESSION_COOKIE } from '../auth/authenticate.js';
import { readableWhere } from '../content/content.policy.js';
import { folderFiles, isDemoKey, type ByteRange, type MediaStore } from '../media/store.js';
import { openShareLink } from '../share/share.commands.js';
import { Talk } from './talk.entity.js';
import { buildVtt } from './vtt.js';

type Request = FastifyRequest<{ Params: { slug: string }; Querystring: { share?: string } }>;

/** The addresses the client plays a talk from; GraphQL hands them out (Talk.video, captionsUrl, chaptersUrl). */
export const talkMediaPaths = (slug: string) => {
  const base = `/media/talks/${encodeURIComponent(slug)}`;
  return { video: `${base}/video`, captions: `${base}/captions.vtt`, chapters: `${base}/chapters.vtt` };
};

/**
 * A talk's video file, captions and chapters over plain HTTP, for <video> and <track>. Each applies the talk's read
 * rule at the time of the request, exactly as `Query.talk` does (session cookie or bearer token), or an open share
 * link for that talk (`?share=`): a members-only talk's video and its transcript-as-captions never reach a guest.
 * Anything not readable is the same 404 as anything missing. The video answers Range requests (seeking, and
 * Safari insists on them); nothing is cached by shared caches.
 */
export function registerTalkMediaRoutes(
  app: FastifyInstance,
  deps: { orm: Orm; store: MediaStore; demoDirectory: string | null },
): void {
  const demo = deps.demoDirectory ? folderFiles(deps.demoDirectory) : null;
  const source = (key: string) => {
    if (!isDemoKey(key)) return { size: () => deps.store.size(key), read: (r: ByteRange) => deps.store.read(key, r) };
    const name = key.slice('demo/'.length);
    return { size: async () => (demo ? demo.size(name) : null), read: (r: ByteRange) => demo!.read(name, r) };
  };

  async function readableTalk(em: EntityManager, request: Request): Promise<Talk | null> {
    const { slug } = request.params;
    const secret = request.query.share;
    if (typeof secret === 'string' && secret) {
      const shared = await openShareLink({ em, secret }).catch((error: unknown) => {
        if (error instanceof AppError) return null;
        throw error;
      });
      return shared instanceof Talk && shared.slug === slug ? shared : null;
    }
    const viewer = await authenticate(em, {
      authorization: request.headers.authorization,
      sessionSecret: request.cookies[SESSION_COOKIE],
    });
    return em.findOne(Talk, { $and: [{ slug }, readableWhere<Talk>(viewer)] });
  }

  const notFound = (reply: FastifyReply) =>
    reply.status(404).header('cache-control', 'no-store').send({ error: 'No such talk video.', code: 'NOT_FOUND' });
  const privately = (reply: FastifyReply) =>
    reply.header('cache-control', 'private, max-age=300').header('vary', 'Cookie, Authorization');

  app.get('/media/talks/:slug/video', async (request: Request, reply) => {
    const em = deps.orm.em.fork();
    const talk = await readableTalk(em, request);
    const file = talk?.videoFile ? await talk.videoFile.load() : null;
    if (!file) return notFound(reply);
    const media = source(file.key);
    const size = await media.size();
    if (size === null) return notFound(reply);
    privately(reply).header('accept-ranges', 'bytes').header('content-type', file.contentType);
    const header = request.headers.range;
    const ranges = header ? rangeParser(size, header, { combine: true }) : -2;
    if (ranges === -1) return reply.status(416).header('content-range', `bytes */${size}`).send();
    // A malformed header, or several ranges (multipart answers are not worth it for video): the whole file.
    if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) {
      if (size === 0) return reply.header('content-length', 0).send('');
      return reply.header('content-length', size).send(await media.read({ start: 0, end: size - 1 }));
    }
    const range = ranges[0]!;
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
      .header('content-length', range.end - range.start + 1)
      .send(await media.read(range));
  });

  const track = (kind: 'captions' | 'chapters') => async (request: Request, reply: FastifyReply) => {
    const em = deps.orm.em.fork();
    const talk = await readableTalk(em, request);
    if (!talk) return notFound(reply);
    const body =
      kind === 'captions'
        ? buildVtt(talk.transcript, talk.durationSeconds)
        : buildVtt(
            talk.chapters.map((c) => ({ startSeconds: c.startSeconds, text: c.title })),
            talk.durationSeconds,
            { split: false },
          );
    return privately(reply).header('content-type', 'text/vtt; charset=utf-8').send(body);
  };
  app.get('/media/talks/:slug/captions.vtt', track('captions'));
  app.get('/media/talks/:slug/chapters.vtt', track('chapters'));
}
