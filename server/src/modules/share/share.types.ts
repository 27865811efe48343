import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/payload.js';
import { ShareLink } from './share.entity.js';

@ObjectType({ description: 'A new share link. Copy the secret now: it is never shown again.' })
export class CreateShareLinkPayload {
  @Field(() => ShareLink, { nullable: true, description: 'The link.' })
  shareLink?: ShareLink | null;

  @Field(() => String, { nullable: true, description: 'The secret; open it with `sharedItem(secret:)`.' })
  secret?: string | null;

  @Field(() => String, { nullable: true, description: 'The path to give people: /shared/{secret} on this site.' })
  path?: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
@ObjectType({ description: 'The share link after the change.' })
export class ShareLinkPayload {
  @Field(() => ShareLink, { nullable: true, description: 'The link.' })
  shareLink?: ShareLink | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
