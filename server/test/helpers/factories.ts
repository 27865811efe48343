/*
 * Builders for every row tests need, in the manner of Outline's test/factories.ts: `createX(em, { ...overrides })`
 * makes a valid row with sensible defaults and its required relations, flushes it and returns the entity. Tests
 * create what they assert on instead of picking rows of the demo content by position or slug. Split by domain.
 */
export * from './factories/content.js';
export * from './factories/discussions.js';
export * from './factories/people.js';
