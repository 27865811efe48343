import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';

export enum MailKind {
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITATION = 'INVITATION',
  NOTIFICATION = 'NOTIFICATION',
  DIGEST = 'DIGEST',
}

export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after the last retry. */
  FAILED = 'FAILED',
  /** Nothing to send any more when its turn came (a notification the recipient can no longer read, an empty digest). */
  SKIPPED = 'SKIPPED',
}

/**
 * One email to send. Written in the same transaction as what causes it (a reset request, an invitation, a
 * notification, a due digest), so nothing is sent for a rolled-back change and nothing is lost when SMTP is down: the
 * sender (mail/sender.ts) renders the message when it is its turn, applying the read rule at that moment, and retries
 * with backoff. `data` holds what the template needs; a secret in it is erased once the message is out.
 */
@Entity({ tableName: 'mail_outbox' })
export class MailOutbox {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: Opt<string>;

  @Enum({ items: () => MailKind })
  kind!: MailKind;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'cascade' })
  member: Ref<Member> | null = null;

  @Property({ type: 'string', length: 320 })
  recipient!: string;

  @Property({ type: 'string', length: 2, default: 'da' })
  language: Opt<string> = 'da';

  @Property({ type: 'json', default: '{}' })
  data: Opt<Record<string, unknown>> = {};

  @Enum({ items: () => MailStatus, default: MailStatus.PENDING })
  status: Opt<MailStatus> = MailStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  messageId: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;
}

/** A "forgot password" link: single-use, expiring; only the SHA-256 of its secret is stored. */
@Entity({ tableName: 'password_reset' })
export class PasswordReset extends BaseEntity {
  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
