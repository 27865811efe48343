import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken, TokenScope } from '../src/modules/auth/auth.entities.js';
import { hashSecret, newSecret } from '../src/modules/auth/secrets.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { Event } from '../src/modules/event/event.entity.js';
import { MediaFile } from '../src/modules/media/media-file.entity.js';
import { MemberRole, type Member } from '../src/modules/member/member.entity.js';
import { Talk } from '../src/modules/talk/talk.entity.js';
import { eventFields } from './helpers/authorization-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * Talk video end to end through the real HTTP stack: resumable tus uploads (who may, limits, type sniffing),
 * attaching an upload or a link, and playback, captions and chapters under the talk's read rule.
 */
let db: TestDatabase;
let client: TestClient;
let mediaDir: string;
const as: Record<'editor' | 'otherEditor' | 'member' | 'readToken' | 'guest', Record<string, string>> = {
  editor: {},
  otherEditor: {},
  member: {},
  readToken: {},
  guest: {},
};
const ids: Record<string, string> = {};
const MAX_BYTES = 400_000;
const video = await readFile(new URL('../../seeds/demo/media/overgange-uden-brud.mp4', import.meta.url));
const TUS = { 'tus-resumable': '1.0.0' };

async function tokenFor(member: Member, scopes: TokenScope[]) {
  const em = db.orm.em.fork();
  const secret = newSecret('vbt');
  em.create(ApiToken, {
    member,
    name: 'media',
    prefix: secret.slice(0, 9),
    secretHash: hashSecret(secret),
    scopes,
    lastUsedAt: new Date(Date.now() + 3_600_000),
  });
  await em.flush();
  return { authorization: `Bearer ${secret}` };
}

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(tmpdir(), 'vb-media-'));
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'media-org' });
  const editor = await createMember(em, { organisation: org, role: MemberRole.EDITOR });
  await createMember(em, { organisation: org, role: MemberRole.EDITOR, email: 'other-editor@media.example' });
  await createMember(em, { organisation: org, email: 'member@media.example' });
  const at = new Date('2026-10-08T09:00:00Z');
  const event = em.create(Event, { ...eventFields('media-event'), publishedAt: at });
  const talk = (slug: string, visibility: Visibility, published = true) =>
    em.create(Talk, {
      slug,
      visibility,
      publishedAt: published ? at : null,
      event,
      title: slug,
      summary: 's',
      durationSeconds: 1620,
      startsAt: at,
      chapters: [
        { startSeconds: 0, title: 'Start' },
        { startSeconds: 180, title: 'Hvornår <bryder> det?' },
      ],
      transcript: [
        { startSeconds: 0, text: 'Godmorgen og velkommen.' },
        { startSeconds: 45, text: 'De fleste sammenbrud sker tidligt.' },
      ],
    });
  const rows = {
    open: talk('media-open', Visibility.PUBLIC),
    members: talk('media-members', Visibility.MEMBERS),
    draft: talk('media-draft', Visibility.PUBLIC, false),
  };
  await em.flush();
  for (const [key, row] of Object.entries(rows)) ids[key] = row.nodeId;
  client = await createTestClient(db, { MEDIA_DIR: mediaDir, MEDIA_MAX_UPLOAD_BYTES: MAX_BYTES });
  as.editor = { cookie: await client.signIn(editor.email, PASSWORD) };
  as.otherEditor = { cookie: await client.signIn('other-editor@media.example', PASSWORD) };
  as.member = { cookie: await client.signIn('member@media.example', PASSWORD) };
  as.readToken = await tokenFor(editor, [TokenScope.READ]);
});
afterAll(async () => {
  await client?.app.close();
  await db?.drop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

const metadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

async function create(headers: Record<string, string>, length: number, type = 'video/mp4') {
  return client.app.inject({
    method: 'POST',
    url: '/media/uploads',
    headers: { ...TUS, ...headers, 'upload-length': String(length), 'upload-metadata': metadata({ filetype: type }) },
  });
}

function patch(headers: Record<string, string>, location: string, offset: number, body: Buffer) {
  return client.app.inject({
    method: 'PATCH',
    url: location,
    headers: {
      ...TUS,
      ...headers,
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    payload: body,
  });
}

/** Uploads `bytes` in two PATCH requests, reading the offset back with HEAD in between (a resumed upload). */
async function upload(headers: Record<string, string>, bytes: Buffer, type?: string) {
  const created = await create(headers, bytes.length, type);
  expect(created.statusCode).toBe(201);
  const location = created.headers.location!;
  const half = Math.floor(bytes.length / 2);
  expect((await patch(headers, location, 0, bytes.subarray(0, half))).statusCode).toBe(204);
  const probe = await client.app.inject({ method: 'HEAD', url: location, headers: { ...TUS, ...headers } });
  expect(probe.headers['upload-offset']).toBe(String(half));
  const last = await patch(headers, location, half, bytes.subarray(half));
  return { id: location.split('/').pop()!, location, last };
}

async function attach(talk: string, input: Record<string, unknown>, headers = as.editor) {
  const res = await client.query<{
    updateTalk: {
      talk: { video: { kind: string; src: string; contentType: string | null; provider: string | null } | null } | null;
      userErrors: { field: string; code: string; message: string }[];
    };
  }>(
    `mutation($id: ID!, $input: TalkInput!) { updateTalk(id: $id, input: $input) {
      talk { video { kind src contentType provider } } userErrors { field code message } } }`,
    { id: talk, input },
    headers,
  );
  return res.data!.updateTalk;
}

const get = (url: string, headers: Record<string, string> = {}) => client.app.inject({ method: 'GET', url, headers });

describe('resumable uploads', () => {
  it('takes a video in chunks, resumes from the offset, and plays it with Range once attached', async () => {
    const { id, last } = await upload(as.editor, video);
    expect(last.statusCode).toBe(204);
    const row = await db.orm.em.fork().findOne(MediaFile, { key: id });
    expect(row?.contentType).toBe('video/mp4');

    const attached = await attach(ids.open!, { videoUpload: id });
    expect(attached.userErrors).toEqual([]);
    expect(attached.talk?.video).toEqual({
      kind: 'FILE',
      src: '/media/talks/media-open/video',
      contentType: 'video/mp4',
      provider: null,
    });

    const part = await get('/media/talks/media-open/video', { range: 'bytes=100-1099' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-1099/${video.length}`);
    expect(part.headers['content-type']).toBe('video/mp4');
    expect(part.rawPayload.equals(video.subarray(100, 1100))).toBe(true);
    const whole = await get('/media/talks/media-open/video');
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.equals(video)).toBe(true);
    const beyond = await get('/media/talks/media-open/video', { range: `bytes=${video.length + 10}-` });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${video.length}`);
  });

  it('refuses a file whose bytes are not MP4 or WebM, whatever it declares, and keeps nothing of it', async () => {
    const page = Buffer.from(`<!doctype html><title>x</title>${'<p>not a video</p>'.repeat(400)}`);
    const { id, last } = await upload(as.editor, page, 'video/mp4');
    expect(last.statusCode).toBe(415);
    expect(await db.orm.em.fork().findOne(MediaFile, { key: id })).toBeNull();
    expect((await readdir(mediaDir)).filter((name) => name.startsWith(id))).toEqual([]);
    expect((await attach(ids.open!, { videoUpload: id })).userErrors[0]?.code).toBe('NOT_FOUND');
  });

  it('refuses a declared non-video type and a size over MEDIA_MAX_UPLOAD_BYTES before any byte is sent', async () => {
    expect((await create(as.editor, 1000, 'text/html')).statusCode).toBe(415);
    expect((await create(as.editor, MAX_BYTES + 1)).statusCode).toBe(413);
  });

  it('is for editors with write access only, and each upload only for its uploader', async () => {
    expect((await create({}, 1000)).statusCode).toBe(401);
    expect((await create(as.member, 1000)).statusCode).toBe(403);
    const scoped = await create(as.readToken, 1000);
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json()).toMatchObject({ code: 'FORBIDDEN' });

    const created = await create(as.editor, video.length);
    const location = created.headers.location!;
    const probe = await client.app.inject({ method: 'HEAD', url: location, headers: { ...TUS, ...as.otherEditor } });
    expect(probe.statusCode).toBe(404);
    expect((await patch(as.otherEditor, location, 0, video.subarray(0, 10))).statusCode).toBe(404);
    const { id } = await upload(as.editor, video);
    expect((await attach(ids.members!, { videoUpload: id }, as.otherEditor)).userErrors[0]?.code).toBe('NOT_FOUND');
    // Nothing serves the upload by its id: the only way to its bytes is a talk's read rule.
    expect((await get(`/media/uploads/${id}`, as.editor)).statusCode).toBe(404);
  });
});

describe('the read rule on media', () => {
  it('serves a members-only or draft talk’s video, captions and chapters only to those who may read it', async () => {
    const { id } = await upload(as.editor, video);
    expect((await attach(ids.members!, { videoUpload: id })).userErrors).toEqual([]);
    expect((await attach(ids.draft!, { videoUpload: id })).userErrors).toEqual([]);
    for (const file of ['video', 'captions.vtt', 'chapters.vtt']) {
      expect((await get(`/media/talks/media-members/${file}`)).statusCode).toBe(404);
      expect((await get(`/media/talks/media-members/${file}`, as.member)).statusCode).toBe(200);
      expect((await get(`/media/talks/media-draft/${file}`, as.member)).statusCode).toBe(404);
      expect((await get(`/media/talks/media-draft/${file}`, as.editor)).statusCode).toBe(200);
    }
    const members = await get('/media/talks/media-members/video', as.member);
    expect(members.headers['cache-control']).toMatch(/^private/);
  });

  it('serves a members-only talk’s media to a guest holding its share link, and only for that talk', async () => {
    const { id } = await upload(as.editor, video);
    expect((await attach(ids.members!, { videoUpload: id })).userErrors).toEqual([]);
    const shared = await client.query<{ createShareLink: { secret: string | null } }>(
      'mutation($item: ID!) { createShareLink(input: { itemId: $item }) { secret } }',
      { item: ids.members },
      as.member,
    );
    const secret = shared.data!.createShareLink.secret!;
    expect(secret).toMatch(/^vbl_/);
    const query = `?share=${encodeURIComponent(secret)}`;
    expect((await get(`/media/talks/media-members/video${query}`, { range: 'bytes=0-9' })).statusCode).toBe(206);
    expect((await get(`/media/talks/media-members/captions.vtt${query}`)).statusCode).toBe(200);
    // The secret opens its own talk only, and a made-up one opens nothing.
    expect((await get(`/media/talks/media-draft/video${query}`)).statusCode).toBe(404);
    expect((await get(`/media/talks/media-members/video?share=vbl_${'x'.repeat(43)}`)).statusCode).toBe(404);
  });

  it('builds captions and chapters as WebVTT from the transcript', async () => {
    const captions = await get('/media/talks/media-open/captions.vtt');
    expect(captions.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(captions.body).toBe(
      'WEBVTT\n\n00:00:00.000 --> 00:00:45.000\nGodmorgen og velkommen.\n\n' +
        '00:00:45.000 --> 00:27:00.000\nDe fleste sammenbrud sker tidligt.\n',
    );
    const chapters = await get('/media/talks/media-open/chapters.vtt');
    expect(chapters.body).toContain('00:03:00.000 --> 00:27:00.000\nHvornår &lt;bryder&gt; det?');
    expect((await get('/media/talks/no-such-talk/captions.vtt')).statusCode).toBe(404);
  });
});

describe('links to video hosts', () => {
  it('embeds a known host privately and refuses other links with a coded input error', async () => {
    const youtube = await attach(ids.open!, { videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
    expect(youtube.userErrors).toEqual([]);
    expect(youtube.talk?.video).toMatchObject({
      kind: 'EMBED',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      provider: 'YouTube',
    });
    // A link replaces the uploaded file: nothing plays from /media any more.
    expect((await get('/media/talks/media-open/video')).statusCode).toBe(404);
    for (const videoUrl of ['https://evil.example/video.mp4', '/media/demo/x.mp4', 'javascript:alert(1)']) {
      const refused = await attach(ids.open!, { videoUrl });
      expect(refused.userErrors).toEqual([expect.objectContaining({ field: 'input.videoUrl', code: 'INVALID' })]);
    }
    const both = await attach(ids.open!, { videoUrl: 'https://vimeo.com/76979871', videoUpload: 'abcdefgh12' });
    expect(both.userErrors[0]?.field).toBe('input.videoUpload');
  });

  it('lets the page frame exactly the embed hosts, and play media only from this site', async () => {
    const csp = (await get('/media/talks/media-open/captions.vtt')).headers['content-security-policy'] as string;
    expect(csp).toContain(
      'frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://*.23video.com https://dreambroker.com https://cdnapisec.kaltura.com',
    );
    expect(csp).toContain("media-src 'self'");
  });
});
