import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * gzip/brotli for every response worth it (GraphQL JSON, the client's JS and CSS, the explorer), chosen by the
 * request's Accept-Encoding. Brotli at quality 4: near gzip's speed, smaller output; quality 11 (the default)
 * costs tens of milliseconds per response on a busy server.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
