import { AuditEntry } from './audit/audit.entity.js';
import { ApiToken, Invitation, Session } from './auth/auth.entities.js';
import { Case } from './case/case.entity.js';
import { Comment, CommentRevision, Flag, Follow, Reaction } from './discussion/comment.entity.js';
import { Thread } from './discussion/thread.entity.js';
import { BaseEntity, ContentEntity } from './content/content.entity.js';
import { Event, Workshop } from './event/event.entity.js';
import { EvidenceRating, VidensportalDimensions } from './evidence/evidence-rating.entity.js';
import { Study } from './evidence/study.entity.js';
import { Member } from './member/member.entity.js';
import { MailOutbox, PasswordReset } from './mail/mail.entities.js';
import { Method } from './method/method.entity.js';
import { Notification } from './notification/notification.entity.js';
import { MembershipApplication } from './membership/application.entity.js';
import { Invoice } from './membership/invoice.entity.js';
import { Membership, Organisation } from './organisation/organisation.entity.js';
import { Report } from './report/report.entity.js';
import { Chapter, SpeakerData, Talk, TranscriptSegment } from './talk/talk.entity.js';
import { Topic } from './topic/topic.entity.js';
import { SearchOutbox } from '../search/outbox.entity.js';
import { Registration } from './registration/registration.entity.js';
import { WorkshopBriefing } from './facilitation/briefing.entity.js';
import { GapClaim, GapFollow } from './gaps/gap.entities.js';
import { Webhook, WebhookDelivery } from './webhooks/webhook.entities.js';
import { WorkshopOutput } from './outcome/output.entity.js';
import { ShareLink } from './share/share.entity.js';
import { MediaFile } from './media/media-file.entity.js';
import { MethodParty } from './method/method-party.entity.js';

/** Every MikroORM entity and embeddable, listed explicitly (no folder discovery, so builds and tests agree). */
export const entities = [
  BaseEntity,
  ContentEntity,
  Organisation,
  Membership,
  Topic,
  Case,
  Method,
  Study,
  EvidenceRating,
  VidensportalDimensions,
  Event,
  Workshop,
  Talk,
  Chapter,
  TranscriptSegment,
  SpeakerData,
  Report,
  Member,
  Session,
  ApiToken,
  Invitation,
  AuditEntry,
  Thread,
  Comment,
  CommentRevision,
  Reaction,
  Flag,
  Follow,
  Notification,
  SearchOutbox,
  Registration,
  WorkshopBriefing,
  WorkshopOutput,
  ShareLink,
  MailOutbox,
  PasswordReset,
  MediaFile,
  MembershipApplication,
  Invoice,
  GapClaim,
  GapFollow,
  Webhook,
  WebhookDelivery,
  MethodParty,
];
