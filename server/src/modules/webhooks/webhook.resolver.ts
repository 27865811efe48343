import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { encodeGlobalId } from '../../graphql/global-id.js';
import { withUserErrors } from '../../graphql/payload.js';
import { selects } from '../../graphql/selection.js';
import { authorize } from '../auth/auth.policy.js';
import { createWebhook, deleteWebhook, redeliver } from './webhook.commands.js';
import { DeliveryStatus, Webhook, WebhookDelivery } from './webhook.entities.js';
import { WebhookInput } from './webhook.inputs.js';
import { loadWebhook, visibleWebhooksWhere } from './webhook.queries.js';
import {
  CreateWebhookPayload,
  DeleteWebhookPayload,
  RedeliverPayload,
  WebhookConnection,
  WebhookDeliveryConnection,
} from './webhook.types.js';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => WebhookConnection, {
    description: 'Your webhooks (an organisation’s admin also sees the organisation’s), newest first.',
  })
  webhooks(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorize(ctx.viewer, 'account.self');
    const where = visibleWebhooksWhere(ctx.viewer);
    return paginate(ctx.em, Webhook, where, { createdAt: 'desc', id: 'desc' }, args, selects(info, 'totalCount'));
  }

  @FieldResolver(() => ID, { description: 'The webhook’s ID.' })
  id(@Root() root: Webhook): string {
    return encodeGlobalId('Webhook', root.id);
  }

  @FieldResolver(() => ID, { description: 'The API token it belongs to.' })
  tokenId(@Root() root: Webhook): string {
    return encodeGlobalId('ApiToken', root.token.id);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first: the delivery log.' })
  deliveries(
    @Root() root: Webhook,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
    status: DeliveryStatus | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    authorize(ctx.viewer, 'webhook.read', { memberId: root.member.id, organisationId: root.organisation.id });
    const where = { webhook: root.id, ...(status ? { status } : {}) };
    return paginate(
      ctx.em,
      WebhookDelivery,
      where,
      { createdAt: 'desc', id: 'desc' },
      args,
      selects(info, 'totalCount'),
    );
  }

  @Mutation(() => CreateWebhookPayload, {
    description:
      'Creates a signed webhook for an API token (WRITE scope): it receives the chosen events about what the ' +
      'token’s member may read.',
  })
  createWebhook(
    @Arg('input', () => WebhookInput, { description: 'The webhook.' }) input: WebhookInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(() => createWebhook({ em: ctx.em, viewer: ctx.viewer, input }));
  }

  @Mutation(() => DeleteWebhookPayload, { description: 'Deletes a webhook and its delivery log.' })
  deleteWebhook(@Arg('id', () => ID, { description: 'The webhook.' }) id: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({ deletedId: await deleteWebhook({ em: ctx.em, viewer: ctx.viewer, id }) }));
  }

  @Mutation(() => RedeliverPayload, { description: 'Sends a delivery again, as a new delivery in the log.' })
  redeliverWebhookDelivery(
    @Arg('id', () => ID, { description: 'The delivery to send again.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({ delivery: await redeliver({ em: ctx.em, viewer: ctx.viewer, id }) }));
  }

  @Query(() => Webhook, { nullable: true, description: 'One of your webhooks by ID.' })
  async webhook(@Arg('id', () => ID, { description: 'The webhook’s ID.' }) id: string, @Ctx() ctx: Context) {
    authorize(ctx.viewer, 'account.self');
    return loadWebhook(ctx.em, ctx.viewer, id).catch(() => null);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID, { description: 'The delivery’s ID (to redeliver it).' })
  id(@Root() root: WebhookDelivery): string {
    return encodeGlobalId('WebhookDelivery', root.id);
  }

  @FieldResolver(() => String, { description: 'The JSON body that is sent (without its `deliveryId`).' })
  payload(@Root() root: WebhookDelivery): string {
    return JSON.stringify(root.payload);
  }
}
