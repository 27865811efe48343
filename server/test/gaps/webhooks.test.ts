import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { ApiToken, TokenScope } from '../../src/modules/auth/auth.entities.js';
import { hashSecret, newSecret } from '../../src/modules/auth/secrets.js';
import type { Member } from '../../src/modules/member/member.entity.js';
import { OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import { backoffMs, deliverDue, type DeliveryOptions } from '../../src/modules/webhooks/deliver.js';
import { verify } from '../../src/modules/webhooks/sign.js';
import { configureWebhooks } from '../../src/modules/webhooks/config.js';
import { DeliveryStatus, WebhookDelivery } from '../../src/modules/webhooks/webhook.entities.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import * as f from './fixtures.js';
import { startReceiver } from './receiver.js';

let db: TestDatabase;
let client: TestClient;
let p: f.People;
let outsider: Member;
let write: Record<string, string>;
let read: Record<string, string>;
let outsiderToken: Record<string, string>;
let editorCookie: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let hookId: string;
let secret: string;

const options: DeliveryOptions = {
  allowLoopback: true,
  timeoutMs: 2000,
  maxResponseBytes: 1024,
  maxAttempts: 3,
  retryBaseMs: 300,
};

async function tokenFor(member: Member, scopes: TokenScope[]): Promise<Record<string, string>> {
  const em = db.orm.em.fork();
  const value = newSecret('vbt');
  em.create(ApiToken, {
    member,
    name: `hook ${scopes.join('+')}`,
    prefix: value.slice(0, 9),
    secretHash: hashSecret(value),
    scopes,
    lastUsedAt: new Date(Date.now() + 3_600_000),
  });
  await em.flush();
  return { authorization: `Bearer ${value}` };
}

const CREATE = `mutation($i: WebhookInput!) { createWebhook(input: $i) { webhook { id url events } secret userErrors { field code message } } }`;
type Created = {
  createWebhook: { webhook: { id: string } | null; secret: string | null; userErrors: { code: string }[] };
};

const DELIVERIES = `query($id: ID!) { webhook(id: $id) { deliveries(first: 20) { totalCount nodes { id event status attempts responseCode lastError } } } }`;
type Log = {
  webhook: {
    deliveries: {
      totalCount: number;
      nodes: {
        id: string;
        event: string;
        status: string;
        attempts: number;
        responseCode: number | null;
        lastError: string | null;
      }[];
    };
  } | null;
};

async function log(headers = write) {
  const res = await client.query<Log>(DELIVERIES, { id: hookId }, headers);
  expect(res.errors).toBeUndefined();
  return res.data!.webhook;
}

async function publishNewMethod(name: string, visibility = f.Visibility.PUBLIC, owner?: f.People['municipality']) {
  const em = db.orm.em.fork();
  const m = f.method(em, { name, visibility, owner });
  m.publishedAt = null;
  await em.flush();
  const res = await client.query(
    'mutation($id: ID!) { publish(id: $id) { userErrors { message } } }',
    { id: encodeGlobalId('Method', m.id) },
    { cookie: editorCookie },
  );
  expect(res.errors).toBeUndefined();
  return m;
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db, { WEBHOOK_ALLOW_LOOPBACK: true });
  const em = db.orm.em.fork();
  p = await f.people(em, 'hook');
  outsider = await createMember(em, {
    organisation: await createOrganisation(em, { slug: 'hook-ngo', kind: OrganisationKind.NGO }),
  });
  write = await tokenFor(p.member, [TokenScope.READ, TokenScope.WRITE]);
  read = await tokenFor(p.member, [TokenScope.READ]);
  outsiderToken = await tokenFor(outsider, [TokenScope.READ, TokenScope.WRITE]);
  editorCookie = await client.signIn(p.editor.email, PASSWORD);
  receiver = await startReceiver();
});
afterAll(async () => {
  configureWebhooks({ allowLoopback: false });
  await receiver.close();
  await client.app.close();
  await db.drop();
});
beforeEach(async () => {
  // Each test starts with an empty queue.
  await db.orm.em.fork().nativeDelete(WebhookDelivery, {});
  receiver.received.length = 0;
  receiver.answerWith([200]);
});

