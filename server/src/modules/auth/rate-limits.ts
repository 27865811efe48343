import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../graphql/errors.js';

/** The sign-in limits, in one place so docs/security.md and the tests read the same numbers. */
export const SIGN_IN_LIMITS = {
  /** Wrong passwords for one account from one address: the guesser is locked out, the owner elsewhere is not. */
  pair: { points: 8, seconds: 15 * 60 },
  /** Wrong passwords from one address, across accounts (one address trying many accounts). */
  address: { points: 40, seconds: 15 * 60 },
  /**
   * Wrong passwords for one account from everywhere (guessing spread over many addresses). Looser, and not applied
   * to an address the account signed in from before (see `signInKnown`), so the owner keeps getting in.
   */
  account: { points: 100, seconds: 60 * 60 },
  /** How long a successful sign-in makes an address known for its account. */
  knownSeconds: 90 * 86_400,
} as const;

/** "Forgot password" requests: each one counts, found or not, so the limits say nothing about who has an account. */
export const PASSWORD_RESET_LIMITS = {
  /** Requests from one address, across emails. */
  address: { points: 10, seconds: 60 * 60 },
  /** Requests for one email, from everywhere: at most this many reset emails an hour reach one inbox. */
  account: { points: 3, seconds: 60 * 60 },
} as const;

export interface RateLimits {
  /** Password reset requests per client address and per email (PASSWORD_RESET_LIMITS). */
  resetAddress: RateLimiterPostgres;
  resetAccount: RateLimiterPostgres;
  /** Failed sign-ins per account and client address. */
  signInPair: RateLimiterPostgres;
  /** Failed sign-ins per client address. */
  signInAddress: RateLimiterPostgres;
  /** Failed sign-ins per account, from addresses it has not signed in from. */
  signInAccount: RateLimiterPostgres;
  /** Addresses an account signed in from successfully (a key is present while known). */
  signInKnown: RateLimiterPostgres;
  /** Threads and comments per member. */
  posting: RateLimiterPostgres;
  /** Membership applications per client address (anyone may apply). */
  membershipApplications: RateLimiterPostgres;
}

/** Limits kept in PostgreSQL (table rate_limit, made by a migration), so they hold across server processes. */
export function createRateLimits(em: EntityManager): RateLimits {
  const store = { storeClient: em.getKnex(), storeType: 'knex', tableName: 'rate_limit', tableCreated: true };
  const limiter = (keyPrefix: string, limit: { points: number; seconds: number }) =>
    new RateLimiterPostgres({ ...store, keyPrefix, points: limit.points, duration: limit.seconds });
  return {
    signInPair: limiter('signin-pair', SIGN_IN_LIMITS.pair),
    signInAddress: limiter('signin-address', SIGN_IN_LIMITS.address),
    signInAccount: limiter('signin-account', SIGN_IN_LIMITS.account),
    signInKnown: limiter('signin-known', { points: 1, seconds: SIGN_IN_LIMITS.knownSeconds }),
    resetAddress: limiter('reset-address', PASSWORD_RESET_LIMITS.address),
    resetAccount: limiter('reset-account', PASSWORD_RESET_LIMITS.account),
    posting: new RateLimiterPostgres({ ...store, keyPrefix: 'posting', points: 30, duration: 10 * 60 }),
    membershipApplications: limiter('membership-application', { points: 10, seconds: 60 * 60 }),
  };
}

export function limited(result: RateLimiterRes, what = 'failed attempts'): AppError {
  const seconds = Math.ceil(result.msBeforeNext / 1000);
  return new AppError(`Too many ${what}. Try again in ${Math.ceil(seconds / 60)} minute(s).`, 'RATE_LIMITED', {
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
