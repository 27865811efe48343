import type { FastifyRequest } from 'fastify';

/** A host name, an IPv4 address or a bracketed IPv6 address, and an optional port: nothing else is a Host. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

/**
 * The origin a request was addressed to (scheme and Host, or X-Forwarded-Proto/-Host behind a trusted proxy), for
 * absolute links in downloads such as the .ics file. The Host header is whatever the client sent, so it is used only
 * when it is a plain host and port; otherwise there is no origin and the link is left out.
 */
export function requestOrigin(request: FastifyRequest): string | null {
  const host = request.host;
  const match = HOST.exec(host);
  if (!match || host.length > 255 || (match[1] !== undefined && Number(match[1]) > 65_535)) return null;
  try {
    return new URL(`${request.protocol === 'https' ? 'https' : 'http'}://${host}`).origin;
  } catch {
    return null;
  }
}
