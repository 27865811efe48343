import { randomBytes } from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authenticate } from '../src/modules/auth/authenticate.js';
import type { Viewer } from '../src/modules/auth/viewer.js';
import { Case } from '../src/modules/case/case.entity.js';
import type { ContentEntity } from '../src/modules/content/content.entity.js';
import {
  canRead,
  membersWhoCanReadSql,
  readableSearchFilter,
  readableWhere,
} from '../src/modules/content/content.policy.js';
import { Event, Workshop } from '../src/modules/event/event.entity.js';
import { Study } from '../src/modules/evidence/study.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { activeMembershipSql } from '../src/modules/organisation/active-membership.js';
import { Report } from '../src/modules/report/report.entity.js';
import { Talk } from '../src/modules/talk/talk.entity.js';
import { createMeiliClient } from '../src/platform/meilisearch.js';
import { buildFixture, sees, TYPES, VIEWERS, type Fixture, type TypeName } from './helpers/authorization-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * The read rule is written once (content/read-rule.ts) and rendered four ways: `canRead` on a loaded row,
 * `readableWhere` for MikroORM, `readableSearchFilter` for Meilisearch and `membersWhoCanReadSql` turned around
 * over members. Over every row of the authorization matrix fixture and every viewer, all four must give exactly
 * the answer of the fixture's independent `sees`.
 */
const ENTITIES: Record<TypeName, EntityClass<ContentEntity>> = {
  Case,
  Method,
  Study,
  Event,
  Workshop,
  Talk,
  Report,
};

let db: TestDatabase;
let client: TestClient;
let f: Fixture;
let em: EntityManager;
const viewers = new Map<string, Viewer>();

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  f = await buildFixture(db.orm.em.fork(), client);
  em = db.orm.em.fork();
  for (const name of VIEWERS) {
    const headers = f.headers[name];
    const session = /vb_session=([^;]+)/.exec(headers.cookie ?? '')?.[1];
    viewers.set(name, await authenticate(em, { authorization: headers.authorization, sessionSecret: session }));
  }
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const want = (name: (typeof VIEWERS)[number]) =>
  f.rows
    .filter((row) => sees(name, row))
    .map((row) => row.id)
    .sort();

describe.each(VIEWERS)('%s', (name) => {
  it('canRead on each loaded row agrees with the fixture', async () => {
    const viewer = viewers.get(name)!;
    const got: string[] = [];
    for (const type of TYPES) {
      const ids = f.rows.filter((row) => row.type === type).map((row) => row.id);
      const rows = await em.find(ENTITIES[type], { id: { $in: ids } });
      got.push(...rows.filter((row) => canRead(viewer, row)).map((row) => row.id));
    }
    expect(got.sort()).toEqual(want(name));
  });

  it('readableWhere selects exactly the rows canRead allows', async () => {
    const viewer = viewers.get(name)!;
    const got: string[] = [];
    for (const type of TYPES) {
      const ids = f.rows.filter((row) => row.type === type).map((row) => row.id);
      const rows = await em.find(ENTITIES[type], { $and: [{ id: { $in: ids } }, readableWhere(viewer)] });
      got.push(...rows.map((row) => row.id));
    }
    expect(got.sort()).toEqual(want(name));
  });
});

describe('membersWhoCanReadSql', () => {
  it('picks, for each row, exactly the members of active organisations who may read it', async () => {
    const members = Object.entries(f.members).filter(([name]) => name !== 'anonymous' && name !== 'integrator');
    const active = activeMembershipSql('m.organisation_id');
    for (const row of f.rows) {
      const owner = row.owner ? f.orgs[row.owner].id : null;
      const readers = membersWhoCanReadSql(
        { visibility: row.visibility, published: row.published, ownerId: owner },
        'm',
      );
      const ids = members.map(([, member]) => member.id);
      const found = await em.execute<{ id: string }[]>(
        `select m.id from member m where m.id in (${ids.map(() => '?').join(', ')}) and ${active.sql} ${readers.sql}`,
        [...ids, ...active.params, ...readers.params],
      );
      const expected = members
        .filter(([viewerName]) => viewerName !== 'lapsed' && sees(viewerName as (typeof VIEWERS)[number], row))
        .map(([, member]) => member.id);
      expect({ row: row.slug, ids: found.map((r) => r.id).sort() }).toEqual({
        row: row.slug,
        ids: [...new Set(expected)].sort(),
      });
    }
  });
});

describe('readableSearchFilter', () => {
  it('lets Meilisearch return exactly the readable rows for every viewer', async () => {
    const connection = createMeiliClient({
      url: inject('meiliUrl'),
      apiKey: inject('meiliMasterKey') || undefined,
    });
    const meili = connection.client;
    const uid = `test_${randomBytes(5).toString('hex')}_rule`;
    await meili.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    try {
      const index = meili.index(uid);
      await index
        .updateFilterableAttributes(['visibility', 'published', 'organisationId'])
        .waitTask({ timeout: 60_000 });
      const documents = f.rows.map((row) => ({
        id: row.id,
        visibility: row.visibility,
        published: row.published,
        organisationId: row.owner ? f.orgs[row.owner].id : null,
      }));
      await index.addDocuments(documents).waitTask({ timeout: 60_000 });
      for (const name of VIEWERS) {
        const filter = readableSearchFilter(viewers.get(name)!);
        const res = await index.search('', { filter: filter || undefined, limit: 1000, attributesToRetrieve: ['id'] });
        expect({ name, ids: res.hits.map((hit) => hit.id as string).sort() }).toEqual({ name, ids: want(name) });
      }
    } finally {
      await meili.deleteIndex(uid).waitTask({ timeout: 60_000 });
      await connection.close();
    }
  });
});
