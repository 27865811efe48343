import { Entity, Enum, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Member, MemberRole } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** A signed-in browser. The cookie holds a random secret; only its SHA-256 is stored. */
@Entity()
export class Session extends BaseEntity {
  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSeenAt: Opt<Date> = new Date();
}

export enum TokenScope {
  READ = 'READ',
  WRITE = 'WRITE',
}
registerEnumType(TokenScope, {
  name: 'TokenScope',
  description: 'What an API token may be used for.',
  valuesConfig: {
    READ: { description: 'Read everything its member may read.' },
    WRITE: { description: 'Also change what its member may change.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A personal API token for integrations. The secret is shown once, when created.',
})
@Entity()
export class ApiToken extends BaseEntity {
  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;

  @Field(() => String, { description: 'A name that says what the token is for.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'The first characters of the token, to recognise it (e.g. "vbt_3kf9").' })
  @Property({ type: 'string', length: 20 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Field(() => [TokenScope], { description: 'What the token may be used for.' })
  @Enum({ items: () => TokenScope, array: true })
  scopes!: TokenScope[];

  @Field(() => Date, { nullable: true, description: 'When the token was last used.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the token stops working, if it expires.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; it no longer works.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}

/** An org admin's invitation; the link's secret is single-use and expires. */
@Entity()
export class Invitation extends BaseEntity {
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy: Ref<Member> | null = null;

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Enum({ items: () => MemberRole })
  role!: MemberRole;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;
}
