import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../seeds/generate-content.js';
import { openDatabase, type Orm } from '../src/platform/database.js';
import { preparedRead, toPositional } from '../src/platform/prepared-read.js';
import { seedContent } from '../src/seeding/seed.js';
import { domainModel } from '../src/model.js';
import { createTestDatabase, testLogger, type TestDatabase } from './helpers/database.js';

let db: TestDatabase;
let single: Orm;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em.fork(), generateContent({ cases: 60, seed: 3 }));
  await db.orm.em.getConnection().execute('analyze');
  // One connection, so every statement below meets the same session's prepared statements.
  single = await openDatabase({ model: domainModel, url: db.url, logger: testLogger, pool: { min: 0, max: 1 } });
});
afterAll(async () => {
  await single.close(true);
  await db.drop();
});

describe('prepared reads', () => {
  it('plan a named statement once and keep its generic plan, not once per execution', async () => {
    const sql =
      'select "r0"."id", "r0"."title" from "practice_case" as "r0" where "r0"."visibility" = ? and ' +
      '"r0"."published_at" is not null order by "r0"."year" desc, "r0"."id" asc limit 41';
    const first = await preparedRead<{ id: string }>(single.em.fork(), sql, ['PUBLIC']);
    for (let i = 0; i < 7; i++) {
      const again = await preparedRead<{ id: string }>(single.em.fork(), sql, ['PUBLIC']);
      expect(again.map((row) => row.id)).toEqual(first.map((row) => row.id));
    }
    expect(first.length).toBeGreaterThan(0);
    const [plans] = await preparedRead<{ generic: string; custom: string }>(
      single.em.fork(),
      'select generic_plans as "generic", custom_plans as "custom" from pg_prepared_statements where statement = ?',
      [toPositional(sql)],
    );
    expect(plans).toBeDefined();
    expect(Number(plans!.custom)).toBe(0);
    expect(Number(plans!.generic)).toBe(8);
  });
});
