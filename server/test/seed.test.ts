import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { Case } from '../src/modules/case/case.entity.js';
import { EvidenceRating } from '../src/modules/evidence/evidence-rating.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { seedContent } from '../src/seeding/seed.js';
import { Member } from '../src/modules/member/member.entity.js';
import { seedDemoIfEmpty } from '../src/seeding/seed-demo.js';
import { createTestDatabase, testLogger, type TestDatabase } from './helpers/database.js';
import { createTestClient } from './helpers/graphql.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

describe('the seeder', () => {
  it('loads the demo content once and changes nothing when run again', async () => {
    const first = await seedContent(db.orm.em, demoContent);
    expect(first.created).toBeGreaterThan(100);
    const em = db.orm.em.fork();
    const counts = async () => [await em.count(Case), await em.count(Method), await em.count(EvidenceRating)];
    const before = await counts();
    const second = await seedContent(db.orm.em, demoContent);
    expect(second.created).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('derives each method’s normalised strength from its ratings', async () => {
    const em = db.orm.em.fork();
    const methods = await em.find(Method, {}, { populate: ['ratings'] });
    const tfco = methods.find((m) => m.ratings.getItems().some((r) => r.strength === 'STRONG'))!;
    expect(tfco.evidenceStrength).toBe('STRONG');
    for (const m of methods.filter((x) => x.ratings.length === 0)) expect(m.evidenceStrength).toBe('NOT_RATED');
  });
});

describe('seeded ownership', () => {
  it('makes each case owned by the organisation it comes from, so organisation-only cases reach that organisation', async () => {
    const em = db.orm.em.fork();
    const cases = await em.find(Case, {});
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.owner?.id).toBe(c.organisation.id);
  });
});

describe('the demo on first start', () => {
  it('creates an editor and a member whose passwords are only in the accounts file, and they can sign in', async () => {
    const { chmod, mkdtemp, readFile, rm, stat } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const demo = await createTestDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-demo-'));
    await chmod(dir, 0o755);
    try {
      const file = path.join(dir, 'demo-accounts.txt');
      await seedDemoIfEmpty(demo.orm.em, testLogger, file);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const accounts = (await readFile(file, 'utf8')).split('\n').filter((line) => line && !line.startsWith('#'));
      expect(accounts.map((line) => line.split('\t')[0])).toEqual(['EDITOR', 'MEMBER']);
      const client = await createTestClient(demo);
      for (const line of accounts) {
        const [, email, password] = line.split('\t') as [string, string, string];
        const cookie = await client.signIn(email, password);
        const me = await client.query<{
          viewer: { activeMembership: boolean; member: { name: string; isExample: boolean } };
        }>('{ viewer { activeMembership member { name isExample } } }', {}, { cookie });
        expect(me.data!.viewer.activeMembership).toBe(true);
        // A demo person's name is only a name; the Demo badge (isExample) says they are fictional.
        expect(me.data!.viewer.member).toMatchObject({ isExample: true, name: expect.not.stringMatching(/eksempel/i) });
      }
      await client.app.close();
      await seedDemoIfEmpty(demo.orm.em, testLogger, file); // a second start changes nothing
      expect(await demo.orm.em.fork().count(Member)).toBe(2);
    } finally {
      await demo.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
