import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Server as TusServer } from '@tus/server';
import type { Upload } from '@tus/utils';
import { AppError } from '../../graphql/errors.js';
import type { Orm } from '../../platform/database.js';
import type { Logger } from '../../platform/logger.js';
import { authenticate, SESSION_COOKIE } from '../auth/authenticate.js';
import { authorize } from '../auth/auth.policy.js';
import type { MemberViewer } from '../auth/viewer.js';
import { MediaFile } from './media-file.entity.js';
import { SNIFF_BYTES, sniffVideo, VIDEO_TYPES } from './sniff.js';
import { head, isUploadKey, type MediaStore } from './store.js';

export const UPLOAD_PATH = '/media/uploads';

/** A tus hook's refusal: @tus/server answers it with this status and body. */
const refuse = (status_code: number, body: string) => Object.assign(new Error(body), { status_code, body });

const TYPE_PROBLEM = `Only video files may be uploaded: ${VIDEO_TYPES.join(' or ')}.\n`;

/**
 * Resumable uploads of talk videos over the tus protocol (@tus/server), at /media/uploads. Only editors may
 * upload, with a session or a token with the WRITE scope, exactly as for editing content (`content.edit`); each
 * upload belongs to its uploader, and only they may resume, inspect or cancel it, or attach it to a talk. Size
 * is capped by MEDIA_MAX_UPLOAD_BYTES; the declared type must be a video type, and the finished file's own bytes
 * must be MP4 or WebM, or it is deleted and refused with 415. A MediaFile row is written only then.
 */
export function registerUploadRoutes(
  app: FastifyInstance,
  deps: { orm: Orm; store: MediaStore; maxBytes: number; logger: Logger },
): void {
  // The viewer of each request, for the tus hooks (which see a web Request wrapping the same Node request).
  const viewers = new WeakMap<object, MemberViewer>();
  const viewerOf = (req: { runtime?: { node?: { req?: object } } }) => {
    const node = req.runtime?.node?.req;
    const viewer = node && viewers.get(node);
    if (!viewer) throw refuse(401, 'Sign in first.\n');
    return viewer;
  };

  const tus = new TusServer({
    path: UPLOAD_PATH,
    datastore: deps.store.uploads,
    maxSize: deps.maxBytes,
    relativeLocation: true,
    // Same-origin only: the editor runs on this origin, and no other site may drive an editor's uploads.
    allowedOrigins: () => false,
    // A finished upload is a MediaFile that talks may point at; it is removed with the talk's video, not here.
    disableTerminationForFinishedUploads: true,
    async onUploadCreate(req, upload: Upload) {
      const viewer = viewerOf(req);
      const declared = upload.metadata?.filetype ?? upload.metadata?.contentType ?? null;
      if (declared !== null && !(VIDEO_TYPES as readonly string[]).includes(declared)) throw refuse(415, TYPE_PROBLEM);
      return { metadata: { ...upload.metadata, owner: viewer.memberId } };
    },
    async onUploadFinish(req, upload: Upload) {
      const viewer = viewerOf(req);
      const type = await sniffVideo(await head(deps.store, upload.id, SNIFF_BYTES));
      if (!type) {
        await deps.store.remove(upload.id);
        throw refuse(415, TYPE_PROBLEM);
      }
      const em = deps.orm.em.fork();
      em.create(MediaFile, { key: upload.id, contentType: type, uploadedBy: viewer.memberId });
      await em.flush();
      return {};
    },
    onResponseError(_req, error) {
      if ('status_code' in error) return undefined;
      deps.logger.error({ err: error }, 'Upload failed');
      return { status_code: 500, body: 'Something went wrong on our side.\n' };
    },
  });

  app.register(async (scope) => {
    // Upload bodies go to tus as a stream: no parser reads them, so MAX_REQUEST_BYTES (for GraphQL) does not apply.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const handler = (request: FastifyRequest<{ Params: { id?: string } }>, reply: FastifyReply) =>
      handleUpload(request, reply);
    scope.route({ method: ['POST', 'OPTIONS'], url: UPLOAD_PATH, handler });
    scope.route({ method: ['HEAD', 'PATCH', 'DELETE', 'OPTIONS'], url: `${UPLOAD_PATH}/:id`, handler });
  });

  async function handleUpload(request: FastifyRequest<{ Params: { id?: string } }>, reply: FastifyReply) {
    const em = deps.orm.em.fork();
    const viewer = await authenticate(em, {
      authorization: request.headers.authorization,
      sessionSecret: request.cookies[SESSION_COOKIE],
    });
    try {
      authorize(viewer, 'content.edit');
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const code = String(error.extensions.code);
      return reply.status(code === 'UNAUTHENTICATED' ? 401 : 403).send({ error: error.message, code });
    }
    const id = request.params.id;
    if (id !== undefined) {
      // Someone else's upload (or a made-up id) is answered as missing, so ids cannot be probed.
      const upload = isUploadKey(id) ? await deps.store.uploads.getUpload(id).catch(() => null) : null;
      if (!upload || upload.metadata?.owner !== viewer.memberId)
        return reply.status(404).send({ error: 'No such upload.', code: 'NOT_FOUND' });
    }
    await deps.store.ready();
    viewers.set(request.raw, viewer);
    reply.hijack();
    await tus.handle(request.raw, reply.raw);
  }
}
