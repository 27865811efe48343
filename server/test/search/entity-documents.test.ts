import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../../seeds/demo/index.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Comment } from '../../src/modules/discussion/comment.entity.js';
import { Thread } from '../../src/modules/discussion/thread.entity.js';
import { EvidenceStrength } from '../../src/modules/evidence/evidence.enums.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { Organisation, OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import { seedContent } from '../../src/seeding/seed.js';
import { documentsOf } from '../../src/search/documents/index.js';
import { searchTypes, type SearchDocument } from '../../src/search/documents/shape.js';
import { danishLexicon, type DanishLexicon } from '../../src/search/lexicon.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import {
  createCase,
  createEvent,
  createEvidenceRating,
  createMethod,
  createOrganisation,
  createReport,
  createStudy,
  createTalk,
  createTopic,
  createWorkshop,
} from '../helpers/factories.js';
import { entityDocuments } from './entity-documents.js';

let db: TestDatabase;
let lexicon: DanishLexicon;

/** Rows that test every branch the builders take: drafts, restricted rows, missing relations, threads on all kinds. */
async function edgeCases(em: EntityManager): Promise<void> {
  const kommune = await createOrganisation(em, { slug: 'ed-kommune' });
  const ngo = await createOrganisation(em, { slug: 'ed-ngo', kind: OrganisationKind.NGO });
  ngo.city = 'Aarhus';
  ngo.description = 'Frivillige familierådgivere i Østjylland — skriv til råd@ngo.example';
  const parent = await createTopic(em, { slug: 'ed-anbringelse' });
  const child = await createTopic(em, { slug: 'ed-slægtsanbringelse', parent });
  const strong = await createMethod(em, { name: 'Familierådslagning', topics: [child] });
  strong.verdictStrength = EvidenceStrength.STRONG;
  strong.originalName = 'Family Group Conference';
  strong.origin = 'New Zealand';
  strong.ageMin = 4;
  strong.ageMax = null;
  const draftMethod = await createMethod(em, { published: false, visibility: Visibility.MEMBERS });
  draftMethod.verdictStrength = EvidenceStrength.PROMISING;
  await createCase(em, {
    organisation: kommune,
    title: 'Børn i slægtspleje får en fast kontaktperson',
    topics: [child, parent],
    methods: [strong, draftMethod],
  });
  await createCase(em, { organisation: ngo, published: false, visibility: Visibility.MEMBERS });
  await createCase(em, { organisation: ngo, visibility: Visibility.ORGANISATION, owner: ngo });
  await createStudy(em, { topics: [parent] });
  const study = await createStudy(em, { visibility: Visibility.ORGANISATION, owner: kommune });
  study.country = 'Danmark';
  study.authors = ['Søren Ågård', 'Mette Ø. Hansen'];
  const event = await createEvent(em, { topics: [child] });
  const talk = await createTalk(em, { event, topics: [parent] });
  talk.chapters = [{ startSeconds: 0, title: 'Indledning' }] as never;
  talk.transcript = [
    { startSeconds: 0, text: 'Velkommen til en snak om plejefamilier.' },
    { startSeconds: 30, text: 'Vi taler også om efterværn.' },
  ] as never;
  talk.speakers = [{ name: 'Åse Møller', title: 'Forsker', organisationId: null }] as never;
  talk.methods.add(strong);
  await createTalk(em, { event, published: false });
  const open = await createWorkshop(em, { event });
  open.facilitator = 'Jens Ærø';
  open.room = 'Lokale 2';
  const own = await createWorkshop(em, { event, visibility: Visibility.ORGANISATION, owner: ngo, published: false });
  await createReport(em, { topics: [child], visibility: Visibility.MEMBERS });
  const rating = await createEvidenceRating(em, { method: strong });
  const output = em.create(WorkshopOutput, {
    workshop: open,
    talk,
    organisation: kommune,
    insight: 'Vi vil prøve netværksmøder i skolerne\nAnden linje skal ikke med i titlen',
    nextStep: 'Aftale med skolelederne',
  });
  em.create(WorkshopOutput, {
    workshop: own,
    talk: null,
    organisation: ngo,
    insight: 'x'.repeat(120),
    nextStep: 'Kontakt os på hej@ngo.example',
  });
  await em.flush();
  const thread = (subjectType: string, subjectId: string, extra: Partial<Thread> = {}) =>
    em.create(Thread, {
      subjectType,
      subjectId,
      title: `Tråd om ${subjectType.toLowerCase()}: æblegrød`,
      participantKinds: [OrganisationKind.NGO, OrganisationKind.MUNICIPALITY],
      visibility: Visibility.MEMBERS,
      publishedAt: new Date('2026-04-01T08:00:00Z'),
      lastActivityAt: new Date('2026-05-02T09:30:00.123Z'),
      ...extra,
    });
  const [first] = await em.execute<{ id: string }[]>('select id from practice_case where organisation_id = ?', [
    kommune.id,
  ]);
  const onCase = thread('Case', first!.id);
  thread('Method', strong.id, {
    visibility: Visibility.PUBLIC,
    owner: em.getReference(Organisation, ngo.id, { wrapped: true }),
  });
  thread('Topic', child.id);
  thread('EvidenceRating', rating.id);
  thread('WorkshopOutput', output.id, { publishedAt: null });
  thread('Workshop', own.id, { visibility: Visibility.ORGANISATION });
  thread('Study', study.id);
  thread('Talk', talk.id);
  thread('Event', event.id);
  thread('Report', randomUUID()); // its subject is gone
  thread('Topic', randomUUID());
  const comment = (body: string, extra: Partial<Comment> = {}) =>
    em.create(Comment, { thread: onCase, body, bodyHtml: body, ...extra });
  comment('**Godt** spørgsmål, [@Anne](mention:abc) — se [linket](https://example.dk)');
  comment('Skjult', { hiddenAt: new Date() });
  comment('Slettet', { deletedAt: new Date() });
  comment('[@Kun en omtale](mention:def)');
  comment('- punkt et\n- punkt to\n\n```\nkode\n```');
  await em.flush();
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  await edgeCases(db.orm.em.fork());
  lexicon = await danishLexicon();
}, 180_000);
afterAll(async () => db?.drop());

