import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { ApiToken } from '../auth/auth.entities.js';
import { authorize } from '../auth/auth.policy.js';
import { newSecret } from '../auth/secrets.js';
import type { MemberViewer, Viewer } from '../auth/viewer.js';
import { parseInput } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { webhookOptions } from './config.js';
import { urlProblem } from './ssrf.js';
import { DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent } from './webhook.entities.js';
import { loadWebhook, subjectOf, visibleWebhooksWhere } from './webhook.queries.js';

const MAX_WEBHOOKS_PER_TOKEN = 10;

const createSchema = z.object({
  url: z
    .string()
    .trim()
    .max(1000, 'Must be at most 1000 characters.')
    .superRefine((value, ctx) => {
      const problem = urlProblem(value, webhookOptions());
      if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { code: 'UNSAFE_URL' } });
    }),
  events: z.array(z.nativeEnum(WebhookEvent)).min(1, 'Choose at least one event.').max(3),
});

/** The token a new webhook belongs to: the one making the request, or (signed in) one of the viewer's own tokens. */
async function owningToken(
  em: EntityManager,
  viewer: MemberViewer,
  token: string | null | undefined,
): Promise<ApiToken> {
  const id =
    viewer.via.kind === 'token' ? viewer.via.tokenId : token ? decodeGlobalId(token, ['ApiToken'], 'token').id : null;
  if (!id) throw UserInputProblem.of('token', 'Name the API token the webhook belongs to.', 'REQUIRED');
  const row = await em.findOne(ApiToken, { id, member: viewer.memberId, revokedAt: null });
  if (!row || (row.expiresAt && row.expiresAt < new Date())) {
    throw UserInputProblem.of('token', 'No active API token of yours with this ID.', 'NOT_FOUND');
  }
  return row;
}

/** Creates a webhook for a token; the signing secret is returned once. */
export async function createWebhook(props: {
  em: EntityManager;
  viewer: Viewer;
  input: { url: string; events: WebhookEvent[]; token?: string | null };
}): Promise<{ webhook: Webhook; secret: string }> {
  const { em, viewer } = props;
  authorize(viewer, 'webhook.manage', { memberId: viewer.kind === 'member' ? viewer.memberId : undefined });
  const input = parseInput(createSchema, { url: props.input.url, events: props.input.events });
  const token = await owningToken(em, viewer, props.input.token);
  if ((await em.count(Webhook, { token })) >= MAX_WEBHOOKS_PER_TOKEN) {
    throw UserInputProblem.of('input.url', `A token may have at most ${MAX_WEBHOOKS_PER_TOKEN} webhooks.`, 'INVALID');
  }
  const secret = newSecret('vbwh');
  const webhook = em.create(Webhook, {
    token,
    member: em.getReference(Member, viewer.memberId),
    organisation: em.getReference(Organisation, viewer.organisationId),
    url: input.url,
    secret,
    events: [...new Set(input.events)],
  });
  await em.flush();
  return { webhook, secret };
}

export async function deleteWebhook(props: { em: EntityManager; viewer: Viewer; id: string }): Promise<string> {
  const row = await loadWebhook(props.em, props.viewer, props.id);
  authorize(props.viewer, 'webhook.manage', subjectOf(row));
  await props.em.remove(row).flush();
  return props.id;
}

/** Queues a delivery again as a new delivery (the old one stays in the log); it is checked and signed anew. */
export async function redeliver(props: { em: EntityManager; viewer: Viewer; id: string }): Promise<WebhookDelivery> {
  const { em, viewer } = props;
  const { id } = decodeGlobalId(props.id, ['WebhookDelivery']);
  const old = await em.findOne(
    WebhookDelivery,
    { id, webhook: visibleWebhooksWhere(viewer) },
    { populate: ['webhook'] },
  );
  if (!old) throw UserInputProblem.of('id', 'No webhook delivery with this ID.', 'NOT_FOUND');
  authorize(viewer, 'webhook.manage', subjectOf(old.webhook.getEntity()));
  const copy = em.create(WebhookDelivery, {
    webhook: old.webhook,
    event: old.event,
    subjectType: old.subjectType,
    subjectId: old.subjectId,
    payload: old.payload,
    status: DeliveryStatus.PENDING,
    nextAttemptAt: new Date(),
  });
  await em.flush();
  return copy;
}
