import { randomBytes } from 'node:crypto';

let sequence = 0;

/** A slug no other row in this run has, so builders never collide across tests in one database. */
export const unique = (prefix: string): string =>
  `${prefix}-${(++sequence).toString(36)}-${randomBytes(3).toString('hex')}`;

/** The fixed moment builders publish and schedule at unless told otherwise, so answers are deterministic. */
export const AT = new Date('2026-03-01T10:00:00Z');
