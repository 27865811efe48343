import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { addressAllowed, guardedLookup, type AddressPolicy } from './ssrf.js';

export interface SendOptions extends AddressPolicy {
  timeoutMs: number;
  /** The most of a response body read; the rest is dropped and the connection closed. */
  maxResponseBytes: number;
}

export interface SendResult {
  status: number | null;
  error: string | null;
}

/**
 * POSTs one body with the given headers. Connects only to allowed addresses (checked at connect time), never
 * follows redirects, gives up after `timeoutMs` in all, and reads at most `maxResponseBytes` of the answer.
 */
export function send(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendResult> {
  const target = new URL(url);
  // node:http connects to an address literal without calling `lookup`: check it here.
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !addressAllowed(literal, options)) {
    return Promise.resolve({ status: null, error: `Refused to connect to ${literal}.` });
  }
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        lookup: guardedLookup(options),
        agent: false,
      },
      (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > options.maxResponseBytes) {
            response.destroy();
            done({ status: response.statusCode ?? null, error: null });
          }
        });
        response.on('end', () => done({ status: response.statusCode ?? null, error: null }));
        response.on('error', () => done({ status: response.statusCode ?? null, error: null }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      done({ status: null, error: `No answer within ${options.timeoutMs} ms.` });
    }, options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) =>
      done({ status: null, error: (error.message || error.code || 'Connection failed.').slice(0, 500) }),
    );
    request.end(body);
  });
}
