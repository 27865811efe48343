import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { ensureDatabase, openDatabase, withStartupLock, type Orm } from '../src/platform/database.js';
import { seedDemoIfEmpty } from '../src/seeding/seed-demo.js';
import { testLogger } from './helpers/database.js';
import { domainModel } from '../src/model.js';

// docker compose starts two servers and two workers at once on an empty database: every one of them migrates it
// at start-up, and the servers load the demo content. MikroORM's migrator takes no lock of its own.

const name = `startup_${randomBytes(5).toString('hex')}`;
let url: string;
let dir: string;
const orms: Orm[] = [];

beforeAll(async () => {
  url = await ensureDatabase(inject('postgresUrl'), name);
  dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-startup-'));
});

afterAll(async () => {
  await Promise.all(orms.map((orm) => orm.close(true)));
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
  await rm(dir, { recursive: true, force: true });
});

describe('start-up of several processes on one empty database', () => {
  it('applies each migration once while the others wait, and every process starts', async () => {
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => openDatabase({ model: domainModel, url, logger: testLogger })),
    );
    for (const result of results) if (result.status === 'fulfilled') orms.push(result.value);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const [row] = await orms[0]!.em
      .fork()
      .execute<{ n: number }[]>('select count(*)::int as n from mikro_orm_migrations');
    expect(row!.n).toBe(domainModel.migrations.length);
  }, 60_000);

  it('loads the demo content once when two servers find the database empty at the same time', async () => {
    const [a, b] = orms as [Orm, Orm];
    const seed = (orm: Orm, file: string) =>
      withStartupLock(url, testLogger, () => seedDemoIfEmpty(orm.em, testLogger, path.join(dir, file)));
    const results = await Promise.allSettled([seed(a, 'a.txt'), seed(b, 'b.txt')]);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const [row] = await a.em.fork().execute<{ n: number }[]>('select count(*)::int as n from organisation');
    expect(row!.n).toBe(demoContent.organisations.length);
    const [members] = await a.em.fork().execute<{ n: number }[]>('select count(*)::int as n from member');
    expect(members!.n).toBe(2);
  }, 60_000);
});
