import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { Report } from '../../src/modules/report/report.entity.js';
import { EventKind, type Event } from '../../src/modules/event/event.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'fr-org' });
  cookie = await sessionCookie(em, await createMember(em, { organisation, email: 'm@fr.example' }));
  const report = (slug: string, event: Event) =>
    em.create(Report, {
      slug,
      title: `Rapport ${slug}`,
      summary: 'Tendenser og cases.',
      body: 'Rapporten.',
      publishedOn: '2026-11-01',
      visibility: Visibility.PUBLIC,
      publishedAt: new Date(),
      event,
    });
  const spring = (await createEvent(em, { slug: 'fr-spring', startsInDays: -200 })).event;
  const autumn = (await createEvent(em, { slug: 'fr-autumn', startsInDays: -20 })).event;
  const network = (await createEvent(em, { slug: 'fr-network', startsInDays: -10 })).event;
  network.kind = EventKind.NETWORK_MEETING;
  const next = (await createEvent(em, { slug: 'fr-next', startsInDays: 150 })).event;
  report('fr-report-spring', spring);
  report('fr-report-autumn', autumn);
  report('fr-report-next', next);
  const output = (workshop: Awaited<ReturnType<typeof createWorkshop>>, insight: string, featured: boolean) =>
    em.create(WorkshopOutput, { workshop, organisation, insight, nextStep: 'Vi prøver det.', featured });
  const springWorkshop = await createWorkshop(em, spring, 'fr-ws-spring');
  const autumnWorkshop = await createWorkshop(em, autumn, 'fr-ws-autumn');
  output(springWorkshop, 'Forår: fremhævet', true);
  output(autumnWorkshop, 'Efterår: fremhævet', true);
  output(autumnWorkshop, 'Efterår: ikke fremhævet', false);
  output(await createWorkshop(em, network, 'fr-ws-network'), 'Netværk: fremhævet', true);
  await em.flush();
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

async function featured(slug: string, headers: Record<string, string> = { cookie }): Promise<string[]> {
  const res = await client.query<{ report: { featuredOutputs: { insight: string }[] } }>(
    'query($s: String!) { report(slug: $s) { featuredOutputs { insight } } }',
    { s: slug },
    headers,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.report.featuredOutputs.map((o) => o.insight).sort();
}

describe('Report.featuredOutputs', () => {
  it("shows what editors featured since the previous forum meeting in the next meeting's report", async () => {
    // The autumn forum meeting and the network meeting after it; not what was left unfeatured.
    expect(await featured('fr-report-next')).toEqual(['Efterår: fremhævet', 'Netværk: fremhævet']);
    expect(await featured('fr-report-autumn')).toEqual(['Forår: fremhævet']);
    expect(await featured('fr-report-spring')).toEqual([]); // no meeting before it
  });

  it('is for members: a guest reading a public report gets none', async () => {
    expect(await featured('fr-report-next', {})).toEqual([]);
  });

  it('reads outputs once for a whole page of reports, not once per report', async () => {
    db.queries.length = 0;
    const res = await client.query<{ reports: { nodes: { featuredOutputs: unknown[] }[] } }>(
      '{ reports(first: 10) { nodes { slug featuredOutputs { insight } } } }',
      {},
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reports.nodes.filter((r) => r.featuredOutputs.length > 0)).toHaveLength(2);
    expect(db.queries.filter((sql) => /from "workshop_output"/.test(sql))).toHaveLength(1);
    // The reports' meetings by ID, then the meetings before them: two reads of events for the page.
    expect(db.queries.filter((sql) => /from "event"/.test(sql)).length).toBeLessThanOrEqual(2);
  });
});
