import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { csvCell } from '../../src/modules/registration/csv.js';
import { foldLine } from '../../src/modules/registration/ical.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let cookies: Record<'member' | 'editor' | 'formula', string>;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'dl-kommune' });
  const member = await createMember(em, { organisation: org, name: 'Ane "Ærlig" Bøgh', email: 'ane@dl.example' });
  const editor = await createMember(em, { organisation: org, role: MemberRole.EDITOR, email: 'ed@dl.example' });
  const formula = await createMember(em, {
    organisation: org,
    name: '=HYPERLINK("http://evil")',
    email: 'f@dl.example',
  });
  cookies = {
    member: await sessionCookie(em, member),
    editor: await sessionCookie(em, editor),
    formula: await sessionCookie(em, formula),
  };
  await createEvent(em, { slug: 'aabent-moede', visibility: Visibility.PUBLIC, title: 'Åbent møde; alle, velkommen' });
  const { id } = await createEvent(em, { slug: 'medlemsmoede' });
  client = await createTestClient(db);
  for (const cookie of [cookies.member, cookies.formula]) {
    await client.query(
      'mutation($e: ID!) { registerForEvent(eventId: $e) { userErrors { code } } }',
      { e: id },
      { cookie },
    );
  }
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const get = (url: string, cookie?: string) =>
  client.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('calendar file', () => {
  it('serves a valid iCalendar event with escaped text, to whoever may read the event', async () => {
    const res = await get('/events/aabent-moede.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const body = res.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body).toContain('SUMMARY:Åbent møde\\; alle\\, velkommen\r\n');
    expect(body).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
    expect(body).toContain('LOCATION:Musikhuset\\, Aarhus');
    expect(body.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const calendarUrl = await client.query<{ event: { calendarUrl: string } }>(
      'query { event(slug: "aabent-moede") { calendarUrl } }',
    );
    expect(calendarUrl.data?.event.calendarUrl).toBe('/events/aabent-moede.ics');
  });

  it('hides members-only events from the public, and folds long lines without splitting characters', async () => {
    expect((await get('/events/medlemsmoede.ics')).statusCode).toBe(404);
    expect((await get('/events/medlemsmoede.ics', cookies.member)).statusCode).toBe(200);
    const folded = foldLine(`DESCRIPTION:${'æ'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'æ'.repeat(100)}`);
  });
});

describe('attendee export', () => {
  it('is only for organisers: 401 for the public, 403 for members', async () => {
    expect((await get('/events/medlemsmoede/attendees.csv')).statusCode).toBe(401);
    expect((await get('/events/medlemsmoede/attendees.csv', cookies.member)).statusCode).toBe(403);
  });

  it('quotes every cell and defuses spreadsheet formulas', async () => {
    const res = await get('/events/medlemsmoede/attendees.csv', cookies.editor);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Name","Organisation","Organisation kind","Status","Registered at","Confirmed at","Cancelled at"',
    );
    expect(lines[1]).toMatch(/^"Ane ""Ærlig"" Bøgh","Test dl-kommune","MUNICIPALITY","CONFIRMED",/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",/);
    expect(lines).toHaveLength(3);
  });

  it('escapes every dangerous first character', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'ok', 'a,b'].map(csvCell)).toEqual([
      `"'=1+1"`,
      `"'+1"`,
      `"'-1"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      '"ok"',
      '"a,b"',
    ]);
  });
});
