import { pino, type DestinationStream, type Logger } from 'pino';
import { scrubText, scrubValue } from './scrub.js';

export type { Logger };

/**
 * JSON logs for machines; a readable stream when a person watches the terminal. Every entry is scrubbed of email
 * addresses and secrets, whatever produced it (an error message can carry an email, e.g. a unique violation).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production' && !destination;
  const options: pino.LoggerOptions = {
    level,
    formatters: { log: (object) => scrubValue(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
      censor: '[redacted]',
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
