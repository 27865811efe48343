import { ArrayType, Entity, Enum, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

export enum MemberRole {
  MEMBER = 'MEMBER',
  EDITOR = 'EDITOR',
  ORG_ADMIN = 'ORG_ADMIN',
  ADMIN = 'ADMIN',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'What a member may do beyond reading.',
  valuesConfig: {
    MEMBER: {
      description: 'Reads members’ content, proposes cases from their own organisation, takes part in discussions.',
    },
    EDITOR: { description: 'Curates the knowledge base: creates, edits, publishes and deletes content.' },
    ORG_ADMIN: { description: 'Invites and removes the people of their own organisation.' },
    ADMIN: { description: 'Runs the forum’s platform: everything, including the audit trail.' },
  },
});

/** How often a member gets their digest by email. */
export enum DigestFrequency {
  NEVER = 'NEVER',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often your digest is emailed to you.',
  valuesConfig: {
    NEVER: { description: 'Not by email (it stays on the digest page).' },
    DAILY: { description: 'Every day, when there is something new.' },
    WEEKLY: { description: 'Once a week, when there is something new.' },
  },
});

/** A person in a member organisation. The password hash never leaves the server (no GraphQL field). */
@ObjectType({ implements: Node, description: 'A person who belongs to a member organisation.' })
@Entity()
export class Member extends BaseEntity {
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation!: Ref<Organisation>;

  @Field(() => String, { description: 'The member’s name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Lower-cased; shown only to the member, their organisation’s admins and platform admins. */
  @Property({ type: 'string', length: 320, unique: true })
  email!: string;

  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  passwordHash: string | null = null;

  @Field(() => MemberRole, { description: 'What the member may do.' })
  @Enum({ items: () => MemberRole, default: MemberRole.MEMBER })
  role: Opt<MemberRole> = MemberRole.MEMBER;

  @Field(() => String, { nullable: true, description: 'The member’s job title, e.g. "Sagsbehandler".' })
  @Property({ type: 'string', length: 200, nullable: true })
  title: string | null = null;

  /**
   * The kinds of notification the member has turned off (NotificationKind values; see account.service.ts). Plain
   * strings here, because the notification module depends on this one.
   */
  @Property({ type: ArrayType, default: '{}' })
  mutedNotifications: Opt<string[]> = [];

  /** The language of emails to the member ('da' or 'en'); null means Danish, the forum's language. */
  @Property({ type: 'string', length: 2, nullable: true })
  language: string | null = null;

  @Enum({ items: () => DigestFrequency, default: DigestFrequency.WEEKLY })
  digestFrequency: Opt<DigestFrequency> = DigestFrequency.WEEKLY;

  /** Whether notifications are also emailed (the kinds turned off in mutedNotifications never are). */
  @Property({ type: 'boolean', default: true })
  emailNotifications: Opt<boolean> = true;

  /** When the last digest email was queued; the next one covers what came after. */
  @Property({ type: 'datetime', nullable: true })
  digestSentAt: Date | null = null;

  /** Set when an org admin removes the person; they can no longer sign in. */
  @Property({ type: 'datetime', nullable: true })
  deactivatedAt: Date | null = null;

  /**
   * When the member last sent a mutation (kept only with read replicas): for a while after it, their reads go to
   * the primary, so they see their own change before the replicas have it (graphql/read-routing.ts).
   */
  @Property({ type: 'datetime', nullable: true })
  lastWriteAt: Date | null = null;
}
