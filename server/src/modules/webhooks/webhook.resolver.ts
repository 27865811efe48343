import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionArgs, connectionType, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { encodeGlobalId } from '../../graphql/global-id.js';
import { UserError, withUserErrors } from '../../graphql/payload.js';
import { selects } from '../../graphql/selection.js';
import { authorize } from '../auth/auth.policy.js';
import { DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent } from './webhook.entities.js';
import { createWebhook, deleteWebhook, loadWebhook, redeliver, visibleWebhooksWhere } from './webhook.commands.js';

export const WebhookConnection = connectionType(Webhook, 'Webhook', 'A page of webhooks.');
export const WebhookDeliveryConnection = connectionType(WebhookDelivery, 'WebhookDelivery', 'A page of deliveries.');

@InputType({ description: 'A new webhook.' })
export class WebhookInput {
  @Field(() => String, { description: 'Where to POST events: http or https, a public address.' })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events to receive.' })
  events!: WebhookEvent[];

  @Field(() => ID, {
    nullable: true,
    description: 'The API token it belongs to, when signed in; with a token, the webhook belongs to that token.',
  })
  token?: string | null;
}

@ObjectType({ description: 'The new webhook and its signing secret (shown only now).' })
class CreateWebhookPayload {
  @Field(() => Webhook, { nullable: true, description: 'The webhook.' })
  webhook!: Webhook | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret to verify signatures with (docs/webhooks.md); it is not shown again.',
  })
  secret!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of deleting a webhook.' })
class DeleteWebhookPayload {
  @Field(() => ID, { nullable: true, description: 'The deleted webhook’s ID.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The new delivery queued by a redelivery.' })
class RedeliverPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The new delivery (PENDING).' })
  delivery!: WebhookDelivery | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

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
