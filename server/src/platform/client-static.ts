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

/** A browser navigating to a page: GET/HEAD that accepts HTML and does not name a file. */
function isPageNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!request.headers.accept?.includes('text/html')) return false;
  const pathname = request.url.split('?')[0] ?? '/';
  return !/\.[a-z0-9]+$/i.test(pathname);
}

/**
 * Serves the built SolidJS client on the API's origin: hashed assets with a long cache, and index.html for any
 * page route the client handles (SPA fallback). Routes the server owns (/graphql, /explorer, /healthz, …)
 * keep answering themselves. Without a build, the API runs alone and says how to add the client.
 */
export async function registerClient(app: FastifyInstance, logger: Logger, dist = findClientDist()): Promise<void> {
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

  // Route matching has happened by onRequest: only the static catch-all, the root, or no route at all
  // hand over to the client's router. `/` is the home page, not the explorer, once the client is built.
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route !== undefined && route !== '/*' && route !== '/') return;
    if (!isPageNavigation(request)) return;
    await reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(request.method === 'HEAD' ? '' : indexHtml);
  });
  logger.debug(`Serving the web client from ${dist}`);
}
