import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from '../platform/logger.js';
import { isDatabaseUnreachable } from '../platform/outage.js';
import { SearchUnavailableError } from '../search/errors.js';
import { UserInputProblem } from './payload.js';

/** Stable codes integrators can switch on; documented in the README. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'QUERY_TOO_COMPLEX'
  | 'SEARCH_UNAVAILABLE'
  | 'DATABASE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'PERSONAL_DATA'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, argument?: string) {
    super(message, 'BAD_USER_INPUT', argument ? { argument } : {});
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not reachable right now. Please try again in a few seconds.';

/** PostgreSQL is down or restarting: a coded, retryable answer (HTTP 503 with Retry-After), not a masked 500. */
export class DatabaseUnavailableError extends AppError {
  constructor() {
    super(DATABASE_UNAVAILABLE_MESSAGE, 'DATABASE_UNAVAILABLE', {
      retryable: true,
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    });
  }
}

function databaseUnavailable(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: DATABASE_UNAVAILABLE_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true },
  };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/; // graphql 16 writes "that"
/** graphql-js gives up validating past its own work budgets (fields to compare, fragment spreads to follow). */
const VALIDATION_BUDGET_MESSAGE = 'Validation aborted.';

/**
 * graphql-js refuses some documents for their size rather than their content: parsing stops at the `maxTokens`
 * option, validation at its work budgets. Both are answered as the limits they are; undefined for other errors.
 */
export function documentLimitError(error: { message: string }): AppError | undefined {
  const match = TOKEN_LIMIT_MESSAGE.exec(error.message);
  if (match) {
    return new AppError(
      `This document has more than ${match[1]} tokens (names, punctuation, values); the limit is ${match[1]}. Split it into several operations.`,
      'QUERY_TOO_COMPLEX',
      { maxTokens: Number(match[1]), http: { status: 400 } },
    );
  }
  if (error.message === VALIDATION_BUDGET_MESSAGE) {
    return new AppError(
      'This document is too complex to validate: too many fields of the same name to compare, or fragments spread too often. Simplify it.',
      'QUERY_TOO_COMPLEX',
      { http: { status: 400 } },
    );
  }
  return undefined;
}

/** Apollo's own validation codes we pass through unchanged. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * One place decides what a client sees of an error: our typed errors keep their message and code; everything else
 * is logged with its stack and masked, so no internals (SQL, paths, stack traces) leak.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const { http: _http, ...extensions } = original.extensions;
      return { ...formatted, extensions };
    }
    if (original instanceof SearchUnavailableError) return { ...formatted, extensions: { code: original.code } };
    if (original instanceof UserInputProblem) {
      // A service's input problem outside a mutation payload (a query argument, e.g. threads(about:)): the same
      // coded answer a client error gets, never a masked 500.
      const first = original.errors[0];
      const code = first?.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      return { ...formatted, extensions: { code, ...(first?.field ? { argument: first.field } : {}) } };
    }
    if (isConflict(original)) {
      return {
        message: 'This changed at the same moment as another request. Look again and retry.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'CONFLICT' },
      };
    }
    const code = formatted.extensions?.code;
    const limit =
      code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED'
        ? documentLimitError(formatted)
        : undefined;
    if (limit) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, extensions };
    }
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // An outage is logged once by the outage plugin, not once per failing field.
    if (isDatabaseUnreachable(original)) return databaseUnavailable(formatted);
    logger.error({ err: original, path: formatted.path }, 'Unhandled error in GraphQL operation');
    return {
      message: 'Something went wrong on our side. It has been logged; please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Two requests raced for the same unique row (two accepts of one invitation, two follows of one thread): the loser
 * gets a coded, retryable answer. Services that can race take locks; this is the net under all of them.
 */
function isConflict(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}
