import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** A year, as browsers remember HTTPS-only for the host; subdomains are left to whoever runs the domain. */
const HSTS = 'max-age=31536000';

/**
 * Security headers on every answer (the web client, /explorer, /graphql, downloads), through helmet. Register
 * before any route so every route gets them. The middleware is built once: @fastify/helmet built it again for
 * every request (helmet's option parsing and CSP serialisation, ~1.5% of a small query's CPU).
 *
 * - CSP: scripts only from this origin, never inline (the client's index.html and the explorer load files);
 *   styles may be inline (GraphiQL and the client set style attributes), which cannot run code. Uploaded talk
 *   videos come from us (/media/…, under the talk's read rule); linked ones play in an iframe from exactly the
 *   video hosts' embed origins (`frameHosts`, from talk.video-links.ts), loaded only after a click. No plugins, no <base>, forms only
 *   to us, no framing of us by anyone.
 * - nosniff, X-Frame-Options DENY (older browsers), Referrer-Policy no-referrer: share-link secrets are in the
 *   address of /shared/… pages and must not travel in a Referer header to sites those pages link to.
 * - HSTS only on answers that went over TLS (directly, or behind a proxy trusted through TRUST_PROXY): a browser
 *   must never be told to insist on HTTPS by a plain-HTTP development server.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { frameHosts: readonly string[] }): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'"],
        frameSrc: [...options.frameHosts],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
}
