import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../graphql/errors.js';

export interface RateLimits {
  /** Failed sign-ins per account. */
  signInAccount: RateLimiterPostgres;
  /** Failed sign-ins per client address. */
  signInAddress: RateLimiterPostgres;
  /** Threads and comments per member. */
  posting: RateLimiterPostgres;
}

/** Limits kept in PostgreSQL (table rate_limit, made by a migration), so they hold across server processes. */
export function createRateLimits(em: EntityManager): RateLimits {
  const store = { storeClient: em.getKnex(), storeType: 'knex', tableName: 'rate_limit', tableCreated: true };
  return {
    signInAccount: new RateLimiterPostgres({ ...store, keyPrefix: 'signin-account', points: 8, duration: 15 * 60 }),
    signInAddress: new RateLimiterPostgres({ ...store, keyPrefix: 'signin-address', points: 40, duration: 15 * 60 }),
    posting: new RateLimiterPostgres({ ...store, keyPrefix: 'posting', points: 30, duration: 10 * 60 }),
  };
}

function limited(result: RateLimiterRes): AppError {
  const seconds = Math.ceil(result.msBeforeNext / 1000);
  return new AppError(`Too many failed attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`, 'RATE_LIMITED', {
    retryAfterSeconds: seconds,
    http: { status: 429 },
  });
}

/** Throws RATE_LIMITED while a key has no attempts left (checking costs no point). */
export async function assertNotLimited(limiter: RateLimiterPostgres, key: string): Promise<void> {
  const state = await limiter.get(key);
  if (state && state.remainingPoints <= 0) throw limited(state);
}

/** Counts an attempt (a failed sign-in, a post). */
export async function countFailure(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) return; // at the limit now; the next check refuses
    throw error;
  }
}
