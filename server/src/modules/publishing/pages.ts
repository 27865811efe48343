import type { FastifyRequest } from 'fastify';
import type { PageAnswer, PageWriter } from '../../platform/client-static.js';
import type { Orm } from '../../platform/database.js';
import type { Logger } from '../../platform/logger.js';
import { headTemplate, renderHead, type PageHead } from './head.js';
import { NOT_FOUND_HEAD, pageHead, SITE_FEEDS } from './page-heads.js';
import { matchPage } from './page-routes.js';

/**
 * The origin links and canonical URLs use: PUBLIC_URL when set (it should be in production: the Host header is
 * the client's to choose), else the request's own scheme and host.
 */
export function siteOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return new URL(publicUrl).origin;
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return 'http://localhost';
  }
}

/**
 * Pages revalidate on every use (the head follows edits and visibility changes at once) but an unchanged page
 * costs a 304 through its ETag; the answer is the same for everyone (read as the public reads), so shared caches
 * may keep it too.
 */
const REVALIDATE = 'public, no-cache';

/** index.html with each page's head, for the client's static server (platform/client-static.ts). */
export function pageWriter(deps: { orm: Orm; logger: Logger; publicUrl: string | undefined }): PageWriter {
  return (indexHtml) => {
    const { before, after } = headTemplate(indexHtml);
    const page = (head: PageHead, request: FastifyRequest) =>
      `${before}${renderHead(head, siteOrigin(request, deps.publicUrl))}${after}`;
    return async (request, pathname): Promise<PageAnswer> => {
      const match = matchPage(pathname);
      if (!match) return { status: 404, html: page(NOT_FOUND_HEAD, request), cache: REVALIDATE, known: false };
      try {
        const head = await pageHead(deps.orm.em.fork(), match);
        return { status: head.status, html: page(head, request), cache: REVALIDATE, known: true };
      } catch (error) {
        // Without the database the app still loads (it shows its own error); the generic head is not cached.
        deps.logger.warn({ err: error }, 'Could not read the page head; answering the generic one');
        const generic: PageHead = { ...NOT_FOUND_HEAD, title: null, status: 200, feeds: SITE_FEEDS };
        return { status: 200, html: page(generic, request), cache: 'no-store', known: true };
      }
    };
  };
}