describe('managing webhooks', () => {
  it('creates a webhook with a WRITE token and shows its secret once', async () => {
    const res = await client.query<Created>(
      CREATE,
      { i: { url: receiver.url, events: ['PUBLISHED', 'RATING_CHANGED', 'COMMENT_ADDED'] } },
      write,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createWebhook.userErrors).toEqual([]);
    hookId = res.data!.createWebhook.webhook!.id;
    secret = res.data!.createWebhook.secret!;
    expect(secret).toMatch(/^vbwh_/);
    const list = await client.query<{ webhooks: { nodes: { id: string }[] } }>(
      '{ webhooks(first: 10) { nodes { id } } }',
      {},
      read,
    );
    expect(list.data!.webhooks.nodes.map((n) => n.id)).toEqual([hookId]);
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('refuses a READ token, anonymous callers, and other members', async () => {
    const refused = await client.query(CREATE, { i: { url: receiver.url, events: ['PUBLISHED'] } }, read);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await client.query(CREATE, { i: { url: receiver.url, events: ['PUBLISHED'] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await log(outsiderToken)).toBeNull();
    const del = await client.query<{ deleteWebhook: { userErrors: { code: string }[] } }>(
      'mutation($id: ID!) { deleteWebhook(id: $id) { deletedId userErrors { code } } }',
      { id: hookId },
      outsiderToken,
    );
    expect(del.data!.deleteWebhook.userErrors[0]!.code).toBe('NOT_FOUND');
  });

  it('refuses other schemes and private, loopback and link-local addresses unless loopback is allowed', async () => {
    configureWebhooks({ allowLoopback: false });
    try {
      for (const url of [
        'ftp://example.org/x',
        'file:///etc/passwd',
        'http://127.0.0.1:9/x',
        'http://localhost/x',
        'http://[::1]/x',
        'http://10.1.2.3/x',
        'http://169.254.169.254/latest/meta-data',
        'http://[::ffff:192.168.0.1]/x',
        'http://user:pw@example.org/',
      ]) {
        const res = await client.query<Created>(CREATE, { i: { url, events: ['PUBLISHED'] } }, write);
        expect(res.data!.createWebhook.userErrors[0]?.code, url).toBe('UNSAFE_URL');
      }
    } finally {
      configureWebhooks({ allowLoopback: true });
    }
  });
});

describe('deliveries', () => {
  it('signs each delivery with HMAC-SHA256 over the timestamp and body, and logs it', async () => {
    await publishNewMethod('Webhook-metode');
    expect(await deliverDue(db.orm.em.fork(), options)).toBe(1);
    const [request] = receiver.received;
    const header = request!.headers['x-vidensbro-signature'] as string;
    expect(verify(secret, request!.body, header)).toBe(true);
    expect(verify(secret, request!.body.replace('Method', 'Metode'), header)).toBe(false);
    expect(verify('wrong', request!.body, header)).toBe(false);
    expect(verify(secret, request!.body, header, { now: Math.floor(Date.now() / 1000) + 3600 })).toBe(false);
    expect(JSON.parse(request!.body)).toMatchObject({ event: 'PUBLISHED', type: 'Method' });
    const [entry] = (await log())!.deliveries.nodes;
    expect(entry).toMatchObject({ event: 'PUBLISHED', status: 'DELIVERED', attempts: 1, responseCode: 200 });
  });

  it('retries a failing receiver with exponential backoff, then gives up, and redelivers on request', async () => {
    expect([1, 2, 3].map((n) => backoffMs(n, 300))).toEqual([300, 600, 1200]);
    receiver.answerWith([500]);
    await publishNewMethod('Fejlende modtager');
    expect(await deliverDue(db.orm.em.fork(), options)).toBe(1);
    let [entry] = (await log())!.deliveries.nodes;
    expect(entry).toMatchObject({ status: 'PENDING', attempts: 1, responseCode: 500 });
    // Not due again before the backoff has passed.
    expect(await deliverDue(db.orm.em.fork(), options)).toBe(0);
    const row = await db.orm.em.fork().findOneOrFail(WebhookDelivery, { status: DeliveryStatus.PENDING });
    const wait = row.nextAttemptAt!.getTime() - row.lastAttemptAt!.getTime();
    expect(wait).toBeGreaterThanOrEqual(250);
    expect(wait).toBeLessThan(1000);
    for (let attempt = 2; attempt <= 3; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt - 1, 300) + 50));
      expect(await deliverDue(db.orm.em.fork(), options)).toBe(1);
    }
    [entry] = (await log())!.deliveries.nodes;
    expect(entry).toMatchObject({ status: 'FAILED', attempts: 3, responseCode: 500 });
    expect(receiver.received).toHaveLength(3);

    receiver.answerWith([200]);
    const again = await client.query<{ redeliverWebhookDelivery: { delivery: { status: string } } }>(
      'mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { delivery { status } userErrors { code } } }',
      { id: entry!.id },
      write,
    );
    expect(again.data!.redeliverWebhookDelivery.delivery.status).toBe('PENDING');
    expect(await deliverDue(db.orm.em.fork(), options)).toBe(1);
    const nodes = (await log())!.deliveries.nodes;
    expect(nodes.map((n) => n.status).sort()).toEqual(['DELIVERED', 'FAILED']);
    const refused = await client.query(
      'mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { userErrors { code } } }',
      { id: entry!.id },
      read,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to connect to loopback at delivery time unless allowed', async () => {
    await publishNewMethod('Loopback');
    expect(await deliverDue(db.orm.em.fork(), { ...options, allowLoopback: false })).toBe(1);
    const [entry] = (await log())!.deliveries.nodes;
    expect(entry).toMatchObject({ status: 'PENDING', attempts: 1, responseCode: null });
    expect(entry!.lastError).toMatch(/Refused/);
    expect(receiver.received).toHaveLength(0);
  });

  it('tells a webhook only what its token may read, then and at delivery', async () => {
    // Another organisation's own method: never queued for this token.
    const other = await createOrganisation(db.orm.em.fork(), { slug: 'hook-other' });
    await publishNewMethod('Andres metode', f.Visibility.ORGANISATION, other);
    expect((await log())!.deliveries.totalCount).toBe(0);
    // Readable when queued, narrowed before it is sent: skipped, never sent.
    const m = await publishNewMethod('Indsnævret');
    const em = db.orm.em.fork();
    await em.nativeUpdate('Method', { id: m.id }, { visibility: f.Visibility.ORGANISATION, owner: other.id });
    expect(await deliverDue(db.orm.em.fork(), options)).toBe(1);
    expect((await log())!.deliveries.nodes[0]).toMatchObject({ status: 'SKIPPED', attempts: 0 });
    expect(receiver.received).toHaveLength(0);
  });

  it('delivers rating changes with the old and new grade', async () => {
    const em = db.orm.em.fork();
    const m = f.method(em, { name: 'Vurderes' });
    await em.flush();
    await db.orm.em.fork().nativeDelete(WebhookDelivery, {});
    const res = await client.query(
      'mutation($m: ID!, $i: EvidenceRatingInput!) { createEvidenceRating(method: $m, input: $i) { userErrors { message } } }',
      { m: encodeGlobalId('Method', m.id), i: { scheme: 'CEBC', value: '2', ratedOn: '2026-01-01', source: 'CEBC' } },
      { cookie: editorCookie },
    );
    expect(res.errors).toBeUndefined();
    expect(await deliverDue(db.orm.em.fork(), options)).toBe(1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
      event: 'RATING_CHANGED',
      oldGrade: null,
      newGrade: '2',
      source: 'CEBC',
    });
  });
});
