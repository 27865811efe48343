import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from './logger.js';

/** Vite names built assets by content hash, so a year's immutable cache is safe; everything else revalidates. */
const HASHED = /^\/assets\//;
const YEAR = 'public, max-age=31536000, immutable';

/**
 * Finds the built client: CLIENT_DIST, else the nearest `client/dist` above this file (the layout differs
 * between `server/src` under tests and `server/dist/server/src` after `tsc`).
 */
export function findClientDist(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CLIENT_DIST) return existsSync(path.join(env.CLIENT_DIST, 'index.html')) ? env.CLIENT_DIST : undefined;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'client', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** An answer for a page: the app's index.html with the page's own head, and the status it is sent with. */
export interface PageAnswer {
  status: number;
  html: string;
  /** Cache-Control for the answer. */
  cache: string;
  /** Whether a page route of the client has this path (its subject may still be missing: status 404). */
  known: boolean;
}

/** Writes pages: given index.html once, it answers a request for a path with the app and that page's head. */
export type PageWriter = (indexHtml: string) => (request: FastifyRequest, pathname: string) => Promise<PageAnswer>;

/** Whether a client that asked for an unknown path takes HTML: browsers, and clients that take anything. */
function takesHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return !accept || /text\/html|text\/\*|\*\/\*/.test(accept);
}

/**
 * Serves the built SolidJS client on the API's origin: hashed assets with a long cache, and index.html for any
 * page route the client handles, to every client (crawlers and curl send `Accept: *\/*`), with the page's own head
 * from `pages`. Routes the server owns (/graphql, /explorer, /healthz, feeds, …) keep answering themselves.
 * Without a build, the API runs alone and says how to add the client.
 */
export async function registerClient(
  app: FastifyInstance,
  logger: Logger,
  options: { dist?: string; pages: PageWriter },
): Promise<void> {
  const dist = options.dist ?? findClientDist();
  if (!dist) {
    logger.info('No built web client found (client/dist); run `npm run build` to serve it from this server.');
    return;
  }
  const indexHtml = readFileSync(path.join(dist, 'index.html'));

  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    index: false,
    cacheControl: false,
    wildcard: true,
    decorateReply: false,
    setHeaders: (reply, filePath) => {
      const rel = `/${path.relative(dist, filePath).split(path.sep).join('/')}`;
      void reply.header('cache-control', HASHED.test(rel) ? YEAR : 'no-cache');
    },
  });

  const answer = options.pages(indexHtml.toString('utf8'));
  // Route matching has happened by onRequest: only the static catch-all, the root, or no route at all
  // hand over to the client's router. `/` is the home page, not the explorer, once the client is built.
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route !== undefined && route !== '/*' && route !== '/') return;
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const pathname = request.url.split('?')[0] ?? '/';
    if (HASHED.test(pathname)) return; // a built file, or a 404 for one that is gone
    const page = await answer(request, pathname);
    // Outside the client's routes, a file name (favicon.svg) is the static server's, and a client that does not
    // take HTML (an API client) gets the plain JSON 404; everyone else gets the app's not-found page.
    if (!page.known && (/\.[a-z0-9]+$/i.test(pathname) || !takesHtml(request))) return;
    const { status, html, cache } = page;
    const etag = `W/"${createHash('sha1').update(html).digest('base64url')}"`;
    void reply.header('cache-control', cache).header('etag', etag);
    if (!page.known) void reply.header('vary', 'accept'); // an API client got JSON for the same path
    if (status === 200 && request.headers['if-none-match'] === etag) return reply.status(304).send();
    await reply
      .status(status)
      .type('text/html; charset=utf-8')
      .send(request.method === 'HEAD' ? '' : html);
  });
  logger.debug(`Serving the web client from ${dist}`);
}
