import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { Case } from '../src/modules/case/case.entity.js';
import { EvidenceRating } from '../src/modules/evidence/evidence-rating.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { seedContent } from '../src/platform/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

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