async function allIds(type: string): Promise<string[]> {
  const table = {
    Case: 'practice_case',
    Method: 'method',
    Study: 'study',
    Talk: 'talk',
    Event: 'event',
    Workshop: 'workshop',
    Report: 'report',
    Organisation: 'organisation',
    Thread: 'thread',
    WorkshopOutput: 'workshop_output',
  }[type];
  const rows = await db.orm.em.fork().execute<{ id: string }[]>(`select id from ${table} order by id`);
  return rows.map((row) => row.id);
}

const byId = (docs: SearchDocument[]) =>
  [...docs].sort((a, b) => (a.id < b.id ? -1 : 1)).map((doc) => JSON.stringify(doc));

describe('search documents built from plain rows', () => {
  it.each(searchTypes())('are byte for byte what the entity path builds: %s', async (type) => {
    const ids = [...(await allIds(type)), randomUUID()];
    expect(ids.length).toBeGreaterThan(1);
    const fromRows = await documentsOf(db.orm.em.fork(), lexicon, type, ids);
    const fromEntities = await entityDocuments(db.orm.em.fork(), lexicon, type, ids);
    expect(fromRows).toHaveLength(ids.length - 1); // none for the id that does not exist
    expect(byId(fromRows)).toEqual(byId(fromEntities));
  });

  it('carry the read-rule fields of drafts, restricted rows and workshop outputs', async () => {
    const docs = await documentsOf(db.orm.em.fork(), lexicon, 'WorkshopOutput', await allIds('WorkshopOutput'));
    const access = docs.map((d) => [d.visibility, d.published, d.organisationId !== null]).sort();
    // PUBLIC workshops' outputs are for members; the ORGANISATION draft keeps its owner and stays unpublished.
    expect(access).toEqual([
      [Visibility.MEMBERS, true, false],
      [Visibility.ORGANISATION, false, true],
    ]);
    const threads = await documentsOf(db.orm.em.fork(), lexicon, 'Thread', await allIds('Thread'));
    const orphan = threads.filter((d) => d.subjectType === 'Report');
    expect(orphan).toHaveLength(1);
    expect(orphan[0]).toMatchObject({ summary: '', dependsOn: [] });
    const onCase = threads.find((d) => d.subjectType === 'Case')!;
    expect(onCase.body).toContain('Godt spørgsmål');
    for (const hidden of ['Skjult', 'Slettet', 'Anne', 'Kun en omtale', 'https'])
      expect(onCase.body).not.toContain(hidden);
  });
});
