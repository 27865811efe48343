/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

/** Accepting an invitation: the secret from the link, a name and a password. */
export type AcceptInvitationInput = {
  /** Your name as others will see it. */
  name: Scalars['String']['input'];
  /** A password of at least 10 characters. */
  password: Scalars['String']['input'];
  /** The secret from the invitation link. */
  secret: Scalars['String']['input'];
};

/** A comment in a thread, or a reply to a comment. */
export type AddCommentInput = {
  /** The comment in Markdown. */
  body: Scalars['String']['input'];
  /** The comment this replies to, if any. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The thread. */
  threadId: Scalars['ID']['input'];
};

/** Age buckets for filtering and facets; an item counts in every bucket its age range touches. */
export const AgeRange = {
  /** 0–2 years. */
  Infant: 'INFANT',
  /** 3–5 years. */
  Preschool: 'PRESCHOOL',
  /** 6–12 years. */
  SchoolAge: 'SCHOOL_AGE',
  /** 13–17 years. */
  Teenager: 'TEENAGER',
  /** 18 years and older (young people leaving care). */
  YoungAdult: 'YOUNG_ADULT'
} as const;

export type AgeRange = typeof AgeRange[keyof typeof AgeRange];
/** How many hits touch one age range. */
export type AgeRangeCount = {
  __typename?: 'AgeRangeCount';
  /** Hits touching this age range. */
  count: Scalars['Int']['output'];
  /** The age range. */
  value: AgeRange;
};

/** A personal API token for integrations. The secret is shown once, when created. */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the token stops working, if it expires. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** When the token was last used. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A name that says what the token is for. */
  name: Scalars['String']['output'];
  /** The first characters of the token, to recognise it (e.g. "vbt_3kf9"). */
  prefix: Scalars['String']['output'];
  /** When the token was revoked; it no longer works. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the token may be used for. */
  scopes: Array<TokenScope>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of API tokens. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** The items on this page, with cursors. */
  edges: Array<ApiTokenEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<ApiToken>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One ApiToken in a list, with its cursor. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The ApiToken. */
  node: ApiToken;
};

/** The result of applying for membership. */
export type ApplyForMembershipPayload = {
  __typename?: 'ApplyForMembershipPayload';
  /** The application, waiting for review. */
  application?: Maybe<MembershipApplication>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** One change to the knowledge base or its members, for admins. */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** What happened, e.g. "case.publish", "member.invite", "token.revoke". */
  action: Scalars['String']['output'];
  /** The member who made the change (null for the system or a removed member). */
  actor?: Maybe<Member>;
  /** The actor’s name at the time (kept when the member is later removed). */
  actorName: Scalars['String']['output'];
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** The global ID of the changed object. */
  subjectId?: Maybe<Scalars['String']['output']>;
  /** A short human-readable label, e.g. the title at the time. */
  subjectLabel?: Maybe<Scalars['String']['output']>;
  /** The type of the changed object, e.g. "Case". */
  subjectType: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items on this page, with cursors. */
  edges: Array<AuditEntryEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<AuditEntry>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry in a list, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** How the current request was authenticated. */
export const AuthMethod = {
  /** A browser session (signed in with a password). */
  Session: 'SESSION',
  /** A personal API token. */
  Token: 'TOKEN'
} as const;

export type AuthMethod = typeof AuthMethod[keyof typeof AuthMethod];
/** Invoicing details, for organisations that have none on record yet. */
export type BillingDetailsInput = {
  /** City. */
  city: Scalars['String']['input'];
  /** The CVR number (8 digits). */
  cvr: Scalars['String']['input'];
  /** The EAN/GLN number (13 digits), for electronic invoices. */
  ean?: InputMaybe<Scalars['String']['input']>;
  /** Postal code (4 digits). */
  postalCode: Scalars['String']['input'];
  /** Street address. */
  street: Scalars['String']['input'];
};

/** A practice example (praksiseksempel): what an organisation did and learned. */
export type Case = Node & {
  __typename?: 'Case';
  /** The oldest age of the children involved. */
  ageMax?: Maybe<Scalars['Int']['output']>;
  /** The youngest age of the children involved. */
  ageMin?: Maybe<Scalars['Int']['output']>;
  /** The full story in Markdown: background, what was done, what was learned. */
  body: Scalars['String']['output'];
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** True for fictional demo content written to illustrate the platform. */
  isExample: Scalars['Boolean']['output'];
  /** The methods used, strongest evidence first. */
  methods: MethodConnection;
  /** The organisation the example comes from. */
  organisation: Organisation;
  /** When this was published; null while it is a draft. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Reports that feature this example. */
  reports: ReportConnection;
  /** A stable, human-readable key, unique within the type; used in URLs. */
  slug: Scalars['String']['output'];
  /** A short summary for lists and search results. */
  summary: Scalars['String']['output'];
  /** Who the practice is about. */
  targetGroups: Array<TargetGroup>;
  /** Discussions about this item that you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** The case’s title. */
  title: Scalars['String']['output'];
  /** The topics the example is filed under. */
  topics: TopicConnection;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who may read this. */
  visibility: Visibility;
  /** The year the practice took place or was documented. */
  year: Scalars['Int']['output'];
};


/** A practice example (praksiseksempel): what an organisation did and learned. */
export type CaseMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A practice example (praksiseksempel): what an organisation did and learned. */
export type CaseReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A practice example (praksiseksempel): what an organisation did and learned. */
export type CaseThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A practice example (praksiseksempel): what an organisation did and learned. */
export type CaseTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of practice examples. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** The items on this page, with cursors. */
  edges: Array<CaseEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Case>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Case in a list, with its cursor. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Case. */
  node: Case;
};

/** Narrows a list of cases; all given conditions must hold. */
export type CaseFilter = {
  /** Cases whose age range covers this age. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** Cases that use this method. */
  method?: InputMaybe<Scalars['ID']['input']>;
  /** Cases that use at least one method whose editorial verdict (`evidenceVerdict.strength`) is at least this strong. */
  minEvidenceStrength?: InputMaybe<EvidenceStrength>;
  /** Cases from this organisation. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** Cases from this kind of organisation. */
  organisationKind?: InputMaybe<OrganisationKind>;
  /** true: published items only; false: drafts only (which only editors and the owning organisation see); absent: both, as far as you may see them. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cases about this target group. */
  targetGroup?: InputMaybe<TargetGroup>;
  /** Cases on this topic or any topic below it. */
  topic?: InputMaybe<Scalars['ID']['input']>;
  /** Cases from this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Cases from this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A practice example. On update, fields left out stay as they are. */
export type CaseInput = {
  /** Oldest age of the children involved. */
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  /** Youngest age of the children involved. */
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  /** The story in Markdown (required when creating). No personal data about children. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Confirms that text the personal-data guard warned about (PERSONAL_DATA_WARNING) is not personal data. CPR numbers are always refused. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  /** Methods it uses (replaces the current ones). */
  methods?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The organisation it comes from (editors only; members propose for their own). */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** URL key; made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** A short summary (required when creating). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Who the practice is about. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** The title (required when creating). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Topics to file it under (replaces the current ones). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Who may read it once published (default MEMBERS). */
  visibility?: InputMaybe<Visibility>;
  /** The year of the practice (required when creating). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** How to sort cases (default: newest year first). */
export type CaseOrder = {
  /** The direction (default: DESC for YEAR and PUBLISHED_AT, ASC for TITLE). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: CaseOrderField;
};

/** What to sort cases by. */
export const CaseOrderField = {
  /** When it was published; drafts (which only editors see) by when they were created. */
  PublishedAt: 'PUBLISHED_AT',
  /** The title, alphabetically. */
  Title: 'TITLE',
  /** The year of the practice. */
  Year: 'YEAR'
} as const;

export type CaseOrderField = typeof CaseOrderField[keyof typeof CaseOrderField];
/** The case after the change. */
export type CasePayload = {
  __typename?: 'CasePayload';
  /** The case. */
  case?: Maybe<Case>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Your current password and the new one. */
export type ChangePasswordInput = {
  /** The password you signed in with. */
  currentPassword: Scalars['String']['input'];
  /** The new password: the same rules as when the account was made (10–200 characters). */
  newPassword: Scalars['String']['input'];
};

/** Whether the password was changed, or why not. */
export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** True when the password was changed. */
  changed: Scalars['Boolean']['output'];
  /** How many other sign-ins were ended: a changed password signs out every other browser. */
  endedSessions: Scalars['Int']['output'];
  /** Problems: INVALID_CREDENTIALS for a wrong current password, INVALID for a weak new one. */
  userErrors: Array<UserError>;
};

/** A point in a talk’s video with a title, for jumping straight to it. */
export type Chapter = {
  __typename?: 'Chapter';
  /** Where the chapter starts, in seconds from the start of the video. */
  startSeconds: Scalars['Int']['output'];
  /** The chapter’s title. */
  title: Scalars['String']['output'];
};

/** A chapter of a talk’s video. */
export type ChapterInput = {
  /** Where it starts, in seconds; within the video and after the previous one. */
  startSeconds: Scalars['Int']['input'];
  /** The chapter’s title. */
  title: Scalars['String']['input'];
};

/** A comment in a thread, possibly a reply to another comment. */
export type Comment = Node & {
  __typename?: 'Comment';
  /** The author; null for a former member. */
  author?: Maybe<Member>;
  /** The author’s name, or "Tidligere medlem" for someone who left. */
  authorName: Scalars['String']['output'];
  /** The Markdown source, for its author to edit. */
  body?: Maybe<Scalars['String']['output']>;
  /** The comment as safe HTML; null when deleted, or hidden by a moderator. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When its author deleted it; the text is gone but replies remain. */
  deletedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the comment was last edited; null if never. */
  editedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When a moderator hid it. */
  hiddenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why a moderator hid it. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** The kind of organisation the author speaks from. */
  organisationKind?: Maybe<OrganisationKind>;
  /** The comment this one replies to; null for a top-level comment. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Replies to this comment, oldest first. */
  replies: CommentConnection;
  /** The thread the comment belongs to. */
  threadId: Scalars['ID']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** How many members found it useful. */
  usefulCount: Scalars['Int']['output'];
  /** Whether you marked it useful. */
  viewerFoundUseful: Scalars['Boolean']['output'];
};


/** A comment in a thread, possibly a reply to another comment. */
export type CommentRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of comments. */
export type CommentConnection = {
  __typename?: 'CommentConnection';
  /** The items on this page, with cursors. */
  edges: Array<CommentEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Comment>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Comment in a list, with its cursor. */
export type CommentEdge = {
  __typename?: 'CommentEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Comment. */
  node: Comment;
};

/** The comment after the change. */
export type CommentPayload = {
  __typename?: 'CommentPayload';
  /** The comment. */
  comment?: Maybe<Comment>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Knowledge content of any type: a case, method, study, event, talk, workshop or report. */
export type ContentItem = Case | Event | Method | Report | Study | Talk | Workshop;

/** A page of content of mixed types. */
export type ContentItemConnection = {
  __typename?: 'ContentItemConnection';
  /** The items on this page, with cursors. */
  edges: Array<ContentItemEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<ContentItem>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One ContentItem in a list, with its cursor. */
export type ContentItemEdge = {
  __typename?: 'ContentItemEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The ContentItem. */
  node: ContentItem;
};

/** What the indicative price of a method covers. */
export const CostUnit = {
  /** One child’s course. */
  PerChild: 'PER_CHILD',
  /** One family’s course. */
  PerFamily: 'PER_FAMILY',
  /** One group course. */
  PerGroup: 'PER_GROUP',
  /** Training and certifying one practitioner. */
  PerPractitioner: 'PER_PRACTITIONER'
} as const;

export type CostUnit = typeof CostUnit[keyof typeof CostUnit];
/** A new API token. */
export type CreateApiTokenInput = {
  /** Days until it expires; never when left out. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** What the token is for, e.g. "Intranet integration". */
  name: Scalars['String']['input'];
  /** What it may do. */
  scopes: Array<TokenScope>;
};

/** A new API token. Copy the secret now: it is never shown again. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The secret to send as "Authorization: Bearer <secret>". */
  secret?: Maybe<Scalars['String']['output']>;
  /** The token’s details. */
  token?: Maybe<ApiToken>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What to share, and for how long. */
export type CreateShareLinkInput = {
  /** When the link should stop working; never when left out. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The talk’s or report’s ID. */
  itemId: Scalars['ID']['input'];
};

/** A new share link. Copy the secret now: it is never shown again. */
export type CreateShareLinkPayload = {
  __typename?: 'CreateShareLinkPayload';
  /** The path to give people: /shared/{secret} on this site. */
  path?: Maybe<Scalars['String']['output']>;
  /** The secret; open it with `sharedItem(secret:)`. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The link. */
  shareLink?: Maybe<ShareLink>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The new webhook and its signing secret (shown only now). */
export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /** The secret to verify signatures with (docs/webhooks.md); it is not shown again. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
  /** The webhook. */
  webhook?: Maybe<Webhook>;
};

/** The result of deleting an account. */
export type DeleteAccountPayload = {
  __typename?: 'DeleteAccountPayload';
  /** True when the account is gone. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of deleting something. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The ID of what was deleted. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of deleting a webhook. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The deleted webhook’s ID. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What is new for you since a date, chosen by the topics you follow (and those below them), your organisation’s kind and your role (not by popularity), newest first. */
export type Digest = {
  __typename?: 'Digest';
  /** New or changed evidence ratings of those methods. */
  evidenceRatings: Array<EvidenceRating>;
  /** New or changed methods in the topics you follow (all methods while you follow no topic). */
  methods: Array<Method>;
  /** Evidence ratings added or changed on what you follow since the digest's start, with the old and new grade (newest first, at most 50). */
  ratingAlerts: Array<Notification>;
  /** The start of the period the digest covers. */
  since: Scalars['DateTimeISO']['output'];
  /** Active discussions on what you follow, on your topics and the knowledge filed under them, or where organisations of your kind take part. */
  threads: Array<Thread>;
  /** The topics you follow, which the digest is built from. */
  topics: Array<Topic>;
  /** New workshop outputs about talks in your topics or from organisations of your kind (editors and admins: all new outputs, to feature the best). */
  workshopOutputs: Array<WorkshopOutput>;
};

/** How often your digest is emailed to you. */
export const DigestFrequency = {
  /** Every day, when there is something new. */
  Daily: 'DAILY',
  /** Not by email (it stays on the digest page). */
  Never: 'NEVER',
  /** Once a week, when there is something new. */
  Weekly: 'WEEKLY'
} as const;

export type DigestFrequency = typeof DigestFrequency[keyof typeof DigestFrequency];
/** What Vidensbro emails you, and in which language. */
export type EmailSettings = {
  __typename?: 'EmailSettings';
  /** How often your digest is emailed (weekly by default). */
  digestFrequency: DigestFrequency;
  /** The language of your emails (Danish unless you chose English). */
  language: MailLanguage;
  /** Whether your notifications are also emailed (kinds you turned off never are). */
  notificationsByEmail: Scalars['Boolean']['output'];
};

/** A forum meeting or other event, with its theme, talks, workshops and report. */
export type Event = Node & {
  __typename?: 'Event';
  /** Where to download the event as an iCalendar (.ics) file. */
  calendarUrl: Scalars['String']['output'];
  /** How many people may register; null means no limit. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** The city. */
  city: Scalars['String']['output'];
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the meeting is about and who it is for, in Markdown. */
  description: Scalars['String']['output'];
  /** When the event ends. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** True for fictional demo content written to illustrate the platform. */
  isExample: Scalars['Boolean']['output'];
  /** What kind of event this is. */
  kind: EventKind;
  /** How many of the programme’s published talks are for members only and hidden from you (0 for members), so a programme can say they exist and how to see them. Talks only an organisation may read are never counted. */
  membersOnlyTalks: Scalars['Int']['output'];
  /** The next published forum meeting after this event (by start time) that you may see; null while none is announced. For upcoming events in general use `events(filter: { from }, direction: ASC)`. */
  nextMeeting?: Maybe<Event>;
  /** When this was published; null while it is a draft. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who registered, in the order they came in (organisers: editors and admins; FORBIDDEN for others). Export as CSV at /events/{slug}/attendees.csv. */
  registrations?: Maybe<RegistrationConnection>;
  /** The report published before the event. */
  report?: Maybe<Report>;
  /** How many seats are free; null when there is no limit. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  /** How many confirmed seats one organisation may hold; null means no limit. */
  seatsPerOrganisation?: Maybe<Scalars['Int']['output']>;
  /** How many seats are taken (confirmed registrations). */
  seatsTaken: Scalars['Int']['output'];
  /** A stable, human-readable key, unique within the type; used in URLs. */
  slug: Scalars['String']['output'];
  /** When the event begins. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** The talks, in programme order. */
  talks: TalkConnection;
  /** The theme the meeting is built around. */
  theme: Scalars['String']['output'];
  /** Discussions about this item that you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** The event’s title. */
  title: Scalars['String']['output'];
  /** The topics of the event. */
  topics: TopicConnection;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The venue. */
  venue: Scalars['String']['output'];
  /** Your registration, if you have one. */
  viewerRegistration?: Maybe<Registration>;
  /** Who may read this. */
  visibility: Visibility;
  /** How many people are on the waiting list. */
  waitlistLength: Scalars['Int']['output'];
  /** The workshops, in programme order. */
  workshops: WorkshopConnection;
};


/** A forum meeting or other event, with its theme, talks, workshops and report. */
export type EventRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};


/** A forum meeting or other event, with its theme, talks, workshops and report. */
export type EventTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A forum meeting or other event, with its theme, talks, workshops and report. */
export type EventThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A forum meeting or other event, with its theme, talks, workshops and report. */
export type EventTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A forum meeting or other event, with its theme, talks, workshops and report. */
export type EventWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items on this page, with cursors. */
  edges: Array<EventEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Event>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Event in a list, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Event. */
  node: Event;
};

/** Narrows a list of events; all given conditions must hold. */
export type EventFilter = {
  /** Events that end at or after this time (e.g. now, for upcoming events). */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Events of this kind. */
  kind?: InputMaybe<EventKind>;
  /** true: published items only; false: drafts only (which only editors and the owning organisation see); absent: both, as far as you may see them. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Events that start at or before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Events on this topic or any topic below it. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** A forum meeting or other event. On update, fields left out stay as they are. */
export type EventInput = {
  /** The city (required when creating). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** What it is about, in Markdown (required when creating). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ends; not before it begins (required when creating). */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What kind of event (required when creating). */
  kind?: InputMaybe<EventKind>;
  /** The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** URL key; made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** When it begins (required when creating). */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The theme (required when creating). */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** The title (required when creating). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Topics of the event (replaces the current ones). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The venue (required when creating). */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Who may read it once published (default PUBLIC). */
  visibility?: InputMaybe<Visibility>;
};

/** What kind of gathering an event is. */
export const EventKind = {
  /** One of the forum’s two yearly meetings, with a theme, talks, workshops and a report. */
  ForumMeeting: 'FORUM_MEETING',
  /** A smaller network or follow-up meeting. */
  NetworkMeeting: 'NETWORK_MEETING'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** The event after the change. */
export type EventPayload = {
  __typename?: 'EventPayload';
  /** The event. */
  event?: Maybe<Event>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** How many seats an event has. */
export type EventSeatsInput = {
  /** Total seats; null for no limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The event’s ID. */
  eventId: Scalars['ID']['input'];
  /** Seats one organisation may hold; null for no limit. */
  seatsPerOrganisation?: InputMaybe<Scalars['Int']['input']>;
};

/** The event after its seats were set. */
export type EventSeatsPayload = {
  __typename?: 'EventSeatsPayload';
  /** The event. */
  event?: Maybe<Event>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** One grading of a method’s evidence on one scheme, at one date. */
export type EvidenceRating = Node & {
  __typename?: 'EvidenceRating';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** All five grades, for Vidensportal ratings. */
  dimensions?: Maybe<VidensportalDimensions>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** The rated method (null if you may not see it). */
  method?: Maybe<Method>;
  /** A note on the rating, e.g. what it covers. */
  note?: Maybe<Scalars['String']['output']>;
  /** The date of the rating (YYYY-MM-DD). */
  ratedOn: Scalars['String']['output'];
  /** The rating scheme. */
  scheme: EvidenceScheme;
  /** Who gave the rating, e.g. the clearinghouse’s name. */
  source: Scalars['String']['output'];
  /** Where to read the rating at its source: its own page (`url`), else the link of the study it rests on (if you may read the study), else the scheme’s home page. Null only for a VIDENSBRO grade without a link. */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** The rating normalised to Vidensbro’s common scale. */
  strength: EvidenceStrength;
  /** The study the rating rests on, if one is named. */
  study?: Maybe<Study>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The rating’s own page at the scheme, as the editors entered it; `sourceUrl` falls back to the study or scheme. */
  url?: Maybe<Scalars['String']['output']>;
  /** The rating in the scheme’s own terms, e.g. "1" on CEBC, "3+" on EIF, "MODEL" on Blueprints. */
  value: Scalars['String']['output'];
};

/** A page of evidence ratings. */
export type EvidenceRatingConnection = {
  __typename?: 'EvidenceRatingConnection';
  /** The items on this page, with cursors. */
  edges: Array<EvidenceRatingEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<EvidenceRating>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One EvidenceRating in a list, with its cursor. */
export type EvidenceRatingEdge = {
  __typename?: 'EvidenceRatingEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The EvidenceRating. */
  node: EvidenceRating;
};

/** A rating of a method on one scheme. On update, fields left out stay as they are. */
export type EvidenceRatingInput = {
  /** The five grades; required for VIDENSPORTAL and refused for other schemes. */
  dimensions?: InputMaybe<VidensportalDimensionsInput>;
  /** A note on what the rating covers. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The date of the rating, YYYY-MM-DD (required when creating). */
  ratedOn?: InputMaybe<Scalars['String']['input']>;
  /** The scheme (required when creating). */
  scheme?: InputMaybe<EvidenceScheme>;
  /** Who gave the rating (required when creating). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The study the rating rests on. */
  study?: InputMaybe<Scalars['ID']['input']>;
  /** The rating’s own page at the scheme (http or https); null removes it. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The rating in the scheme’s terms, e.g. "2" on CEBC; left out for VIDENSPORTAL. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** The rating after the change; its method’s strength is already recomputed. */
export type EvidenceRatingPayload = {
  __typename?: 'EvidenceRatingPayload';
  /** The rating. */
  evidenceRating?: Maybe<EvidenceRating>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A rating scheme for the evidence behind a method. Each scheme has its own values (see `EvidenceRating.value`). */
export const EvidenceScheme = {
  /** Blueprints for Healthy Youth Development: PROMISING, MODEL or MODEL_PLUS. */
  Blueprints: 'BLUEPRINTS',
  /** California Evidence-Based Clearinghouse for Child Welfare: 1 (well-supported) to 5 (concerning practice), or NR (not able to be rated). */
  Cebc: 'CEBC',
  /** Early Intervention Foundation Guidebook: 2, 2+, 3, 3+, 4, 4+, NL2 (not level 2) or NE (no effect). */
  Eif: 'EIF',
  /** Vidensbro’s own editorial grading: STRONG, MODERATE, PROMISING or INSUFFICIENT. */
  Vidensbro: 'VIDENSBRO',
  /** The Danish Vidensdeklaration on Vidensportalen: A–D on five dimensions (target group, method, implementation, effect, economy); the value is the effect grade. */
  Vidensportal: 'VIDENSPORTAL',
  /** What Works Clearinghouse effectiveness rating: POSITIVE, POTENTIALLY_POSITIVE, MIXED, NO_DISCERNIBLE, POTENTIALLY_NEGATIVE or NEGATIVE. */
  Wwc: 'WWC'
} as const;

export type EvidenceScheme = typeof EvidenceScheme[keyof typeof EvidenceScheme];
/** A rating scheme: its values and how each maps to the common scale. */
export type EvidenceSchemeInfo = {
  __typename?: 'EvidenceSchemeInfo';
  /** The scheme’s public home page; null for Vidensbro’s own. */
  homePage?: Maybe<Scalars['String']['output']>;
  /** The scheme. */
  scheme: EvidenceScheme;
  /** Every value the scheme gives, strongest first. */
  values: Array<SchemeValue>;
};

/** Evidence strength normalised across rating schemes, for filtering and sorting. */
export const EvidenceStrength = {
  /** Evidence of harm or negative effects. */
  Concerning: 'CONCERNING',
  /** Not enough evidence to conclude, or no effect found. */
  Insufficient: 'INSUFFICIENT',
  /** Positive effects in at least one rigorous study (e.g. CEBC 2, EIF 3, Blueprints Promising). */
  Moderate: 'MODERATE',
  /** No rating yet. */
  NotRated: 'NOT_RATED',
  /** Early or mixed signs of effect (e.g. CEBC 3, EIF 2, Vidensportal effect C). */
  Promising: 'PROMISING',
  /** Consistent positive effects in several rigorous studies (e.g. CEBC 1, EIF 4, Blueprints Model). */
  Strong: 'STRONG'
} as const;

export type EvidenceStrength = typeof EvidenceStrength[keyof typeof EvidenceStrength];
/** How many hits have one evidence strength. */
export type EvidenceStrengthCount = {
  __typename?: 'EvidenceStrengthCount';
  /** Hits with this strength. */
  count: Scalars['Int']['output'];
  /** The evidence strength. */
  value: EvidenceStrength;
};

/** Vidensbro’s editorial verdict on the evidence behind a method: what a practitioner should read first, with how far the rating schemes agree. Badges, the `minEvidenceStrength` filters, the `EVIDENCE_STRENGTH` order and the search facet `evidenceStrengths` all use this verdict. */
export type EvidenceVerdict = {
  __typename?: 'EvidenceVerdict';
  /** How many of the current ratings (the newest on each scheme, the editors’ own included) give the same normalised strength as the verdict, e.g. 3 in "Moderate — 3 of 4 ratings". */
  agreeing: Scalars['Int']['output'];
  /** VIDENSBRO when the verdict is the editors’ grade; null when it is the schemes’ cautious middle (no editorial grade yet) or there is no rating. */
  scheme?: Maybe<EvidenceScheme>;
  /** The verdict: the editors’ own grade (the newest VIDENSBRO rating). Until the editors have graded the method, the lower median of the other schemes’ current ratings; NOT_RATED when no scheme has graded it. */
  strength: EvidenceStrength;
  /** How many schemes have graded the method (the newest rating on each counts once; "not rated" answers such as CEBC NR do not count). */
  total: Scalars['Int']['output'];
};

/** A member’s report of a comment, for moderators. */
export type Flag = Node & {
  __typename?: 'Flag';
  /** The reported comment, with its thread, for the moderator to judge (null if you may not read it). */
  comment?: Maybe<Comment>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** Why the comment was reported. */
  reason: Scalars['String']['output'];
  /** When a moderator dealt with it. */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of reported comments. */
export type FlagConnection = {
  __typename?: 'FlagConnection';
  /** The items on this page, with cursors. */
  edges: Array<FlagEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Flag>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Flag in a list, with its cursor. */
export type FlagEdge = {
  __typename?: 'FlagEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Flag. */
  node: Flag;
};

/** The report that was filed. */
export type FlagPayload = {
  __typename?: 'FlagPayload';
  /** The report. */
  flag?: Maybe<Flag>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Whether you now follow it. */
export type FollowPayload = {
  __typename?: 'FollowPayload';
  /** True when you follow it now. */
  following?: Maybe<Scalars['Boolean']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Who to invite, and with which role. */
export type InviteMemberInput = {
  /** Their email address. */
  email: Scalars['String']['input'];
  /** The organisation they join (an org admin can only invite to their own). */
  organisation: Scalars['ID']['input'];
  /** Their role (EDITOR and ADMIN only by platform admins). */
  role?: MemberRole;
};

/** A sent invitation. Give the person the secret (in a link); it is shown only now. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** True when the invitation link is on its way by email to the invited address. */
  emailed: Scalars['Boolean']['output'];
  /** When the invitation stops working. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The single-use invitation secret, for the link /invitation/<secret>. */
  invitationSecret?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A membership invoice (for the forum’s administrators and the organisation’s admins). */
export type Invoice = {
  __typename?: 'Invoice';
  /** Who at the buyer the invoice is for (their reference). */
  buyerContact: Scalars['String']['output'];
  /** The buyer’s CVR number. */
  buyerCvr: Scalars['String']['output'];
  /** The buyer’s EAN/GLN number (electronic invoices). */
  buyerEan?: Maybe<Scalars['String']['output']>;
  /** The buyer’s name when the invoice was issued. */
  buyerName: Scalars['String']['output'];
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Where to download the invoice: the OIOUBL XML for electronic invoices, else the PDF (same sign-in). The PDF is at `/invoices/<id>.pdf` for every invoice. */
  downloadPath: Scalars['String']['output'];
  /** When payment is due. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** How the invoice is delivered. */
  format: InvoiceFormat;
  /** The invoice’s ID. */
  id: Scalars['ID']['output'];
  /** When the invoice was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The fee before VAT, in øre (1/100 kr.). */
  netOre: Scalars['Int']['output'];
  /** The invoice number as printed, e.g. "2026-0007". */
  number: Scalars['String']['output'];
  /** The organisation invoiced. */
  organisation: Organisation;
  /** When payment was registered; null while unpaid. */
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The administrator’s note on the payment (e.g. bank reference). */
  paymentNote?: Maybe<Scalars['String']['output']>;
  /** The position in the series: 1, 2, 3… without gaps. */
  sequence: Scalars['Int']['output'];
  /** The number series (the year of issue). */
  series: Scalars['Int']['output'];
  /** What to pay, in øre. */
  totalOre: Scalars['Int']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The VAT, in øre. */
  vatOre: Scalars['Int']['output'];
  /** The VAT rate in hundredths of a percent (2500 = 25 %). */
  vatRateBasisPoints: Scalars['Int']['output'];
  /** The membership year the invoice is for. */
  year: Scalars['Int']['output'];
};

/** A page of membership invoices. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The items on this page, with cursors. */
  edges: Array<InvoiceEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Invoice>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Invoice in a list, with its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Invoice. */
  node: Invoice;
};

/** How an invoice is delivered. */
export const InvoiceFormat = {
  /** An OIOUBL 2.1 electronic invoice via NemHandel, addressed by EAN/GLN (public bodies). */
  Oioubl: 'OIOUBL',
  /** A PDF invoice (everyone else). */
  Pdf: 'PDF'
} as const;

export type InvoiceFormat = typeof InvoiceFormat[keyof typeof InvoiceFormat];
/** Where the evidence is thin: a method, topic or target group that invites research. */
export type KnowledgeGap = {
  __typename?: 'KnowledgeGap';
  /** How many practice examples (that you may read) rest on what the gap is about. */
  caseCount: Scalars['Int']['output'];
  /** The gap’s opaque ID: for following it and marking it studied. */
  id: Scalars['ID']['output'];
  /** What kind of gap this is. */
  kind: KnowledgeGapKind;
  /** A label: the method’s name, the topic’s Danish name, or the target group. */
  label: Scalars['String']['output'];
  /** The method, for METHOD_EVIDENCE gaps. */
  method?: Maybe<Method>;
  /** Researchers’ organisations studying the gap, soonest results first. */
  studiedBy: Array<KnowledgeGapClaim>;
  /** How many studies (that you may read) are linked to the method. */
  studyCount: Scalars['Int']['output'];
  /** The target group, for UNMEASURED_OUTCOME gaps. */
  targetGroup?: Maybe<TargetGroup>;
  /** The topic, for TOPIC_WITHOUT_STUDY gaps. */
  topic?: Maybe<Topic>;
  /** True when the method has no rating on any scheme. */
  unrated: Scalars['Boolean']['output'];
  /** Whether you may mark the gap "we are studying this" (or withdraw your organisation’s mark): members of research institutes and university colleges with an active membership. */
  viewerCanMarkStudied: Scalars['Boolean']['output'];
  /** Whether you follow the gap (to hear when results arrive). */
  viewerIsFollowing: Scalars['Boolean']['output'];
  /** The dimensions the method’s newest Vidensportal rating grades C or D. */
  weakDimensions: Array<VidensportalDimension>;
};

/** A researchers’ organisation studies a knowledge gap. */
export type KnowledgeGapClaim = {
  __typename?: 'KnowledgeGapClaim';
  /** Whom to contact about the study; members only (null for others). */
  contact?: Maybe<Scalars['String']['output']>;
  /** When the gap was marked. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When results are expected (YYYY-MM-DD). */
  expectedOn: Scalars['String']['output'];
  /** The claim’s ID (to withdraw it). */
  id: Scalars['ID']['output'];
  /** A note on the study; members only (null for others). */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation studying the gap. */
  organisation: Organisation;
};

/** Marks a gap "we are studying this". */
export type KnowledgeGapClaimInput = {
  /** Whom to contact about the study (a name, an e-mail address or both). */
  contact: Scalars['String']['input'];
  /** When results are expected, YYYY-MM-DD. */
  expectedOn: Scalars['String']['input'];
  /** A note on the study (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A page of knowledge gaps. */
export type KnowledgeGapConnection = {
  __typename?: 'KnowledgeGapConnection';
  /** The items on this page, with cursors. */
  edges: Array<KnowledgeGapEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<KnowledgeGap>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One KnowledgeGap in a list, with its cursor. */
export type KnowledgeGapEdge = {
  __typename?: 'KnowledgeGapEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The KnowledgeGap. */
  node: KnowledgeGap;
};

/** Which knowledge gaps to show. */
export type KnowledgeGapFilter = {
  /** Only these kinds (all when left out). */
  kinds?: InputMaybe<Array<KnowledgeGapKind>>;
  /** How many practice examples make a topic without a study a gap (1–1000; default 3). */
  minCases?: InputMaybe<Scalars['Int']['input']>;
  /** Only gaps within this topic and the topics below it. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** Where the evidence is thin: an invitation to research. */
export const KnowledgeGapKind = {
  /** A method whose evidence is not rated at all, or whose newest Vidensportal rating grades a dimension C or D. */
  MethodEvidence: 'METHOD_EVIDENCE',
  /** A topic with many practice examples (`minCases`, default 3) but no study filed under it. */
  TopicWithoutStudy: 'TOPIC_WITHOUT_STUDY',
  /** A target group that practice examples or methods address, whose outcomes nobody has measured: no quantitative study (RCT, quasi-experimental, cohort, register study, meta-analysis, systematic review) of any method for that group. */
  UnmeasuredOutcome: 'UNMEASURED_OUTCOME'
} as const;

export type KnowledgeGapKind = typeof KnowledgeGapKind[keyof typeof KnowledgeGapKind];
/** The gap after the change (null once it has closed or when you may not read it). */
export type KnowledgeGapPayload = {
  __typename?: 'KnowledgeGapPayload';
  /** The gap. */
  gap?: Maybe<KnowledgeGap>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The language of the emails Vidensbro sends you. */
export const MailLanguage = {
  /** Danish (the default). */
  Da: 'DA',
  /** English. */
  En: 'EN'
} as const;

export type MailLanguage = typeof MailLanguage[keyof typeof MailLanguage];
/** The result of registering a payment. */
export type MarkInvoicePaidPayload = {
  __typename?: 'MarkInvoicePaidPayload';
  /** The invoice. */
  invoice?: Maybe<Invoice>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A person who belongs to a member organisation. */
export type Member = Node & {
  __typename?: 'Member';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The member’s email: visible to themself, their organisation’s admins and platform admins. */
  email?: Maybe<Scalars['String']['output']>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** Whether the person is part of the demo content: a fictional person in an example organisation. Shown as a "Demo" badge beside the name, never written into it. */
  isExample: Scalars['Boolean']['output'];
  /** The member’s name. */
  name: Scalars['String']['output'];
  /** The organisation the member speaks from. */
  organisation: Organisation;
  /** What the member may do. */
  role: MemberRole;
  /** The member’s job title, e.g. "Sagsbehandler". */
  title?: Maybe<Scalars['String']['output']>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** The items on this page, with cursors. */
  edges: Array<MemberEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Member>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Member in a list, with its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Member. */
  node: Member;
};

/** How many member organisations there are of one kind. */
export type MemberOrganisationCount = {
  __typename?: 'MemberOrganisationCount';
  /** Organisations of this kind with an active membership. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: OrganisationKind;
};

/** What a member may do beyond reading. */
export const MemberRole = {
  /** Runs the forum’s platform: everything, including the audit trail. */
  Admin: 'ADMIN',
  /** Curates the knowledge base: creates, edits, publishes and deletes content. */
  Editor: 'EDITOR',
  /** Reads members’ content, proposes cases from their own organisation, takes part in discussions. */
  Member: 'MEMBER',
  /** Invites and removes the people of their own organisation. */
  OrgAdmin: 'ORG_ADMIN'
} as const;

export type MemberRole = typeof MemberRole[keyof typeof MemberRole];
/** An organisation’s membership of the forum for one calendar year. */
export type Membership = Node & {
  __typename?: 'Membership';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The yearly fee in Danish kroner (the forum charges 5,000 kr.). */
  feeDkk: Scalars['Int']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** While unpaid: when the membership lapses (the invoice’s due date plus the grace period); null once paid. Only for the organisation’s admins and platform admins (null for others). */
  lapsesAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The member organisation. */
  organisation: Organisation;
  /** When the year’s invoice was paid; null while unpaid. Only for the organisation’s admins and platform admins (null for others). */
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the membership is in force. */
  status: MembershipStatus;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The calendar year the membership covers. */
  year: Scalars['Int']['output'];
};

/** An organisation’s application for membership (visible to the forum’s administrators). */
export type MembershipApplication = {
  __typename?: 'MembershipApplication';
  /** City. */
  city: Scalars['String']['output'];
  /** The contact person’s email; the invitation goes here. */
  contactEmail: Scalars['String']['output'];
  /** The contact person, who becomes the organisation’s first admin. */
  contactName: Scalars['String']['output'];
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The CVR number (8 digits, check digit verified). */
  cvr: Scalars['String']['output'];
  /** When it was approved or declined. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The administrators’ reason, when declined (or a note). */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The EAN/GLN location number electronic invoices go to (13 digits; required for public bodies). */
  ean?: Maybe<Scalars['String']['output']>;
  /** The application’s ID. */
  id: Scalars['ID']['output'];
  /** What kind of organisation applies. */
  kind: OrganisationKind;
  /** Why the organisation wants to join, in its own words. */
  motivation: Scalars['String']['output'];
  /** The organisation approval created. */
  organisation?: Maybe<Organisation>;
  /** The organisation’s name. */
  organisationName: Scalars['String']['output'];
  /** Postal code (4 digits). */
  postalCode: Scalars['String']['output'];
  /** Where the application stands. */
  status: MembershipApplicationStatus;
  /** Street address for the invoice. */
  street: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of membership applications. */
export type MembershipApplicationConnection = {
  __typename?: 'MembershipApplicationConnection';
  /** The items on this page, with cursors. */
  edges: Array<MembershipApplicationEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<MembershipApplication>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One MembershipApplication in a list, with its cursor. */
export type MembershipApplicationEdge = {
  __typename?: 'MembershipApplicationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The MembershipApplication. */
  node: MembershipApplication;
};

/** An organisation’s application for membership. */
export type MembershipApplicationInput = {
  /** City. */
  city: Scalars['String']['input'];
  /** The contact person’s email. */
  contactEmail: Scalars['String']['input'];
  /** The contact person, who becomes the organisation’s first admin. */
  contactName: Scalars['String']['input'];
  /** The CVR number: 8 digits (spaces and a "DK" prefix are ignored). */
  cvr: Scalars['String']['input'];
  /** The EAN/GLN number (13 digits) electronic invoices go to. Required for municipalities, regions, state agencies and university colleges. */
  ean?: InputMaybe<Scalars['String']['input']>;
  /** What kind of organisation applies. */
  kind: OrganisationKind;
  /** Why the organisation wants to join (optional). */
  motivation?: InputMaybe<Scalars['String']['input']>;
  /** The organisation’s name. */
  organisationName: Scalars['String']['input'];
  /** Postal code (4 digits). */
  postalCode: Scalars['String']['input'];
  /** Street address for the invoice. */
  street: Scalars['String']['input'];
};

/** Where an organisation’s application for membership stands. */
export const MembershipApplicationStatus = {
  /** Approved: the organisation exists, its first year is open and invoiced. */
  Approved: 'APPROVED',
  /** Declined, with a reason. */
  Declined: 'DECLINED',
  /** Waiting for the forum’s administrators. */
  Pending: 'PENDING'
} as const;

export type MembershipApplicationStatus = typeof MembershipApplicationStatus[keyof typeof MembershipApplicationStatus];
/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The items on this page, with cursors. */
  edges: Array<MembershipEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Membership>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Membership in a list, with its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Membership. */
  node: Membership;
};

/** Whether a yearly membership is paid and in force. */
export const MembershipStatus = {
  /** Paid and in force: the organisation’s people have member rights. */
  Active: 'ACTIVE',
  /** Not renewed: the organisation’s people fall back to public access. */
  Lapsed: 'LAPSED'
} as const;

export type MembershipStatus = typeof MembershipStatus[keyof typeof MembershipStatus];
/** Where your organisation’s membership stands, for the renewal reminder. */
export type MembershipYearStanding = {
  __typename?: 'MembershipYearStanding';
  /** Whether you may renew now (an organisation admin, and a year to renew). */
  canRenew: Scalars['Boolean']['output'];
  /** This year’s membership, if any. */
  current?: Maybe<Membership>;
  /** Whether the membership is in force now (member rights). */
  inForce: Scalars['Boolean']['output'];
  /** The coming year’s membership, once renewed. */
  next?: Maybe<Membership>;
  /** Your organisation. */
  organisation: Organisation;
  /** When renewing for the coming year opens. */
  renewalOpensAt: Scalars['DateTimeISO']['output'];
  /** The year renewing now would open. */
  renewalYear: Scalars['Int']['output'];
};

/** An intervention or programme (indsats/metode) with its evidence. */
export type Method = Node & {
  __typename?: 'Method';
  /** The oldest age the method is meant for. */
  ageMax?: Maybe<Scalars['Int']['output']>;
  /** The youngest age the method is meant for. */
  ageMin?: Maybe<Scalars['Int']['output']>;
  /** Practice examples that use the method, newest first. */
  cases: CaseConnection;
  /** An indicative price in Danish kroner (DKK) for one `costUnit`; set together with `costUnit`. */
  costDkk?: Maybe<Scalars['Int']['output']>;
  /** What the method costs in practice, in words: a price range, what it covers, who pays. */
  costNote?: Maybe<Scalars['String']['output']>;
  /** What `costDkk` is the price of. */
  costUnit?: Maybe<CostUnit>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** A longer description in Markdown: purpose, content, who delivers it. */
  description: Scalars['String']['output'];
  /** Every rating of the method, on every scheme, newest first. */
  evidenceRatings: EvidenceRatingConnection;
  /**
   * The strongest rating any scheme gives the method, normalised.
   * @deprecated The strongest of several schemes overstates the evidence when they disagree. Use `evidenceVerdict.strength`, Vidensbro’s editorial verdict, which the filters, the order and the search facet now follow.
   */
  evidenceStrength: EvidenceStrength;
  /** Vidensbro’s editorial verdict on the evidence, with how many of the schemes agree: lead with this, not with any single scheme’s rating. */
  evidenceVerdict: EvidenceVerdict;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** True for fictional demo content written to illustrate the platform. */
  isExample: Scalars['Boolean']['output'];
  /** Danish municipalities known to use the method, in the editors’ order. */
  municipalities: MethodPartyConnection;
  /** The method’s name as used in Denmark. */
  name: Scalars['String']['output'];
  /** The country the method was developed in. */
  origin?: Maybe<Scalars['String']['output']>;
  /** The original name where the method comes from abroad. */
  originalName?: Maybe<Scalars['String']['output']>;
  /** Danish organisations or people who offer the method or train in it, in the editors’ order. */
  providers: MethodPartyConnection;
  /** When this was published; null while it is a draft. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the method is delivered. */
  settings: Array<MethodSetting>;
  /** A stable, human-readable key, unique within the type; used in URLs. */
  slug: Scalars['String']['output'];
  /** Studies of the method, newest first. */
  studies: StudyConnection;
  /** One or two sentences on what the method is. */
  summary: Scalars['String']['output'];
  /** Talks about the method. */
  talks: TalkConnection;
  /** Who the method is for. */
  targetGroups: Array<TargetGroup>;
  /** Discussions about this item that you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** The topics the method is filed under. */
  topics: TopicConnection;
  /** Who trains and certifies practitioners in the method. */
  trainingCertifiedBy?: Maybe<Scalars['String']['output']>;
  /** How long the training of a practitioner takes, in words (e.g. "4 dage + 1 års supervision"). */
  trainingDuration?: Maybe<Scalars['String']['output']>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether you follow the method: you hear when its evidence ratings change, and of its discussions. */
  viewerIsFollowing: Scalars['Boolean']['output'];
  /** Who may read this. */
  visibility: Visibility;
  /** The method’s own website. */
  website?: Maybe<Scalars['String']['output']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodEvidenceRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodStudiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An intervention or programme (indsats/metode) with its evidence. */
export type MethodTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of methods. */
export type MethodConnection = {
  __typename?: 'MethodConnection';
  /** The items on this page, with cursors. */
  edges: Array<MethodEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Method>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Method in a list, with its cursor. */
export type MethodEdge = {
  __typename?: 'MethodEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Method. */
  node: Method;
};

/** Narrows a list of methods; all given conditions must hold. */
export type MethodFilter = {
  /** Methods whose age range covers this age. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** Methods whose editorial verdict (`evidenceVerdict.strength`) is at least this strong. */
  minEvidenceStrength?: InputMaybe<EvidenceStrength>;
  /** true: published items only; false: drafts only (which only editors and the owning organisation see); absent: both, as far as you may see them. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Methods rated on this scheme. */
  ratedOn?: InputMaybe<EvidenceScheme>;
  /** Methods with any of these slugs (at most 100), e.g. the methods being compared side by side. */
  slugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Methods examined by this study. */
  study?: InputMaybe<Scalars['ID']['input']>;
  /** Methods for this target group. */
  targetGroup?: InputMaybe<TargetGroup>;
  /** Methods on this topic or any topic below it. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** A method (intervention). On update, fields left out stay as they are. */
export type MethodInput = {
  /** The oldest age the method is meant for. */
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  /** The youngest age the method is meant for. */
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  /** An indicative price in DKK (0–10,000,000); give `costUnit` with it. */
  costDkk?: InputMaybe<Scalars['Int']['input']>;
  /** What it costs, in words (at most 1000 characters). */
  costNote?: InputMaybe<Scalars['String']['input']>;
  /** What `costDkk` is the price of; give `costDkk` with it. */
  costUnit?: InputMaybe<CostUnit>;
  /** The description in Markdown (required when creating). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Municipalities that use the method, in order (at most 30; replaces the current ones). */
  municipalities?: InputMaybe<Array<MethodPartyInput>>;
  /** The name used in Denmark (required when creating). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The country the method comes from. */
  origin?: InputMaybe<Scalars['String']['input']>;
  /** The original name, for methods from abroad. */
  originalName?: InputMaybe<Scalars['String']['input']>;
  /** The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Danish providers, in order (at most 30; replaces the current ones). */
  providers?: InputMaybe<Array<MethodPartyInput>>;
  /** Where the method is delivered. */
  settings?: InputMaybe<Array<MethodSetting>>;
  /** URL key; made from the name when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Studies of the method (replaces the current ones). */
  studies?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** One or two sentences (required when creating). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Who the method is for. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Topics to file it under (replaces the current ones). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Who trains and certifies practitioners. */
  trainingCertifiedBy?: InputMaybe<Scalars['String']['input']>;
  /** How long the training takes, in words. */
  trainingDuration?: InputMaybe<Scalars['String']['input']>;
  /** Who may read it once published (default PUBLIC). */
  visibility?: InputMaybe<Visibility>;
  /** The method’s website (http or https). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort methods (default: by name). */
export type MethodOrder = {
  /** The direction (default: ASC for NAME, DESC otherwise). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: MethodOrderField;
};

/** What to sort methods by. */
export const MethodOrderField = {
  /** The editorial verdict (`evidenceVerdict.strength`), strongest first by default. */
  EvidenceStrength: 'EVIDENCE_STRENGTH',
  /** The name, alphabetically. */
  Name: 'NAME',
  /** When it was published; drafts (which only editors see) by when they were created. */
  PublishedAt: 'PUBLISHED_AT'
} as const;

export type MethodOrderField = typeof MethodOrderField[keyof typeof MethodOrderField];
/** An organisation or person connected to a method in Danish practice: a provider or a municipality. */
export type MethodParty = {
  __typename?: 'MethodParty';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The name of the provider or municipality. */
  name: Scalars['String']['output'];
  /** A short note, e.g. what a provider offers or since when a municipality uses it. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation in Vidensbro, where the provider or municipality is one. */
  organisation?: Maybe<Organisation>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** A page about the method at the provider or municipality. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of providers or municipalities of a method. */
export type MethodPartyConnection = {
  __typename?: 'MethodPartyConnection';
  /** The items on this page, with cursors. */
  edges: Array<MethodPartyEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<MethodParty>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One MethodParty in a list, with its cursor. */
export type MethodPartyEdge = {
  __typename?: 'MethodPartyEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The MethodParty. */
  node: MethodParty;
};

/** A Danish provider of a method, or a municipality that uses it. */
export type MethodPartyInput = {
  /** The name; taken from `organisation` when left out (one of the two is required). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A short note, e.g. what is offered or since when. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The organisation in Vidensbro, where it is one; for municipalities, an organisation of kind MUNICIPALITY. Left out, an entry keeps the organisation of the current entry with the same name; null removes it. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** A page about the method there (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The method after the change. */
export type MethodPayload = {
  __typename?: 'MethodPayload';
  /** The method. */
  method?: Maybe<Method>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a method is delivered. */
export const MethodSetting = {
  /** In leisure time or civil society (fritid, civilsamfund). */
  Community: 'COMMUNITY',
  /** In day care (dagtilbud). */
  Daycare: 'DAYCARE',
  /** In the foster family (i plejefamilien). */
  FosterHome: 'FOSTER_HOME',
  /** As a group course (gruppeforløb). */
  Group: 'GROUP',
  /** In the family’s own home (i hjemmet). */
  Home: 'HOME',
  /** As outpatient treatment or counselling (ambulant). */
  Outpatient: 'OUTPATIENT',
  /** In residential care (døgntilbud, opholdssted). */
  Residential: 'RESIDENTIAL',
  /** At school (i skolen). */
  School: 'SCHOOL'
} as const;

export type MethodSetting = typeof MethodSetting[keyof typeof MethodSetting];
/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation: sets your name and password and signs you in. */
  acceptInvitation: SignInPayload;
  /** Comments in a thread or replies to a comment (members). */
  addComment: CommentPayload;
  /** An organisation applies for membership (anyone; no sign-in). The CVR and EAN/GLN numbers are checked by their check digits; the forum’s administrators then approve or decline. */
  applyForMembership: ApplyForMembershipPayload;
  /** Approves an application (platform admins): creates the organisation, opens its first year with an invoice, and invites the contact person as its admin. */
  approveMembershipApplication: ReviewMembershipApplicationPayload;
  /** Cancels your registration; your seat goes to the first on the waiting list. */
  cancelRegistration: RegistrationPayload;
  /** Changes your password, given the current one; signs out every other browser. Only when signed in with a password (an API token cannot). */
  changePassword: ChangePasswordPayload;
  /** Creates a personal API token; its secret is returned only this once. */
  createApiToken: CreateApiTokenPayload;
  /** Creates a case as a draft: editors for any organisation, members as a proposal from their own. */
  createCase: CasePayload;
  /** Creates an event as a draft (editors). */
  createEvent: EventPayload;
  /** Rates a method on one scheme (editors); the method’s normalised strength follows. */
  createEvidenceRating: EvidenceRatingPayload;
  /** Creates a method as a draft (editors). */
  createMethod: MethodPayload;
  /** Creates a report as a draft (editors). */
  createReport: ReportPayload;
  /** Creates a link that lets a non-member read one members-only talk or report (members). Public items need no link. */
  createShareLink: CreateShareLinkPayload;
  /** Creates a study as a draft (editors). */
  createStudy: StudyPayload;
  /** Creates a talk as a draft (editors). */
  createTalk: TalkPayload;
  /** Adds a topic to the tree (editors). */
  createTopic: TopicPayload;
  /** Creates a signed webhook for an API token (WRITE scope): it receives the chosen events about what the token’s member may read. */
  createWebhook: CreateWebhookPayload;
  /** Creates a workshop as a draft (editors). */
  createWorkshop: WorkshopPayload;
  /** Declines an application with a reason (platform admins). */
  declineMembershipApplication: ReviewMembershipApplicationPayload;
  /** Deletes your comment; replies to it stay readable. */
  deleteComment: CommentPayload;
  /** Deletes the account of a person who left your organisation, as deleteMyAccount would (org admins and admins). */
  deleteMember: DeleteAccountPayload;
  /** Deletes your account. Your comments stay, shown as "Tidligere medlem". Type your email to confirm. */
  deleteMyAccount: DeleteAccountPayload;
  /** Deletes content, a topic or an evidence rating (editors; members may delete their own case proposals). */
  deleteNode: DeletePayload;
  /** Deletes a webhook and its delivery log. */
  deleteWebhook: DeleteWebhookPayload;
  /** Edits your comment; it shows as edited and the earlier text is kept. */
  editComment: CommentPayload;
  /** Features or unfeatures a workshop output (editors). */
  featureWorkshopOutput: WorkshopOutputPayload;
  /** Reports a comment to the moderators. */
  flagComment: FlagPayload;
  /** Follows or unfollows a thread, or any node (then all its threads). */
  follow: FollowPayload;
  /** Follows a knowledge gap, or stops following it: followers hear when results arrive (members). */
  followKnowledgeGap: KnowledgeGapPayload;
  /** Invites a person to your organisation (org admins and admins). */
  inviteMember: InviteMemberPayload;
  /** Marks a reply as the answer to your question (null clears it). */
  markAnswer: ThreadPayload;
  /** Registers that an invoice is paid (platform admins), which puts its membership year in force for good; `paid: false` withdraws a payment registered by mistake. */
  markInvoicePaid: MarkInvoicePaidPayload;
  /** Marks a gap "we are studying this" for your organisation, with a contact and when results are expected (members of research institutes and university colleges); marking again updates it. */
  markKnowledgeGapStudied: KnowledgeGapPayload;
  /** Marks notifications read: the given ones, or all when none are given. Returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Hides or restores a comment, with a reason (editors and admins). */
  moderateComment: CommentPayload;
  /** Publishes a case, method, study, event, talk, workshop or report (editors). */
  publish: PublishPayload;
  /** Records what a group from your organisation took from a workshop (once it has begun). */
  recordWorkshopOutput: WorkshopOutputPayload;
  /** Sends a delivery again, as a new delivery in the log. */
  redeliverWebhookDelivery: RedeliverPayload;
  /** Registers you for a meeting: a seat while there is room, otherwise a place on the waiting list, which moves up automatically. */
  registerForEvent: RegistrationPayload;
  /** Removes a person who left your organisation (org admins and admins). */
  removeMember: RemoveMemberPayload;
  /** Renews an organisation’s membership (its admins, or platform admins): opens the coming year (or this year, after a lapse) with an invoice. */
  renewMembership: RenewMembershipPayload;
  /** Emails a link to choose a new password, when the address belongs to an account. Answers the same either way; limited per address and per email (RATE_LIMITED). */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sets a new password with the secret from a reset link; the link then stops working and every sign-in ends. */
  resetPassword: ResetPasswordPayload;
  /** Revokes one of your API tokens; it stops working at once. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Revokes a share link at once (its maker or an editor). */
  revokeShareLink: ShareLinkPayload;
  /** Sets how many seats an event has, in total and per organisation (editors). */
  setEventSeats: EventSeatsPayload;
  /** Marks a comment useful, or takes that back. */
  setUseful: CommentPayload;
  /** Writes a workshop’s facilitator briefing and names its facilitator (editors). */
  setWorkshopBriefing: WorkshopBriefingPayload;
  /** Signs in with email and password and sets the session cookie. */
  signIn: SignInPayload;
  /** Ends this browser session. */
  signOut: SignOutPayload;
  /** Ends every session of yours, on every device. */
  signOutEverywhere: SignOutPayload;
  /** Starts a thread on a piece of knowledge or a topic (members). */
  startThread: ThreadPayload;
  /** Withdraws your organisation’s "we are studying this". */
  unmarkKnowledgeGapStudied: KnowledgeGapPayload;
  /** Takes published content back to draft (editors). */
  unpublish: PublishPayload;
  /** Changes a case (editors; members their own organisation’s drafts). */
  updateCase: CasePayload;
  /** Changes what Vidensbro emails you (needs the WRITE scope with a token). */
  updateEmailSettings: UpdateEmailSettingsPayload;
  /** Changes an event (editors). */
  updateEvent: EventPayload;
  /** Changes a rating (editors); the method’s strength follows. */
  updateEvidenceRating: EvidenceRatingPayload;
  /** Changes a method (editors). */
  updateMethod: MethodPayload;
  /** Turns kinds of notification on or off for you (needs the WRITE scope with a token). */
  updateNotificationSettings: UpdateNotificationSettingsPayload;
  /** Changes your name and job title as other members see them (needs the WRITE scope with a token). */
  updateProfile: UpdateProfilePayload;
  /** Changes a report (editors). */
  updateReport: ReportPayload;
  /** Changes a study (editors). */
  updateStudy: StudyPayload;
  /** Changes a talk (editors). */
  updateTalk: TalkPayload;
  /** Changes or moves a topic (editors). */
  updateTopic: TopicPayload;
  /** Changes a workshop (editors). */
  updateWorkshop: WorkshopPayload;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationApplyForMembershipArgs = {
  input: MembershipApplicationInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationApproveMembershipApplicationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCancelRegistrationArgs = {
  eventId: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateCaseArgs = {
  input: CaseInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateEventArgs = {
  input: EventInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateEvidenceRatingArgs = {
  input: EvidenceRatingInput;
  method: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateMethodArgs = {
  input: MethodInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateReportArgs = {
  input: ReportInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateShareLinkArgs = {
  input: CreateShareLinkInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateStudyArgs = {
  input: StudyInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateTalkArgs = {
  input: TalkInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateTopicArgs = {
  input: TopicInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateWebhookArgs = {
  input: WebhookInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationCreateWorkshopArgs = {
  input: WorkshopInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationDeclineMembershipApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationDeleteMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationDeleteMyAccountArgs = {
  confirmEmail: Scalars['String']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationDeleteNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationFeatureWorkshopOutputArgs = {
  featured?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationFlagCommentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationFollowArgs = {
  following: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationFollowKnowledgeGapArgs = {
  following: Scalars['Boolean']['input'];
  gap: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationMarkAnswerArgs = {
  commentId?: InputMaybe<Scalars['ID']['input']>;
  threadId: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationMarkInvoicePaidArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  paid?: Scalars['Boolean']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationMarkKnowledgeGapStudiedArgs = {
  gap: Scalars['ID']['input'];
  input: KnowledgeGapClaimInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationModerateCommentArgs = {
  hidden: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationPublishArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRecordWorkshopOutputArgs = {
  input: WorkshopOutputInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRemoveMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRenewMembershipArgs = {
  input: RenewMembershipInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationRevokeShareLinkArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationSetEventSeatsArgs = {
  input: EventSeatsInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationSetUsefulArgs = {
  id: Scalars['ID']['input'];
  useful: Scalars['Boolean']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationSetWorkshopBriefingArgs = {
  input: WorkshopBriefingInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationStartThreadArgs = {
  input: StartThreadInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUnmarkKnowledgeGapStudiedArgs = {
  gap: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUnpublishArgs = {
  id: Scalars['ID']['input'];
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: CaseInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateEmailSettingsArgs = {
  input: UpdateEmailSettingsInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: EventInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateEvidenceRatingArgs = {
  id: Scalars['ID']['input'];
  input: EvidenceRatingInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateMethodArgs = {
  id: Scalars['ID']['input'];
  input: MethodInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateNotificationSettingsArgs = {
  input: UpdateNotificationSettingsInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateReportArgs = {
  id: Scalars['ID']['input'];
  input: ReportInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateStudyArgs = {
  id: Scalars['ID']['input'];
  input: StudyInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateTalkArgs = {
  id: Scalars['ID']['input'];
  input: TalkInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateTopicArgs = {
  id: Scalars['ID']['input'];
  input: TopicInput;
};


/** Changes: signing in, tokens, members, and editing the knowledge base. */
export type MutationUpdateWorkshopArgs = {
  id: Scalars['ID']['input'];
  input: WorkshopInput;
};

/** An object with a globally unique ID; fetch any of them again with `node(id:)` or `nodes(ids:)`. */
export type Node = {
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
};

/** Something that happened in a discussion you take part in or follow, or to your meeting registration. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** Who did it. */
  actorName: Scalars['String']['output'];
  /** The comment it is about; null when you may no longer read its thread. */
  comment?: Maybe<Comment>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The meeting it is about (WAITLIST_PROMOTED); null for discussions or when you may no longer see it. */
  event?: Maybe<Event>;
  /** The knowledge gap, for GAP_RESULTS. */
  gapId?: Maybe<Scalars['ID']['output']>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: NotificationKind;
  /** The method, for RATING_CHANGED (and method gaps); null when you may no longer read it. */
  method?: Maybe<Method>;
  /** The grade after the change, for RATING_CHANGED (as `oldGrade`). */
  newGrade?: Maybe<Scalars['String']['output']>;
  /** The grade before the change, for RATING_CHANGED; null when the rating is new. In the scheme’s terms; a Vidensportal grade lists its five dimensions as "target group/method/implementation/effect/economy", e.g. "A/B/C/C/D". */
  oldGrade?: Maybe<Scalars['String']['output']>;
  /** When you read it; null while unread. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The rating scheme, for RATING_CHANGED. */
  scheme?: Maybe<EvidenceScheme>;
  /** Who gave the rating, for RATING_CHANGED. */
  source?: Maybe<Scalars['String']['output']>;
  /** The study that brought results, for GAP_RESULTS; null when you may no longer read it. */
  study?: Maybe<Study>;
  /** The thread it happened in; null for meetings or when you may no longer read it. */
  thread?: Maybe<Thread>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items on this page, with cursors. */
  edges: Array<NotificationEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Notification>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Notification in a list, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Notification. */
  node: Notification;
};

/** Why a member is notified. */
export const NotificationKind = {
  /** Your reply was marked as the answer. */
  Answer: 'ANSWER',
  /** Results arrived for a knowledge gap you follow: a study linked to it was published (see `study`). */
  GapResults: 'GAP_RESULTS',
  /** Your organisation’s membership year ends soon: renew it (organisation admins; cannot be turned off). */
  MembershipRenewal: 'MEMBERSHIP_RENEWAL',
  /** Someone mentioned you. */
  Mention: 'MENTION',
  /** A new comment in a thread or on something you follow. */
  NewComment: 'NEW_COMMENT',
  /** An evidence rating of a method you follow (or filed under a topic you follow) was added or changed: see `method`, `scheme`, `oldGrade`, `newGrade` and `source`. */
  RatingChanged: 'RATING_CHANGED',
  /** Someone replied to your comment. */
  Reply: 'REPLY',
  /** A seat freed up at a meeting and you moved up from the waiting list: your seat is confirmed. */
  WaitlistPromoted: 'WAITLIST_PROMOTED'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** Whether you are notified of one kind of event. */
export type NotificationSetting = {
  __typename?: 'NotificationSetting';
  /** Whether you get it. */
  enabled: Scalars['Boolean']['output'];
  /** The kind of notification. */
  kind: NotificationKind;
  /** Whether you may turn it off (a confirmed seat from the waiting list is always told). */
  optional: Scalars['Boolean']['output'];
};

/** Turns one kind of notification on or off. */
export type NotificationSettingInput = {
  /** Whether you want it. */
  enabled: Scalars['Boolean']['input'];
  /** The kind of notification. */
  kind: NotificationKind;
};

/** Sort direction. */
export const OrderDirection = {
  /** Smallest or earliest first. */
  Asc: 'ASC',
  /** Largest or latest first. */
  Desc: 'DESC'
} as const;

export type OrderDirection = typeof OrderDirection[keyof typeof OrderDirection];
/** A municipality, NGO, research institute or other organisation in the forum. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** Practice examples from the organisation, newest first. */
  cases: CaseConnection;
  /** The city where the organisation is based. */
  city?: Maybe<Scalars['String']['output']>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the organisation does, in its own or the editors’ words. */
  description: Scalars['String']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** Whether the organisation has an active membership this year. */
  isActiveMember: Scalars['Boolean']['output'];
  /** True for fictional demo organisations. */
  isExample: Scalars['Boolean']['output'];
  /** What kind of organisation this is. */
  kind: OrganisationKind;
  /** The organisation’s people, by name (for signed-in members with an active membership; empty otherwise). */
  members: MemberConnection;
  /** The organisation’s yearly memberships, newest first. */
  memberships: MembershipConnection;
  /** The organisation’s name. */
  name: Scalars['String']['output'];
  /** A stable, human-readable key, unique among organisations. */
  slug: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The organisation’s website. */
  website?: Maybe<Scalars['String']['output']>;
};


/** A municipality, NGO, research institute or other organisation in the forum. */
export type OrganisationCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A municipality, NGO, research institute or other organisation in the forum. */
export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A municipality, NGO, research institute or other organisation in the forum. */
export type OrganisationMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The items on this page, with cursors. */
  edges: Array<OrganisationEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Organisation>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Organisation in a list, with its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Organisation. */
  node: Organisation;
};

/** What kind of organisation a member is; members speak from this perspective. */
export const OrganisationKind = {
  /** A philanthropic foundation (fond). */
  Foundation: 'FOUNDATION',
  /** An interest or professional organisation. */
  InterestOrganisation: 'INTEREST_ORGANISATION',
  /** A Danish municipality (kommune). */
  Municipality: 'MUNICIPALITY',
  /** A non-governmental organisation. */
  Ngo: 'NGO',
  /** A private company. */
  PrivateCompany: 'PRIVATE_COMPANY',
  /** A Danish region. */
  Region: 'REGION',
  /** A research institute or university department. */
  ResearchInstitute: 'RESEARCH_INSTITUTE',
  /** A provider of care or support services (e.g. a foster care agency). */
  ServiceProvider: 'SERVICE_PROVIDER',
  /** A national agency or board (styrelse). */
  StateAgency: 'STATE_AGENCY',
  /** A university college (professionshøjskole). */
  UniversityCollege: 'UNIVERSITY_COLLEGE'
} as const;

export type OrganisationKind = typeof OrganisationKind[keyof typeof OrganisationKind];
/** How many hits come from one kind of organisation. */
export type OrganisationKindCount = {
  __typename?: 'OrganisationKindCount';
  /** Hits from this kind of organisation. */
  count: Scalars['Int']['output'];
  /** The kind of organisation. */
  value: OrganisationKind;
};

/** Where a page sits in a list, for fetching the next or previous page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item; pass it as `before` for the previous page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The content after publishing or unpublishing it. */
export type PublishPayload = {
  __typename?: 'PublishPayload';
  /** The content, with its new publication state. */
  node?: Maybe<Node>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type Query = {
  __typename?: 'Query';
  /** Who changed what and when, newest first (platform admins). */
  auditTrail: AuditEntryConnection;
  /** A practice example by its slug. */
  case?: Maybe<Case>;
  /** Practice examples, filtered and sorted. */
  cases: CaseConnection;
  /** Your digest: what is new for you (signed-in members; weekly by default). */
  digest: Digest;
  /** Whether new threads may be started about this node: false while it is an unpublished draft (discussion opens when it is published). NOT_FOUND when you may not read it. */
  discussionOpen: Scalars['Boolean']['output'];
  /** An event by its slug. */
  event?: Maybe<Event>;
  /** Forum meetings and other events, by start time. */
  events: EventConnection;
  /** Every rating scheme and how its values map to the common scale: the rule the verdict and the strength facet are computed by, so a "how we rate" page never drifts from it. */
  evidenceSchemes: Array<EvidenceSchemeInfo>;
  /** Everything Vidensbro holds about you, as JSON (secrets excluded). */
  exportMyData: Scalars['JSONObject']['output'];
  /** Membership invoices, newest first: all of them for platform admins; an organisation admin sees their own organisation’s. */
  invoices: InvoiceConnection;
  /** The gap map: methods, topics and target groups where the evidence is thin, computed from what you may read; most practice first within each kind. Pages forwards (`first`, `after`). */
  knowledgeGaps: KnowledgeGapConnection;
  /** How many organisations of each kind have an active membership this year (public); largest first. */
  memberOrganisationCounts: Array<MemberOrganisationCount>;
  /** The forum’s member organisations: those with an active membership this year, by name (public). */
  memberOrganisations: OrganisationConnection;
  /** Applications for membership, oldest first (platform admins). */
  membershipApplications: MembershipApplicationConnection;
  /** Members you may @mention whose name contains what you typed (for the comment editor): active people of organisations with an active membership, not you; names starting with it first. Members with an active membership only. */
  mentionCandidates: Array<Member>;
  /** A method by its slug. */
  method?: Maybe<Method>;
  /** Methods (interventions), filtered and sorted. */
  methods: MethodConnection;
  /** Open reports of comments, oldest first (editors and admins). */
  moderationQueue: FlagConnection;
  /** Where your organisation’s membership stands: this year, the coming year and renewal; null when not signed in. */
  myMembershipYear?: Maybe<MembershipYearStanding>;
  /** Any object by its global ID; null when it does not exist or you may not see it. */
  node?: Maybe<Node>;
  /** Several objects by global ID, in the order asked (at most 100); null for each one that does not exist or you may not see. */
  nodes: Array<Maybe<Node>>;
  /** Your notifications, newest first. */
  notifications: NotificationConnection;
  /** An organisation by its slug. */
  organisation?: Maybe<Organisation>;
  /** The forum’s organisations, by name. */
  organisations: OrganisationConnection;
  /** A report by its slug. */
  report?: Maybe<Report>;
  /** Reports, newest first. */
  reports: ReportConnection;
  /** Searches cases, methods, studies, talks (with chapters and transcripts), events, workshops, reports, organisations and (for members) discussion threads with their comments and workshop outputs at once, in Danish: inflections and compound words are understood ("familie" finds "plejefamilien", "forældresamarbejde" finds "samarbejde med forældre"), typos are forgiven, everyday words find the professional ones ("skolevægring" finds "skolefravær") and English queries reach English studies. Every word but the rarest may drop out; when few items match, the list goes on with what matches fewer words; when nothing matches, `nearestTerms` and `nearestTopics` say what is near. An empty query browses everything, newest first. Hits are only what you may read. */
  search?: Maybe<SearchConnection>;
  /** Opens a share link: the one talk or report it names, read-only, for anyone holding the secret. NOT_FOUND when the link is unknown, revoked or expired, or while the item is narrowed to its organisation, unpublished or deleted (checked each time the link is opened). */
  sharedItem: SharedItem;
  /** Unpublished content of every type nobody has touched for DRAFT_RETENTION_MONTHS (default 12), oldest change first: publish, update or delete it. Your organisation’s drafts; all drafts for editors. */
  staleContent: ContentItemConnection;
  /**
   * Unpublished cases nobody has touched for DRAFT_RETENTION_MONTHS (default 12): publish, update or delete them. Your organisation’s drafts; all drafts for editors.
   * @deprecated Use staleContent, which lists stale drafts of every content type.
   */
  staleDrafts: CaseConnection;
  /** Studies, reviews and evaluations, filtered and sorted. */
  studies: StudyConnection;
  /** A study by its slug. */
  study?: Maybe<Study>;
  /** Titles matching what has been typed so far, for search-as-you-type; fast and small. */
  suggest?: Maybe<Array<SearchSuggestion>>;
  /** A talk by its slug. */
  talk?: Maybe<Talk>;
  /** Filmed talks, in programme order. */
  talks: TalkConnection;
  /** Discussion threads you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** A topic by its slug. */
  topic?: Maybe<Topic>;
  /** Topics by Danish name; the top of the tree unless `parent` is given. */
  topics: TopicConnection;
  /** Who you are: null when not signed in. */
  viewer?: Maybe<Viewer>;
  /** One of your webhooks by ID. */
  webhook?: Maybe<Webhook>;
  /** Your webhooks (an organisation’s admin also sees the organisation’s), newest first. */
  webhooks: WebhookConnection;
  /** A workshop by its slug. */
  workshop?: Maybe<Workshop>;
  /** Workshop outputs, newest first (members; empty for others). */
  workshopOutputs: WorkshopOutputConnection;
  /** Workshops, by start time. */
  workshops: WorkshopConnection;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryCaseArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryDigestArgs = {
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryDiscussionOpenArgs = {
  about: Scalars['ID']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryEventArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<OrderDirection>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  paid?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryKnowledgeGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeGapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryMemberOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryMembershipApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MembershipApplicationStatus>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryMentionCandidatesArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryMethodArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MethodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MethodOrder>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryOrganisationArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryReportArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  topic?: InputMaybe<Scalars['ID']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QuerySharedItemArgs = {
  secret: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryStaleContentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryStaleDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryStudiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StudyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StudyOrder>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryStudyArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QuerySuggestArgs = {
  first?: Scalars['Int']['input'];
  prefix: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryTalkArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryThreadsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organisationKind?: InputMaybe<OrganisationKind>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryTopicArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  all?: Scalars['Boolean']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryWorkshopArgs = {
  slug: Scalars['String']['input'];
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryWorkshopOutputsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkshopOutputFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Vidensbro: research and documented practice for people who work with vulnerable children. */
export type QueryWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkshopFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The new delivery queued by a redelivery. */
export type RedeliverPayload = {
  __typename?: 'RedeliverPayload';
  /** The new delivery (PENDING). */
  delivery?: Maybe<WebhookDelivery>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A member’s registration for a meeting: a seat, a place on the waiting list, or cancelled. */
export type Registration = Node & {
  __typename?: 'Registration';
  /** When the registration was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the seat was confirmed (possibly from the waiting list). */
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The meeting. */
  event?: Maybe<Event>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** Who registered (null if they have left the forum). */
  member?: Maybe<Member>;
  /** The organisation the member registered from. */
  organisation: Organisation;
  /** When the member (last) registered; the waiting list goes by this order. */
  registeredAt: Scalars['DateTimeISO']['output'];
  /** Seat, waiting list or cancelled. */
  status: RegistrationStatus;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Your place on the waiting list (1 is next in line); null unless WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** A page of registrations for a meeting, in the order they came in. */
export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  /** The items on this page, with cursors. */
  edges: Array<RegistrationEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Registration>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Registration in a list, with its cursor. */
export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Registration. */
  node: Registration;
};

/** Your registration after registering or cancelling. */
export type RegistrationPayload = {
  __typename?: 'RegistrationPayload';
  /** The registration. */
  registration?: Maybe<Registration>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a registration for a meeting stands. */
export const RegistrationStatus = {
  /** Cancelled by the member. */
  Cancelled: 'CANCELLED',
  /** The member has a seat. */
  Confirmed: 'CONFIRMED',
  /** On the waiting list; moves up automatically when a seat frees (first come, first served). */
  Waitlisted: 'WAITLISTED'
} as const;

export type RegistrationStatus = typeof RegistrationStatus[keyof typeof RegistrationStatus];
/** The removed member. */
export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  /** The member, who can no longer sign in. */
  member?: Maybe<Member>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Renew an organisation’s membership. */
export type RenewMembershipInput = {
  /** Invoicing details, when none are on record. */
  billing?: InputMaybe<BillingDetailsInput>;
  /** The organisation (its global ID). */
  organisationId: Scalars['ID']['input'];
};

/** The result of renewing a membership. */
export type RenewMembershipPayload = {
  __typename?: 'RenewMembershipPayload';
  /** Its invoice. */
  invoice?: Maybe<Invoice>;
  /** The new year’s membership. */
  membership?: Maybe<Membership>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A report on trends and concrete cases, published before the meeting it prepares. */
export type Report = Node & {
  __typename?: 'Report';
  /** The report in Markdown: trends and concrete cases. */
  body: Scalars['String']['output'];
  /** The practice examples the report features. */
  cases: CaseConnection;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The meeting the report prepares. */
  event?: Maybe<Event>;
  /** What organisations took from workshops since the previous forum meeting and editors featured for this report (members; at most 20, oldest first). Empty when the report prepares no meeting. */
  featuredOutputs: Array<WorkshopOutput>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** True for fictional demo content written to illustrate the platform. */
  isExample: Scalars['Boolean']['output'];
  /** When this was published; null while it is a draft. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The publication date (YYYY-MM-DD). */
  publishedOn: Scalars['String']['output'];
  /** A stable, human-readable key, unique within the type; used in URLs. */
  slug: Scalars['String']['output'];
  /** A short summary of the report. */
  summary: Scalars['String']['output'];
  /** Discussions about this item that you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** The report’s title. */
  title: Scalars['String']['output'];
  /** The topics of the report. */
  topics: TopicConnection;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where to download the full report. */
  url?: Maybe<Scalars['String']['output']>;
  /** Who may read this. */
  visibility: Visibility;
};


/** A report on trends and concrete cases, published before the meeting it prepares. */
export type ReportCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A report on trends and concrete cases, published before the meeting it prepares. */
export type ReportThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A report on trends and concrete cases, published before the meeting it prepares. */
export type ReportTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of reports. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** The items on this page, with cursors. */
  edges: Array<ReportEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Report>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Report in a list, with its cursor. */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Report. */
  node: Report;
};

/** A report before a meeting. On update, fields left out stay as they are. */
export type ReportInput = {
  /** The report in Markdown (required when creating). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The cases it features (replaces the current ones). */
  cases?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The meeting it prepares (one report per event; published before it). Null to detach. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** The publication date, YYYY-MM-DD (required when creating). */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** URL key; made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** A short summary (required when creating). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The title (required when creating). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Topics of the report (replaces the current ones). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where to download the full report (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Who may read it once published (default PUBLIC). */
  visibility?: InputMaybe<Visibility>;
};

/** The report after the change. */
export type ReportPayload = {
  __typename?: 'ReportPayload';
  /** The report. */
  report?: Maybe<Report>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The email address of the account whose password was forgotten. */
export type RequestPasswordResetInput = {
  /** The email you sign in with. */
  email: Scalars['String']['input'];
};

/** The same answer whether or not the email belongs to an account: when it does, a link to choose a new password is on its way. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** True when the request was taken (not whether the account exists). */
  accepted: Scalars['Boolean']['output'];
  /** Problems with the input (INVALID for a malformed email); empty otherwise. */
  userErrors: Array<UserError>;
};

/** The secret from a password reset link and the new password. */
export type ResetPasswordInput = {
  /** The new password: the same rules as when the account was made. */
  newPassword: Scalars['String']['input'];
  /** The secret from the link in the email. */
  token: Scalars['String']['input'];
};

/** Whether the password was reset, or why not. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** How many sign-ins were ended: a reset signs out every browser. */
  endedSessions: Scalars['Int']['output'];
  /** True when the new password is set; sign in with it. */
  reset: Scalars['Boolean']['output'];
  /** Problems: EXPIRED for a used, expired or unknown link; INVALID for a weak password. */
  userErrors: Array<UserError>;
};

/** The result of deciding on an application. */
export type ReviewMembershipApplicationPayload = {
  __typename?: 'ReviewMembershipApplicationPayload';
  /** The decided application. */
  application?: Maybe<MembershipApplication>;
  /** On approval: the secret of the contact person’s invitation (for the link /invitation/<secret>). */
  invitationSecret?: Maybe<Scalars['String']['output']>;
  /** On approval: the first year’s invoice. */
  invoice?: Maybe<Invoice>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The revoked token. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The token, now revoked. */
  token?: Maybe<ApiToken>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** One value a rating scheme gives, and where it lands on Vidensbro’s common scale. */
export type SchemeValue = {
  __typename?: 'SchemeValue';
  /** The value normalised to Vidensbro’s common scale. */
  strength: EvidenceStrength;
  /** The value in the scheme’s own terms, as in `EvidenceRating.value`. */
  value: Scalars['String']['output'];
};

/** A page of search hits, best first (newest first when browsing without a query). */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** True when few items held every important word, so the hits go on, ranked below them, with items that match fewer: compound parts instead of whole words, or without the rarest word. */
  broadened: Scalars['Boolean']['output'];
  /** The hits on this page, with cursors and highlights. */
  edges: Array<SearchEdge>;
  /** Facet counts for narrowing the search. */
  facets: SearchFacets;
  /** Words of the query that no item you may read contains: they did not decide what was found. */
  ignoredWords: Array<Scalars['String']['output']>;
  /** Only when nothing was found: words from items you may read that are spelled like the words searched for, to search for instead. */
  nearestTerms: Array<Scalars['String']['output']>;
  /** Only when nothing was found: topics of items whose words begin like the words searched for. */
  nearestTopics: Array<TopicCount>;
  /** The items on this page, without the hit details. */
  nodes: Array<SearchResult>;
  /** Where this page sits in the hits. */
  pageInfo: PageInfo;
  /** True when the query was long (more than 8 words, e.g. a pasted case description) and only its most telling words were searched — those most frequent in the text and rarest in the content; `searchedAs` lists them. Also true when the query was longer than 2000 characters and only its beginning was read. */
  reduced: Scalars['Boolean']['output'];
  /** The query as searched: question and filler words left out, Danish words as base forms, typos corrected, unknown compounds as their parts, words no Danish dictionary knows by their English stem. For a long query, its most telling words. */
  searchedAs: Scalars['String']['output'];
  /** How many hits there are across all pages (estimated for very large results). */
  totalCount: Scalars['Int']['output'];
};

/** One search hit with its cursor and why it matched. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque position of this hit; pass it as `after` for the next page. */
  cursor: Scalars['String']['output'];
  /** Snippets of the matched parts with the matches marked. */
  highlights: Array<SearchHighlight>;
  /** The parts of the item the search matched, most important first. */
  matchedFields: Array<SearchField>;
  /** The item found, loaded from the database. */
  node: SearchResult;
};

/** Counts per value of each facet, for the hits of this search (a facet’s own selection is ignored in its counts, so other choices stay visible). */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  /** Hits per age range. */
  ageRanges: Array<AgeRangeCount>;
  /** Hits per editorial verdict (see `SearchFilter.evidenceStrengths`), strongest first. */
  evidenceStrengths: Array<EvidenceStrengthCount>;
  /** Hits per kind of organisation. */
  organisationKinds: Array<OrganisationKindCount>;
  /** Threads per kind of organisation that has commented in them (a thread counts for each). */
  participantKinds: Array<OrganisationKindCount>;
  /** Hits per target group. */
  targetGroups: Array<TargetGroupCount>;
  /** Hits per topic. */
  topics: Array<TopicCount>;
  /** Hits per kind of item. */
  types: Array<SearchTypeCount>;
  /** Hits per year, newest first. */
  years: Array<YearCount>;
};

/** The part of an item a search matched. */
export const SearchField = {
  /** The full text: a case’s story, a method’s description, a report’s body, a thread’s comments. */
  Body: 'BODY',
  /** A talk’s chapter titles. */
  Chapters: 'CHAPTERS',
  /** Authors, speakers, facilitators or the organisation behind it. */
  People: 'PEOPLE',
  /** Venue, city, publisher or country. */
  Place: 'PLACE',
  /** The summary, abstract, theme or description in brief; for a thread, what it is about. */
  Summary: 'SUMMARY',
  /** The title or name. */
  Title: 'TITLE',
  /** The names of the topics it is filed under. */
  Topics: 'TOPICS',
  /** What is said in a talk. */
  Transcript: 'TRANSCRIPT'
} as const;

export type SearchField = typeof SearchField[keyof typeof SearchField];
/** Narrows a search; values within one list are alternatives, the lists all apply. */
export type SearchFilter = {
  /** Items whose ages touch any of these ranges. */
  ageRanges?: InputMaybe<Array<AgeRange>>;
  /** Items with any of these editorial verdicts (`Method.evidenceVerdict.strength`); a case or talk has the best verdict among its methods. */
  evidenceStrengths?: InputMaybe<Array<EvidenceStrength>>;
  /** Cases and workshop outputs from, and organisations of, any of these kinds. */
  organisationKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Threads in which someone from any of these kinds of organisation has commented. */
  participantKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Items about any of these target groups. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Items on any of these topics (or topics below them). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds of items. */
  types?: InputMaybe<Array<SearchType>>;
  /** Items from this year or later (a thread: its last activity). */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Items from this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A piece of an item’s text around what matched. */
export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  /** Which part of the item this is from. */
  field: SearchField;
  /** The text, HTML-escaped, with the matched words wrapped in <mark>…</mark>; long texts are cut to the part around the match. */
  snippet: Scalars['String']['output'];
};

/** Anything search can find. */
export type SearchResult = Case | Event | Method | Organisation | Report | Study | Talk | Thread | Workshop | WorkshopOutput;

/** A suggestion while typing: an item whose title matches what is typed so far. */
export type SearchSuggestion = {
  __typename?: 'SearchSuggestion';
  /** The title, HTML-escaped, with the matched part wrapped in <mark>…</mark>. */
  highlighted: Scalars['String']['output'];
  /** The item. */
  node: SearchResult;
  /** The item’s title. */
  text: Scalars['String']['output'];
};

/** The kinds of things search finds. */
export const SearchType = {
  /** Practice examples. */
  Case: 'CASE',
  /** Forum meetings and other events. */
  Event: 'EVENT',
  /** Methods and programmes. */
  Method: 'METHOD',
  /** Organisations in the forum. */
  Organisation: 'ORGANISATION',
  /** Reports. */
  Report: 'REPORT',
  /** Studies and other evidence sources. */
  Study: 'STUDY',
  /** Filmed talks, including their chapters and transcripts. */
  Talk: 'TALK',
  /** Discussion threads, found by their title, what they are about and their comments’ text (members only). */
  Thread: 'THREAD',
  /** Workshops at events. */
  Workshop: 'WORKSHOP',
  /** What organisations took from workshops: the insight and next step (members only, as their workshop allows). */
  WorkshopOutput: 'WORKSHOP_OUTPUT'
} as const;

export type SearchType = typeof SearchType[keyof typeof SearchType];
/** How many hits have one kind. */
export type SearchTypeCount = {
  __typename?: 'SearchTypeCount';
  /** Hits of this kind. */
  count: Scalars['Int']['output'];
  /** The kind. */
  value: SearchType;
};

/** A link that lets a non-member read one talk or report, read-only, until it is revoked or expires. */
export type ShareLink = Node & {
  __typename?: 'ShareLink';
  /** Whether the link works now: not revoked, not expired, and the item still published and not narrowed to its organisation. */
  active: Scalars['Boolean']['output'];
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the link stops working; null for never. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** What the link opens (null if you may not see it). */
  item?: Maybe<SharedItem>;
  /** When the link was last opened. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the link was revoked. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the link opens: "Talk" or "Report". */
  subjectType: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The share link after the change. */
export type ShareLinkPayload = {
  __typename?: 'ShareLinkPayload';
  /** The link. */
  shareLink?: Maybe<ShareLink>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Something a share link can open: a talk or a report. */
export type SharedItem = Report | Talk;

/** Email and password. */
export type SignInInput = {
  /** The email address the invitation was sent to. */
  email: Scalars['String']['input'];
  /** The password. */
  password: Scalars['String']['input'];
};

/** The result of signing in: the member, or why not. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** The signed-in member. */
  member?: Maybe<Member>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of signing out. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** How many sessions were ended. */
  endedSessions: Scalars['Int']['output'];
};

/** A person giving a talk. */
export type Speaker = {
  __typename?: 'Speaker';
  /** The speaker’s name. */
  name: Scalars['String']['output'];
  /** The organisation the speaker comes from. */
  organisation?: Maybe<Organisation>;
  /** The speaker’s title or role, e.g. "Forsker, ph.d.". */
  title: Scalars['String']['output'];
};

/** A person giving a talk. */
export type SpeakerInput = {
  /** The speaker’s name. */
  name: Scalars['String']['input'];
  /** The organisation the speaker comes from. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** The speaker’s title or role, e.g. "Forsker, ph.d.". */
  title: Scalars['String']['input'];
};

/** A new thread with its first comment. */
export type StartThreadInput = {
  /** What the thread is about: a case, method, study, evidence rating, talk, event, workshop, workshop output, report or topic. */
  about: Scalars['ID']['input'];
  /** For talks: the second of the video the thread refers to. */
  atSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The first comment, in Markdown. Mention members as [@Name](mention:<member id>). */
  body: Scalars['String']['input'];
  /** QUESTION lets you mark a reply as the answer (default DISCUSSION). */
  kind?: InputMaybe<ThreadKind>;
  /** The thread’s title. */
  title: Scalars['String']['input'];
};

/** A source of evidence: a study, review or evaluation. */
export type Study = Node & {
  __typename?: 'Study';
  /** A summary of the study and its findings, in Danish. */
  abstract: Scalars['String']['output'];
  /** The authors, in the order the publication lists them. */
  authors: Array<Scalars['String']['output']>;
  /** The country the study was carried out in. */
  country?: Maybe<Scalars['String']['output']>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** How the study was designed. */
  design: StudyDesign;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** True for fictional demo content written to illustrate the platform. */
  isExample: Scalars['Boolean']['output'];
  /** The methods the study examines. */
  methods: MethodConnection;
  /** When this was published; null while it is a draft. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who published the study (publisher, journal or institute). */
  publisher: Scalars['String']['output'];
  /** A stable, human-readable key, unique within the type; used in URLs. */
  slug: Scalars['String']['output'];
  /** Discussions about this item that you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** The study’s title. */
  title: Scalars['String']['output'];
  /** The topics the study is filed under. */
  topics: TopicConnection;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where to read the study. */
  url?: Maybe<Scalars['String']['output']>;
  /** Who may read this. */
  visibility: Visibility;
  /** The year of publication. */
  year: Scalars['Int']['output'];
};


/** A source of evidence: a study, review or evaluation. */
export type StudyMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A source of evidence: a study, review or evaluation. */
export type StudyThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A source of evidence: a study, review or evaluation. */
export type StudyTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of studies. */
export type StudyConnection = {
  __typename?: 'StudyConnection';
  /** The items on this page, with cursors. */
  edges: Array<StudyEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Study>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** How a study was designed; it says much about how far its conclusions reach. */
export const StudyDesign = {
  /** An in-depth study of one or a few cases. */
  CaseStudy: 'CASE_STUDY',
  /** A longitudinal study following a group over time. */
  Cohort: 'COHORT',
  /** An evaluation of a programme or practice. */
  Evaluation: 'EVALUATION',
  /** A statistical synthesis of several studies’ effects. */
  MetaAnalysis: 'META_ANALYSIS',
  /** Combined quantitative and qualitative methods. */
  MixedMethods: 'MIXED_METHODS',
  /** Interviews, observation or other qualitative methods. */
  Qualitative: 'QUALITATIVE',
  /** A comparison group study without randomisation. */
  QuasiExperimental: 'QUASI_EXPERIMENTAL',
  /** A randomised controlled trial. */
  Rct: 'RCT',
  /** An analysis of administrative register data. */
  RegisterStudy: 'REGISTER_STUDY',
  /** A systematic review of many studies. */
  SystematicReview: 'SYSTEMATIC_REVIEW'
} as const;

export type StudyDesign = typeof StudyDesign[keyof typeof StudyDesign];
/** One Study in a list, with its cursor. */
export type StudyEdge = {
  __typename?: 'StudyEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Study. */
  node: Study;
};

/** Narrows a list of studies; all given conditions must hold. */
export type StudyFilter = {
  /** Studies with any of these designs. */
  designs?: InputMaybe<Array<StudyDesign>>;
  /** Studies of this method. */
  method?: InputMaybe<Scalars['ID']['input']>;
  /** true: published items only; false: drafts only (which only editors and the owning organisation see); absent: both, as far as you may see them. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Studies on this topic or any topic below it. */
  topic?: InputMaybe<Scalars['ID']['input']>;
  /** Published this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Published this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A study, review or evaluation. On update, fields left out stay as they are. */
export type StudyInput = {
  /** A summary of the findings (required when creating). */
  abstract?: InputMaybe<Scalars['String']['input']>;
  /** The authors in the publication’s order (at most 50). */
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The country it was carried out in. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** How it was designed (required when creating). */
  design?: InputMaybe<StudyDesign>;
  /** The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Publisher, journal or institute (required when creating). */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** URL key; made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** The title (required when creating). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Topics to file it under (replaces the current ones). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where to read it (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Who may read it once published (default PUBLIC). */
  visibility?: InputMaybe<Visibility>;
  /** The year of publication (required when creating). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** How to sort studies (default: newest first). */
export type StudyOrder = {
  /** The direction (default: DESC for YEAR, ASC for TITLE). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: StudyOrderField;
};

/** What to sort studies by. */
export const StudyOrderField = {
  Title: 'TITLE',
  Year: 'YEAR'
} as const;

export type StudyOrderField = typeof StudyOrderField[keyof typeof StudyOrderField];
/** The study after the change. */
export type StudyPayload = {
  __typename?: 'StudyPayload';
  /** The study. */
  study?: Maybe<Study>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Live updates over graphql-ws at /graphql: new comments and notifications. */
export type Subscription = {
  __typename?: 'Subscription';
  /** New comments in a thread, as they are written, from any server process (over graphql-ws). */
  commentAdded: Comment;
  /** Your new notifications, as they happen (over graphql-ws). */
  notificationAdded: Notification;
};


/** Live updates over graphql-ws at /graphql: new comments and notifications. */
export type SubscriptionCommentAddedArgs = {
  threadId: Scalars['ID']['input'];
};

/** A filmed talk given at an event, with speakers, chapters and transcript. */
export type Talk = Node & {
  __typename?: 'Talk';
  /** The captions as WebVTT (text/vtt, Danish), made from the timed transcript, under the talk’s read rule; null without a transcript. */
  captionsUrl?: Maybe<Scalars['String']['output']>;
  /** The chapters, in order. */
  chapters: Array<Chapter>;
  /** The chapters as a WebVTT chapters track, under the talk’s read rule; null without chapters. */
  chaptersUrl?: Maybe<Scalars['String']['output']>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The video’s length in seconds. */
  durationSeconds: Scalars['Int']['output'];
  /** The event the talk was given at (null if you may not see it). */
  event?: Maybe<Event>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** True for fictional demo content written to illustrate the platform. */
  isExample: Scalars['Boolean']['output'];
  /** Methods the talk is about. */
  methods: MethodConnection;
  /** When this was published; null while it is a draft. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A stable, human-readable key, unique within the type; used in URLs. */
  slug: Scalars['String']['output'];
  /** Who gives the talk. */
  speakers: Array<Speaker>;
  /** When the talk is given at its event. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** What the talk is about. */
  summary: Scalars['String']['output'];
  /** Discussions about this item that you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** The talk’s title. */
  title: Scalars['String']['output'];
  /** The topics of the talk. */
  topics: TopicConnection;
  /** The transcript, in order, with timestamps. */
  transcript: Array<TranscriptSegment>;
  /** Segments of the transcript that match a query, read as `Query.search` reads it: question and filler words left out, inflections and compound parts understood ("familie" finds "plejefamilien"), typos forgiven ("sammenbrudd"), synonyms ("placering" finds "anbringelse"), the last word also as a prefix while typing, "phrases" in quotes and -word to exclude. Segments holding the most query words come first, the rest in the order they are spoken. */
  transcriptMatches: TranscriptMatchConnection;
  /** The whole transcript as one text. */
  transcriptText: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** How to play the video; null when there is none. */
  video?: Maybe<TalkVideo>;
  /** The link to the video on a video host (YouTube, Vimeo, TwentyThree, Dreambroker, Kaltura), when it is not uploaded. See `video` for how to play it. */
  videoUrl?: Maybe<Scalars['String']['output']>;
  /** Who may read this. */
  visibility: Visibility;
  /** What workshop groups took from the talk (members). */
  workshopOutputs: WorkshopOutputConnection;
  /** Workshops that work with the talk. */
  workshops: WorkshopConnection;
};


/** A filmed talk given at an event, with speakers, chapters and transcript. */
export type TalkMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A filmed talk given at an event, with speakers, chapters and transcript. */
export type TalkThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A filmed talk given at an event, with speakers, chapters and transcript. */
export type TalkTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A filmed talk given at an event, with speakers, chapters and transcript. */
export type TalkTranscriptMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** A filmed talk given at an event, with speakers, chapters and transcript. */
export type TalkWorkshopOutputsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A filmed talk given at an event, with speakers, chapters and transcript. */
export type TalkWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of talks. */
export type TalkConnection = {
  __typename?: 'TalkConnection';
  /** The items on this page, with cursors. */
  edges: Array<TalkEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Talk>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Talk in a list, with its cursor. */
export type TalkEdge = {
  __typename?: 'TalkEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Talk. */
  node: Talk;
};

/** Narrows a list of talks; all given conditions must hold. */
export type TalkFilter = {
  /** Talks given at this event. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** Talks about this method. */
  method?: InputMaybe<Scalars['ID']['input']>;
  /** true: published items only; false: drafts only (which only editors and the owning organisation see); absent: both, as far as you may see them. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Talks on this topic or any topic below it. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** A filmed talk. On update, fields left out stay as they are; lists replace wholes. */
export type TalkInput = {
  /** The chapters in order (at most 200). */
  chapters?: InputMaybe<Array<ChapterInput>>;
  /** The video’s length in seconds (required when creating). */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The event it is given at (required when creating). */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** Methods the talk is about (replaces the current ones). */
  methods?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** URL key; made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Who gives it (at most 20). */
  speakers?: InputMaybe<Array<SpeakerInput>>;
  /** When it is given at its event (required when creating). */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What it is about (required when creating). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The title (required when creating). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Topics of the talk (replaces the current ones). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The transcript in order (at most 5000 segments). */
  transcript?: InputMaybe<Array<TranscriptSegmentInput>>;
  /** The id of a finished upload of yours to /media/uploads (tus; MP4 or WebM): the talk plays it. Replaces a link; null removes the uploaded video. */
  videoUpload?: InputMaybe<Scalars['String']['input']>;
  /** A link to the video on YouTube, Vimeo, TwentyThree (<account>.23video.com), Dreambroker or Kaltura; shown as a privacy-friendly embed. Replaces an uploaded video; null removes the link. */
  videoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Who may read it once published (default PUBLIC). */
  visibility?: InputMaybe<Visibility>;
};

/** The talk after the change. */
export type TalkPayload = {
  __typename?: 'TalkPayload';
  /** The talk. */
  talk?: Maybe<Talk>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** How to play a talk’s video. */
export type TalkVideo = {
  __typename?: 'TalkVideo';
  /** FILE: video/mp4 or video/webm. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** How to play it. */
  kind: TalkVideoKind;
  /** EMBED and LINK: the video’s page on its host. */
  pageUrl?: Maybe<Scalars['String']['output']>;
  /** EMBED: the video host’s name, e.g. "YouTube". */
  provider?: Maybe<Scalars['String']['output']>;
  /** FILE: this site’s address of the file (it answers Range requests, under the talk’s read rule). EMBED: the embed address. LINK: the link. */
  src: Scalars['String']['output'];
};

/** How a talk’s video is played. */
export const TalkVideoKind = {
  /** A video on a video host: load `src` (its privacy-friendly embed address) in an iframe, only after the viewer asks for it. */
  Embed: 'EMBED',
  /** A file Vidensbro serves: play `src` in a <video> element, with the captions track. */
  File: 'FILE',
  /** A link Vidensbro cannot embed (stored before links were checked): link to `src`. */
  Link: 'LINK'
} as const;

export type TalkVideoKind = typeof TalkVideoKind[keyof typeof TalkVideoKind];
/** The people a method, case or study is about. */
export const TargetGroup = {
  /** The parents of children in care. */
  BirthParents: 'BIRTH_PARENTS',
  /** Young people leaving care (efterværn). */
  CareLeavers: 'CARE_LEAVERS',
  /** Children and young people in vulnerable positions living at home. */
  ChildrenAtRisk: 'CHILDREN_AT_RISK',
  /** Children in residential care (døgninstitutioner, opholdssteder). */
  ChildrenInResidentialCare: 'CHILDREN_IN_RESIDENTIAL_CARE',
  /** Children placed in foster families (plejefamilier), including kinship care. */
  FosterChildren: 'FOSTER_CHILDREN',
  /** Foster parents and their families. */
  FosterFamilies: 'FOSTER_FAMILIES',
  /** Case workers, teachers, pedagogues and other professionals. */
  Professionals: 'PROFESSIONALS',
  /** Schools and day care. */
  Schools: 'SCHOOLS'
} as const;

export type TargetGroup = typeof TargetGroup[keyof typeof TargetGroup];
/** How many hits are about one target group. */
export type TargetGroupCount = {
  __typename?: 'TargetGroupCount';
  /** Hits about this target group. */
  count: Scalars['Int']['output'];
  /** The target group. */
  value: TargetGroup;
};

/** A discussion thread on a case, method, study, rating, talk, event, workshop, workshop output, report or topic. */
export type Thread = Node & {
  __typename?: 'Thread';
  /** Whether comments may be added: false while what the thread is about is unpublished. */
  acceptsComments: Scalars['Boolean']['output'];
  /** For questions: the reply marked as the answer. */
  answer?: Maybe<Comment>;
  /** For a thread on a talk: the second of the video it refers to. */
  atSeconds?: Maybe<Scalars['Int']['output']>;
  /** Who started the thread (null for a former member). */
  author?: Maybe<Member>;
  /** How many comments the thread has (hidden and deleted ones included). */
  commentCount: Scalars['Int']['output'];
  /** The top-level comments, oldest first; replies hang under each. */
  comments: CommentConnection;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** Discussion or question. */
  kind: ThreadKind;
  /** When the last comment was written. */
  lastActivityAt: Scalars['DateTimeISO']['output'];
  /** The kinds of organisation that have spoken in the thread. */
  participantKinds: Array<OrganisationKind>;
  /** What the thread is about. */
  subject?: Maybe<Node>;
  /** The type of what the thread is about, e.g. "Method". */
  subjectType: Scalars['String']['output'];
  /** The thread’s title. */
  title: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether you follow the thread. */
  viewerIsFollowing: Scalars['Boolean']['output'];
};


/** A discussion thread on a case, method, study, rating, talk, event, workshop, workshop output, report or topic. */
export type ThreadCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of discussion threads. */
export type ThreadConnection = {
  __typename?: 'ThreadConnection';
  /** The items on this page, with cursors. */
  edges: Array<ThreadEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Thread>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Thread in a list, with its cursor. */
export type ThreadEdge = {
  __typename?: 'ThreadEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Thread. */
  node: Thread;
};

/** Whether a thread is an open discussion or a question that can get an accepted answer. */
export const ThreadKind = {
  /** An open conversation. */
  Discussion: 'DISCUSSION',
  /** A question; its author may mark one reply as the answer. */
  Question: 'QUESTION'
} as const;

export type ThreadKind = typeof ThreadKind[keyof typeof ThreadKind];
/** The thread after the change. */
export type ThreadPayload = {
  __typename?: 'ThreadPayload';
  /** The thread. */
  thread?: Maybe<Thread>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** What an API token may be used for. */
export const TokenScope = {
  /** Read everything its member may read. */
  Read: 'READ',
  /** Also change what its member may change. */
  Write: 'WRITE'
} as const;

export type TokenScope = typeof TokenScope[keyof typeof TokenScope];
/** A subject in the knowledge base’s topic tree, named in Danish and English. */
export type Topic = Node & {
  __typename?: 'Topic';
  /** Practice examples filed directly under this topic. */
  cases: CaseConnection;
  /** The narrower topics below this one. */
  children: TopicConnection;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** A Danish description of what the topic covers. */
  descriptionDa?: Maybe<Scalars['String']['output']>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** Methods filed directly under this topic. */
  methods: MethodConnection;
  /** The topic’s Danish name. */
  nameDa: Scalars['String']['output'];
  /** The topic’s English name. */
  nameEn: Scalars['String']['output'];
  /** The broader topic above this one. */
  parent?: Maybe<Topic>;
  /** A stable, human-readable key, unique among topics. */
  slug: Scalars['String']['output'];
  /** Studies filed directly under this topic. */
  studies: StudyConnection;
  /** Talks filed directly under this topic. */
  talks: TalkConnection;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether you follow the topic: you hear when ratings of methods under it change; it shapes your digest. */
  viewerIsFollowing: Scalars['Boolean']['output'];
};


/** A subject in the knowledge base’s topic tree, named in Danish and English. */
export type TopicCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A subject in the knowledge base’s topic tree, named in Danish and English. */
export type TopicChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A subject in the knowledge base’s topic tree, named in Danish and English. */
export type TopicMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A subject in the knowledge base’s topic tree, named in Danish and English. */
export type TopicStudiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A subject in the knowledge base’s topic tree, named in Danish and English. */
export type TopicTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of topics. */
export type TopicConnection = {
  __typename?: 'TopicConnection';
  /** The items on this page, with cursors. */
  edges: Array<TopicEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Topic>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** How many hits are filed under one topic (or a topic below it). */
export type TopicCount = {
  __typename?: 'TopicCount';
  /** Hits on this topic. */
  count: Scalars['Int']['output'];
  /** The topic. */
  topic: Topic;
};

/** One Topic in a list, with its cursor. */
export type TopicEdge = {
  __typename?: 'TopicEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Topic. */
  node: Topic;
};

/** A topic in the tree. On update, fields left out stay as they are. */
export type TopicInput = {
  /** A Danish description of what it covers. */
  descriptionDa?: InputMaybe<Scalars['String']['input']>;
  /** The Danish name (required when creating). */
  nameDa?: InputMaybe<Scalars['String']['input']>;
  /** The English name (required when creating). */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The broader topic above it; null for the top of the tree. Never itself or a subtopic. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** URL key; made from the Danish name when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** The topic after the change. */
export type TopicPayload = {
  __typename?: 'TopicPayload';
  /** The topic. */
  topic?: Maybe<Topic>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A segment of a talk’s transcript that matches a search, with when it is spoken. */
export type TranscriptMatch = {
  __typename?: 'TranscriptMatch';
  /** The segment’s position in `Talk.transcript`, from 0. */
  index: Scalars['Int']['output'];
  /** How many of the query’s words the segment holds; segments holding more come first. */
  matchedWords: Scalars['Int']['output'];
  /** The segment as HTML-escaped text with each matching word in <mark>…</mark>, cut to about 24 words around the first match (… marks a cut). */
  snippet: Scalars['String']['output'];
  /** When the segment is spoken, in seconds from the start of the video. */
  startSeconds: Scalars['Int']['output'];
  /** What is said in the segment, as plain text. */
  text: Scalars['String']['output'];
};

/** A page of transcript matches: most query words first, then in the order they are spoken. */
export type TranscriptMatchConnection = {
  __typename?: 'TranscriptMatchConnection';
  /** The matches on this page, with cursors. */
  edges: Array<TranscriptMatchEdge>;
  /** The matches on this page, without cursors. */
  nodes: Array<TranscriptMatch>;
  /** Where this page sits in the matches. */
  pageInfo: PageInfo;
  /** True when the query had more than 8 words and only its most telling words were searched (those frequent in the query and said in few segments), or was longer than 2000 characters and only its beginning was read. */
  reduced: Scalars['Boolean']['output'];
  /** The query as searched, read as `Query.search` reads it (see its `searchedAs`). */
  searchedAs: Scalars['String']['output'];
  /** How many segments match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One transcript match in a list, with its cursor. */
export type TranscriptMatchEdge = {
  __typename?: 'TranscriptMatchEdge';
  /** Opaque position of this match; pass it as `after` for the next page. */
  cursor: Scalars['String']['output'];
  /** The match. */
  node: TranscriptMatch;
};

/** A stretch of the talk’s transcript, with the time it is spoken. */
export type TranscriptSegment = {
  __typename?: 'TranscriptSegment';
  /** When the segment is spoken, in seconds from the start of the video. */
  startSeconds: Scalars['Int']['output'];
  /** What is said. */
  text: Scalars['String']['output'];
};

/** A stretch of a talk’s transcript. */
export type TranscriptSegmentInput = {
  /** When it is spoken, in seconds; within the video, in order. */
  startSeconds: Scalars['Int']['input'];
  /** What is said. */
  text: Scalars['String']['input'];
};

/** Changes to your email settings; fields left out stay as they are. */
export type UpdateEmailSettingsInput = {
  /** How often your digest is emailed. */
  digestFrequency?: InputMaybe<DigestFrequency>;
  /** The language of your emails. */
  language?: InputMaybe<MailLanguage>;
  /** Whether your notifications are also emailed. */
  notificationsByEmail?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Your email settings after the change, or why not. */
export type UpdateEmailSettingsPayload = {
  __typename?: 'UpdateEmailSettingsPayload';
  /** Your email settings; null when nothing changed. */
  emailSettings?: Maybe<EmailSettings>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to your notification settings; kinds left out stay as they are. */
export type UpdateNotificationSettingsInput = {
  /** The kinds to turn on or off (at most one entry each). */
  settings: Array<NotificationSettingInput>;
};

/** Your notification settings after the change, or why not. */
export type UpdateNotificationSettingsPayload = {
  __typename?: 'UpdateNotificationSettingsPayload';
  /** Every kind and whether you get it. */
  notificationSettings?: Maybe<Array<NotificationSetting>>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Your name and job title as other members see them. */
export type UpdateProfileInput = {
  /** Your name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Your job title, e.g. "Sagsbehandler"; null or empty removes it. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Your profile after the change, or why not. */
export type UpdateProfilePayload = {
  __typename?: 'UpdateProfilePayload';
  /** You, changed; null when nothing was changed. */
  member?: Maybe<Member>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A problem with the input of a mutation; nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code: INVALID, REQUIRED, TOO_LONG, UNSAFE_CONTENT, TAKEN, INVALID_CREDENTIALS, EXPIRED, NOT_FOUND, COMMON_PASSWORD, PERSONAL_DATA, PERSONAL_DATA_WARNING. */
  code: Scalars['String']['output'];
  /** The input field at fault, as a dotted path (e.g. "input.title"). */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
};

/** One of the five dimensions of the Danish Vidensdeklaration. */
export const VidensportalDimension = {
  /** Knowledge about economy. */
  Economy: 'ECONOMY',
  /** Knowledge about effect. */
  Effect: 'EFFECT',
  /** Knowledge about implementation. */
  Implementation: 'IMPLEMENTATION',
  /** Knowledge about the method. */
  Method: 'METHOD',
  /** Knowledge about the target group. */
  TargetGroup: 'TARGET_GROUP'
} as const;

export type VidensportalDimension = typeof VidensportalDimension[keyof typeof VidensportalDimension];
/** The Danish Vidensdeklaration: A–D on each of five dimensions of knowledge about a method. */
export type VidensportalDimensions = {
  __typename?: 'VidensportalDimensions';
  /** Knowledge about economy (viden om økonomi). */
  economy: VidensportalGrade;
  /** Knowledge about effect (viden om effekt). */
  effect: VidensportalGrade;
  /** Knowledge about implementation (viden om implementering). */
  implementation: VidensportalGrade;
  /** Knowledge about the method itself (viden om metode). */
  method: VidensportalGrade;
  /** Knowledge about the target group (viden om målgruppen). */
  targetGroup: VidensportalGrade;
};

/** All five grades of a Vidensdeklaration. */
export type VidensportalDimensionsInput = {
  /** Knowledge about economy. */
  economy: VidensportalGrade;
  /** Knowledge about effect; it is the rating’s value. */
  effect: VidensportalGrade;
  /** Knowledge about implementation. */
  implementation: VidensportalGrade;
  /** Knowledge about the method. */
  method: VidensportalGrade;
  /** Knowledge about the target group. */
  targetGroup: VidensportalGrade;
};

/** A grade on one dimension of the Danish Vidensdeklaration; A is the best documented, D the least. */
export const VidensportalGrade = {
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D'
} as const;

export type VidensportalGrade = typeof VidensportalGrade[keyof typeof VidensportalGrade];
/** The signed-in member making this request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether the member’s organisation has an active membership this year (member rights depend on it). */
  activeMembership: Scalars['Boolean']['output'];
  /** Your API tokens, newest first (revoked ones included). */
  apiTokens: ApiTokenConnection;
  /** How this request was authenticated. */
  authenticatedWith: AuthMethod;
  /** What Vidensbro emails you, and in which language. */
  emailSettings: EmailSettings;
  /** Your meetings: your registrations (seats and waiting list), soonest first. */
  meetings: Array<Registration>;
  /** The member. */
  member: Member;
  /** Every kind of notification and whether you get it. */
  notificationSettings: Array<NotificationSetting>;
  /** Your organisation’s workshop outputs, newest first. */
  organisationOutputs: WorkshopOutputConnection;
  /** The member’s role. */
  role: MemberRole;
  /** What this request may do: both scopes for a session, the token’s scopes otherwise. */
  scopes: Array<TokenScope>;
  /** The share links you made, newest first (at most 100). */
  shareLinks: Array<ShareLink>;
  /** How many of your notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
};


/** The signed-in member making this request. */
export type ViewerApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in member making this request. */
export type ViewerMeetingsArgs = {
  includePast?: Scalars['Boolean']['input'];
};


/** The signed-in member making this request. */
export type ViewerOrganisationOutputsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Who may read a piece of content. */
export const Visibility = {
  /** Signed-in members of organisations with an active membership. */
  Members: 'MEMBERS',
  /** Only members of the organisation that owns the content. */
  Organisation: 'ORGANISATION',
  /** Everyone, also without signing in. */
  Public: 'PUBLIC'
} as const;

export type Visibility = typeof Visibility[keyof typeof Visibility];
/** A signed webhook: Vidensbro POSTs events to its URL. */
export type Webhook = {
  __typename?: 'Webhook';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Its deliveries, newest first: the delivery log. */
  deliveries: WebhookDeliveryConnection;
  /** The events it receives. */
  events: Array<WebhookEvent>;
  /** The webhook’s ID. */
  id: Scalars['ID']['output'];
  /** The API token it belongs to. */
  tokenId: Scalars['ID']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where events are POSTed (http or https, a public address). */
  url: Scalars['String']['output'];
};


/** A signed webhook: Vidensbro POSTs events to its URL. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A page of webhooks. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** The items on this page, with cursors. */
  edges: Array<WebhookEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Webhook>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One delivery of an event to a webhook, with its attempts. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** How many attempts were made. */
  attempts: Scalars['Int']['output'];
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The event. */
  event: WebhookEvent;
  /** The delivery’s ID (to redeliver it). */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the last attempt failed, when it did. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due, while PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The JSON body that is sent (without its `deliveryId`). */
  payload: Scalars['String']['output'];
  /** The HTTP status of the last attempt; null when none came. */
  responseCode?: Maybe<Scalars['Int']['output']>;
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items on this page, with cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<WebhookDelivery>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One WebhookDelivery in a list, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export const WebhookDeliveryStatus = {
  /** The receiver answered with a 2xx status. */
  Delivered: 'DELIVERED',
  /** Every attempt failed; redeliver it to try again. */
  Failed: 'FAILED',
  /** Waiting for its first or next attempt. */
  Pending: 'PENDING',
  /** Not sent: the token was revoked or expired, or its member may no longer read what it is about. */
  Skipped: 'SKIPPED'
} as const;

export type WebhookDeliveryStatus = typeof WebhookDeliveryStatus[keyof typeof WebhookDeliveryStatus];
/** One Webhook in a list, with its cursor. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Webhook. */
  node: Webhook;
};

/** What a webhook is told about; only what its token’s member may read, when it is delivered. */
export const WebhookEvent = {
  /** A new comment was written in a discussion. */
  CommentAdded: 'COMMENT_ADDED',
  /** Knowledge content (case, method, study, event, talk, workshop, report) was published. */
  Published: 'PUBLISHED',
  /** An evidence rating was added or its grade changed (with old and new grade). */
  RatingChanged: 'RATING_CHANGED'
} as const;

export type WebhookEvent = typeof WebhookEvent[keyof typeof WebhookEvent];
/** A new webhook. */
export type WebhookInput = {
  /** The events to receive. */
  events: Array<WebhookEvent>;
  /** The API token it belongs to, when signed in; with a token, the webhook belongs to that token. */
  token?: InputMaybe<Scalars['ID']['input']>;
  /** Where to POST events: http or https, a public address. */
  url: Scalars['String']['input'];
};

/** A facilitated workshop at an event, usually working with one talk. */
export type Workshop = Node & {
  __typename?: 'Workshop';
  /** The facilitator briefing: for the facilitator and editors before the meeting, for all members once the event has ended; null otherwise. */
  briefing?: Maybe<WorkshopBriefing>;
  /** How many participants it has room for. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What participants do and take home, in Markdown. */
  description: Scalars['String']['output'];
  /** How long the workshop lasts, in minutes. */
  durationMinutes: Scalars['Int']['output'];
  /** The event the workshop is part of (null if you may not see it). */
  event?: Maybe<Event>;
  /** Who facilitates the workshop. */
  facilitator?: Maybe<Scalars['String']['output']>;
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** True for fictional demo content written to illustrate the platform. */
  isExample: Scalars['Boolean']['output'];
  /** What groups took from the workshop (members). */
  outputs: WorkshopOutputConnection;
  /** When this was published; null while it is a draft. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The room. */
  room?: Maybe<Scalars['String']['output']>;
  /** A stable, human-readable key, unique within the type; used in URLs. */
  slug: Scalars['String']['output'];
  /** When the workshop begins. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** The talk the workshop works with. */
  talk?: Maybe<Talk>;
  /** Discussions about this item that you may read, most recently active first (members). */
  threads: ThreadConnection;
  /** The workshop’s title. */
  title: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who may read this. */
  visibility: Visibility;
};


/** A facilitated workshop at an event, usually working with one talk. */
export type WorkshopOutputsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A facilitated workshop at an event, usually working with one talk. */
export type WorkshopThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A facilitator’s briefing for a workshop: purpose, timing, discussion questions tied to the talk, materials. */
export type WorkshopBriefing = {
  __typename?: 'WorkshopBriefing';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The member who facilitates the workshop. */
  facilitator?: Maybe<Member>;
  /** Materials to prepare or hand out, in Markdown. */
  materials: Scalars['String']['output'];
  /** What the workshop should achieve, in Markdown. */
  purpose: Scalars['String']['output'];
  /** Discussion questions, tied to the talk the workshop works with. */
  questions: Array<Scalars['String']['output']>;
  /** The talk the discussion questions are tied to. */
  talk?: Maybe<Talk>;
  /** The running order with times, in Markdown. */
  timing: Scalars['String']['output'];
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A workshop’s facilitator briefing; replaces the current one. */
export type WorkshopBriefingInput = {
  /** The member who facilitates (they may read the briefing early). */
  facilitatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Materials to prepare or hand out. */
  materials?: InputMaybe<Scalars['String']['input']>;
  /** What the workshop should achieve. */
  purpose: Scalars['String']['input'];
  /** Discussion questions tied to the talk (at most 20). */
  questions: Array<Scalars['String']['input']>;
  /** The running order with times. */
  timing: Scalars['String']['input'];
  /** The workshop’s ID. */
  workshopId: Scalars['ID']['input'];
};

/** The briefing after the change. */
export type WorkshopBriefingPayload = {
  __typename?: 'WorkshopBriefingPayload';
  /** The briefing. */
  briefing?: Maybe<WorkshopBriefing>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A page of workshops. */
export type WorkshopConnection = {
  __typename?: 'WorkshopConnection';
  /** The items on this page, with cursors. */
  edges: Array<WorkshopEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<Workshop>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One Workshop in a list, with its cursor. */
export type WorkshopEdge = {
  __typename?: 'WorkshopEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Workshop. */
  node: Workshop;
};

/** Narrows a list of workshops. */
export type WorkshopFilter = {
  /** Workshops at this event. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** true: published items only; false: drafts only (which only editors and the owning organisation see); absent: both, as far as you may see them. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Workshops working with this talk. */
  talk?: InputMaybe<Scalars['ID']['input']>;
};

/** A workshop at an event. On update, fields left out stay as they are. */
export type WorkshopInput = {
  /** How many participants it has room for. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What participants do, in Markdown (required when creating). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its length in minutes, 5–1440 (required when creating). */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The event it is part of (required when creating). */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** Who facilitates it. */
  facilitator?: InputMaybe<Scalars['String']['input']>;
  /** The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** The room. */
  room?: InputMaybe<Scalars['String']['input']>;
  /** URL key; made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** When it begins (required when creating). */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The talk it works with, given at the same event. */
  talk?: InputMaybe<Scalars['ID']['input']>;
  /** The title (required when creating). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Who may read it once published (default PUBLIC). */
  visibility?: InputMaybe<Visibility>;
};

/** A workshop output: what a talk means in one organisation’s context, and its next step. */
export type WorkshopOutput = Node & {
  __typename?: 'WorkshopOutput';
  /** When this was first stored in Vidensbro. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Whether editors have featured the output (e.g. for the next report). */
  featured: Scalars['Boolean']['output'];
  /** The opaque, globally unique ID of this object. */
  id: Scalars['ID']['output'];
  /** What the talk means in the organisation’s own context. */
  insight: Scalars['String']['output'];
  /** The next step the organisation will take. */
  nextStep: Scalars['String']['output'];
  /** The organisation whose context it describes. */
  organisation: Organisation;
  /** The talk it is about. */
  talk?: Maybe<Talk>;
  /** When this was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The workshop it came from. */
  workshop?: Maybe<Workshop>;
};

/** A page of workshop outputs, newest first. */
export type WorkshopOutputConnection = {
  __typename?: 'WorkshopOutputConnection';
  /** The items on this page, with cursors. */
  edges: Array<WorkshopOutputEdge>;
  /** The items on this page, without cursors. */
  nodes: Array<WorkshopOutput>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages (only what you may see). */
  totalCount: Scalars['Int']['output'];
};

/** One WorkshopOutput in a list, with its cursor. */
export type WorkshopOutputEdge = {
  __typename?: 'WorkshopOutputEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The WorkshopOutput. */
  node: WorkshopOutput;
};

/** Conditions on workshop outputs; all given ones must hold. */
export type WorkshopOutputFilter = {
  /** Only featured (true) or not featured (false) outputs. */
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only from this organisation. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** Only about this talk. */
  talk?: InputMaybe<Scalars['ID']['input']>;
  /** Only from this workshop. */
  workshop?: InputMaybe<Scalars['ID']['input']>;
};

/** What a group took from a workshop. */
export type WorkshopOutputInput = {
  /** Confirms that text the personal-data guard warned about (PERSONAL_DATA_WARNING) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the talk means in your organisation’s context. No personal data. */
  insight: Scalars['String']['input'];
  /** The next step your organisation will take. */
  nextStep: Scalars['String']['input'];
  /** The workshop’s ID. */
  workshopId: Scalars['ID']['input'];
};

/** The workshop output after the change. */
export type WorkshopOutputPayload = {
  __typename?: 'WorkshopOutputPayload';
  /** The output. */
  output?: Maybe<WorkshopOutput>;
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** The workshop after the change. */
export type WorkshopPayload = {
  __typename?: 'WorkshopPayload';
  /** Problems with the input; empty on success. */
  userErrors: Array<UserError>;
  /** The workshop. */
  workshop?: Maybe<Workshop>;
};

/** How many hits are from one year. */
export type YearCount = {
  __typename?: 'YearCount';
  /** Hits from this year. */
  count: Scalars['Int']['output'];
  /** The year. */
  value: Scalars['Int']['output'];
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'SignInPayload', member?: { __typename?: 'Member', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', role: MemberRole, authenticatedWith: AuthMethod, member: { __typename?: 'Member', id: string, name: string, email?: string | null, title?: string | null, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind } }, apiTokens: { __typename?: 'ApiTokenConnection', nodes: Array<{ __typename?: 'ApiToken', id: string, name: string, prefix: string, scopes: Array<TokenScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null }> } } | null };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', secret?: string | null, token?: { __typename?: 'ApiToken', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'RevokeApiTokenPayload', token?: { __typename?: 'ApiToken', id: string, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: { __typename?: 'SignOutPayload', endedSessions: number } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { __typename?: 'Query', exportMyData: any };

export type DeleteMyAccountMutationVariables = Exact<{
  confirmEmail: Scalars['String']['input'];
}>;


export type DeleteMyAccountMutation = { __typename?: 'Mutation', deleteMyAccount: { __typename?: 'DeleteAccountPayload', deleted?: boolean | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', authenticatedWith: AuthMethod, member: { __typename?: 'Member', id: string, name: string, title?: string | null, isExample: boolean }, notificationSettings: Array<{ __typename?: 'NotificationSetting', kind: NotificationKind, enabled: boolean, optional: boolean }> } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'UpdateProfilePayload', member?: { __typename?: 'Member', id: string, name: string, title?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'ChangePasswordPayload', changed: boolean, endedSessions: number, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { __typename?: 'Mutation', updateNotificationSettings: { __typename?: 'UpdateNotificationSettingsPayload', notificationSettings?: Array<{ __typename?: 'NotificationSetting', kind: NotificationKind, enabled: boolean, optional: boolean }> | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditCaseFragment = { __typename?: 'Case', slug: string, title: string, summary: string, body: string, year: number, ageMin?: number | null, ageMax?: number | null, targetGroups: Array<TargetGroup>, visibility: Visibility, publishedAt?: string | null, organisation: { __typename?: 'Organisation', id: string }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string }> }, methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string }> } };

export type EditorCreateCaseMutationVariables = Exact<{
  input: CaseInput;
}>;


export type EditorCreateCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'CasePayload', case?: { __typename?: 'Case', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CaseInput;
}>;


export type EditorUpdateCaseMutation = { __typename?: 'Mutation', updateCase: { __typename?: 'CasePayload', case?: { __typename?: 'Case', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDraftCasesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditorDraftCasesQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Case', id: string, title: string, updatedAt: string }> } };

export type CaseListItemFragment = { __typename?: 'Case', id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } };

export type CasesQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
  orderBy?: InputMaybe<CaseOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CasesQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Case', id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }> } };

export type CasePageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CasePageQuery = { __typename?: 'Query', case?: { __typename?: 'Case', publishedAt?: string | null, body: string, ageMin?: number | null, ageMax?: number | null, targetGroups: Array<TargetGroup>, id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', kind: OrganisationKind, city?: string | null, id: string, slug: string, name: string }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> }, methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } }> }, reports: { __typename?: 'ReportConnection', nodes: Array<{ __typename?: 'Report', id: string, slug: string, title: string, publishedOn: string }> } } | null };

export type ProposeCaseMutationVariables = Exact<{
  input: CaseInput;
}>;


export type ProposeCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'CasePayload', case?: { __typename?: 'Case', id: string, slug: string, title: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type DigestQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type DigestQuery = { __typename?: 'Query', digest: { __typename?: 'Digest', since: string, topics: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }>, methods: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } }>, evidenceRatings: Array<{ __typename?: 'EvidenceRating', id: string, scheme: EvidenceScheme, value: string, strength: EvidenceStrength, ratedOn: string, source: string, sourceUrl?: string | null, method?: { __typename?: 'Method', id: string, slug: string, name: string, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } } | null }>, workshopOutputs: Array<{ __typename?: 'WorkshopOutput', id: string, insight: string, nextStep: string, featured: boolean, createdAt: string, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null }>, threads: Array<{ __typename?: 'Thread', id: string, title: string, kind: ThreadKind, commentCount: number, lastActivityAt: string }> } };

export type CommentFieldsFragment = { __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, author?: { __typename?: 'Member', id: string, isExample: boolean } | null };

export type CommentWithRepliesFragment = { __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null };

export type CommentPageFragment = { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> };

export type ThreadsAboutQueryVariables = Exact<{
  about: Scalars['ID']['input'];
  organisationKind?: InputMaybe<OrganisationKind>;
}>;


export type ThreadsAboutQuery = { __typename?: 'Query', discussionOpen: boolean, subject?: { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEntry', id: string } | { __typename?: 'Case', id: string } | { __typename?: 'Comment', id: string } | { __typename?: 'Event', id: string } | { __typename?: 'EvidenceRating', id: string } | { __typename?: 'Flag', id: string } | { __typename?: 'Member', id: string } | { __typename?: 'Membership', id: string } | { __typename?: 'Method', id: string } | { __typename?: 'Notification', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Registration', id: string } | { __typename?: 'Report', id: string } | { __typename?: 'ShareLink', id: string } | { __typename?: 'Study', id: string } | { __typename?: 'Talk', id: string } | { __typename?: 'Thread', id: string } | { __typename?: 'Topic', id: string } | { __typename?: 'Workshop', id: string } | { __typename?: 'WorkshopOutput', id: string } | null, threads: { __typename?: 'ThreadConnection', totalCount: number, nodes: Array<{ __typename?: 'Thread', id: string, title: string, kind: ThreadKind, commentCount: number, lastActivityAt: string, participantKinds: Array<OrganisationKind>, answer?: { __typename?: 'Comment', id: string } | null, author?: { __typename?: 'Member', id: string, name: string } | null }> } };

export type ThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ThreadQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'AuditEntry' } | { __typename?: 'Case' } | { __typename?: 'Comment' } | { __typename?: 'Event' } | { __typename?: 'EvidenceRating' } | { __typename?: 'Flag' } | { __typename?: 'Member' } | { __typename?: 'Membership' } | { __typename?: 'Method' } | { __typename?: 'Notification' } | { __typename?: 'Organisation' } | { __typename?: 'Registration' } | { __typename?: 'Report' } | { __typename?: 'ShareLink' } | { __typename?: 'Study' } | { __typename?: 'Talk' } | { __typename?: 'Thread', id: string, title: string, kind: ThreadKind, createdAt: string, commentCount: number, viewerIsFollowing: boolean, acceptsComments: boolean, subjectType: string, subject?: { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEntry', id: string } | { __typename?: 'Case', slug: string, title: string, id: string } | { __typename?: 'Comment', id: string } | { __typename?: 'Event', slug: string, title: string, id: string } | { __typename?: 'EvidenceRating', id: string } | { __typename?: 'Flag', id: string } | { __typename?: 'Member', id: string } | { __typename?: 'Membership', id: string } | { __typename?: 'Method', slug: string, name: string, id: string } | { __typename?: 'Notification', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Registration', id: string } | { __typename?: 'Report', slug: string, title: string, id: string } | { __typename?: 'ShareLink', id: string } | { __typename?: 'Study', slug: string, title: string, id: string } | { __typename?: 'Talk', slug: string, title: string, id: string } | { __typename?: 'Thread', id: string } | { __typename?: 'Topic', slug: string, nameDa: string, nameEn: string, id: string } | { __typename?: 'Workshop', slug: string, title: string, id: string } | { __typename?: 'WorkshopOutput', id: string } | null, author?: { __typename?: 'Member', id: string, name: string } | null, answer?: { __typename?: 'Comment', id: string } | null, comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> } } | { __typename?: 'Topic' } | { __typename?: 'Workshop' } | { __typename?: 'WorkshopOutput' } | null };

export type MoreCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MoreCommentsQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'AuditEntry' } | { __typename?: 'Case' } | { __typename?: 'Comment' } | { __typename?: 'Event' } | { __typename?: 'EvidenceRating' } | { __typename?: 'Flag' } | { __typename?: 'Member' } | { __typename?: 'Membership' } | { __typename?: 'Method' } | { __typename?: 'Notification' } | { __typename?: 'Organisation' } | { __typename?: 'Registration' } | { __typename?: 'Report' } | { __typename?: 'ShareLink' } | { __typename?: 'Study' } | { __typename?: 'Talk' } | { __typename?: 'Thread', id: string, comments: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> } } | { __typename?: 'Topic' } | { __typename?: 'Workshop' } | { __typename?: 'WorkshopOutput' } | null };

export type RepliesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RepliesQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'AuditEntry' } | { __typename?: 'Case' } | { __typename?: 'Comment', id: string, replies: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> } } | { __typename?: 'Event' } | { __typename?: 'EvidenceRating' } | { __typename?: 'Flag' } | { __typename?: 'Member' } | { __typename?: 'Membership' } | { __typename?: 'Method' } | { __typename?: 'Notification' } | { __typename?: 'Organisation' } | { __typename?: 'Registration' } | { __typename?: 'Report' } | { __typename?: 'ShareLink' } | { __typename?: 'Study' } | { __typename?: 'Talk' } | { __typename?: 'Thread' } | { __typename?: 'Topic' } | { __typename?: 'Workshop' } | { __typename?: 'WorkshopOutput' } | null };

export type StartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type StartThreadMutation = { __typename?: 'Mutation', startThread: { __typename?: 'ThreadPayload', thread?: { __typename?: 'Thread', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'CommentPayload', comment?: { __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, replies: { __typename?: 'CommentConnection', totalCount: number }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null }> }, author?: { __typename?: 'Member', id: string, isExample: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type EditCommentMutation = { __typename?: 'Mutation', editComment: { __typename?: 'CommentPayload', comment?: { __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, author?: { __typename?: 'Member', id: string, isExample: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommentMutation = { __typename?: 'Mutation', deleteComment: { __typename?: 'CommentPayload', comment?: { __typename?: 'Comment', id: string, threadId: string, body?: string | null, bodyHtml?: string | null, authorName: string, organisationKind?: OrganisationKind | null, createdAt: string, editedAt?: string | null, deletedAt?: string | null, hiddenAt?: string | null, hiddenReason?: string | null, usefulCount: number, viewerFoundUseful: boolean, author?: { __typename?: 'Member', id: string, isExample: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type SetUsefulMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  useful: Scalars['Boolean']['input'];
}>;


export type SetUsefulMutation = { __typename?: 'Mutation', setUseful: { __typename?: 'CommentPayload', comment?: { __typename?: 'Comment', id: string, usefulCount: number, viewerFoundUseful: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type FlagCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type FlagCommentMutation = { __typename?: 'Mutation', flagComment: { __typename?: 'FlagPayload', flag?: { __typename?: 'Flag', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type MarkAnswerMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
  commentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarkAnswerMutation = { __typename?: 'Mutation', markAnswer: { __typename?: 'ThreadPayload', thread?: { __typename?: 'Thread', id: string, answer?: { __typename?: 'Comment', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type FollowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  following: Scalars['Boolean']['input'];
}>;


export type FollowMutation = { __typename?: 'Mutation', follow: { __typename?: 'FollowPayload', following?: boolean | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type CommentAddedSubscriptionVariables = Exact<{
  threadId: Scalars['ID']['input'];
}>;


export type CommentAddedSubscription = { __typename?: 'Subscription', commentAdded: { __typename?: 'Comment', id: string, threadId: string } };

export type MentionCandidatesQueryVariables = Exact<{
  search: Scalars['String']['input'];
  about?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MentionCandidatesQuery = { __typename?: 'Query', mentionCandidates: Array<{ __typename?: 'Member', id: string, name: string, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, name: string } }> };

export type EditNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditNodeQuery = { __typename?: 'Query', node?: { __typename: 'ApiToken', id: string } | { __typename: 'AuditEntry', id: string } | { __typename: 'Case', id: string } | { __typename: 'Comment', id: string } | { __typename: 'Event', id: string } | { __typename: 'EvidenceRating', id: string } | { __typename: 'Flag', id: string } | { __typename: 'Member', id: string } | { __typename: 'Membership', id: string } | { __typename: 'Method', id: string } | { __typename: 'Notification', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'Registration', id: string } | { __typename: 'Report', id: string } | { __typename: 'ShareLink', id: string } | { __typename: 'Study', id: string } | { __typename: 'Talk', id: string } | { __typename: 'Thread', id: string } | { __typename: 'Topic', id: string } | { __typename: 'Workshop', id: string } | { __typename: 'WorkshopOutput', id: string } | null };

export type EditRatingFragment = { __typename?: 'EvidenceRating', id: string, scheme: EvidenceScheme, value: string, ratedOn: string, source: string, url?: string | null, note?: string | null, strength: EvidenceStrength, study?: { __typename?: 'Study', id: string, title: string } | null, dimensions?: { __typename?: 'VidensportalDimensions', targetGroup: VidensportalGrade, method: VidensportalGrade, implementation: VidensportalGrade, effect: VidensportalGrade, economy: VidensportalGrade } | null };

export type EditorOrganisationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorOrganisationOptionsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type EditorMethodOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorMethodOptionsQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string, name: string }> } };

export type EditorStudyOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorStudyOptionsQuery = { __typename?: 'Query', studies: { __typename?: 'StudyConnection', nodes: Array<{ __typename?: 'Study', id: string, title: string, year: number }> } };

export type EditorEventOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorEventOptionsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }> } };

export type EditorTalkOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorTalkOptionsQuery = { __typename?: 'Query', talks: { __typename?: 'TalkConnection', nodes: Array<{ __typename?: 'Talk', id: string, title: string }> } };

export type EditorCaseOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorCaseOptionsQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', nodes: Array<{ __typename?: 'Case', id: string, title: string }> } };

export type EditorCreateRatingMutationVariables = Exact<{
  method: Scalars['ID']['input'];
  input: EvidenceRatingInput;
}>;


export type EditorCreateRatingMutation = { __typename?: 'Mutation', createEvidenceRating: { __typename?: 'EvidenceRatingPayload', evidenceRating?: { __typename?: 'EvidenceRating', id: string, scheme: EvidenceScheme, value: string, ratedOn: string, source: string, url?: string | null, note?: string | null, strength: EvidenceStrength, study?: { __typename?: 'Study', id: string, title: string } | null, dimensions?: { __typename?: 'VidensportalDimensions', targetGroup: VidensportalGrade, method: VidensportalGrade, implementation: VidensportalGrade, effect: VidensportalGrade, economy: VidensportalGrade } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateRatingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EvidenceRatingInput;
}>;


export type EditorUpdateRatingMutation = { __typename?: 'Mutation', updateEvidenceRating: { __typename?: 'EvidenceRatingPayload', evidenceRating?: { __typename?: 'EvidenceRating', id: string, scheme: EvidenceScheme, value: string, ratedOn: string, source: string, url?: string | null, note?: string | null, strength: EvidenceStrength, study?: { __typename?: 'Study', id: string, title: string } | null, dimensions?: { __typename?: 'VidensportalDimensions', targetGroup: VidensportalGrade, method: VidensportalGrade, implementation: VidensportalGrade, effect: VidensportalGrade, economy: VidensportalGrade } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorPublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorPublishMutation = { __typename?: 'Mutation', publish: { __typename?: 'PublishPayload', node?: { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEntry', id: string } | { __typename?: 'Case', id: string } | { __typename?: 'Comment', id: string } | { __typename?: 'Event', id: string } | { __typename?: 'EvidenceRating', id: string } | { __typename?: 'Flag', id: string } | { __typename?: 'Member', id: string } | { __typename?: 'Membership', id: string } | { __typename?: 'Method', id: string } | { __typename?: 'Notification', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Registration', id: string } | { __typename?: 'Report', id: string } | { __typename?: 'ShareLink', id: string } | { __typename?: 'Study', id: string } | { __typename?: 'Talk', id: string } | { __typename?: 'Thread', id: string } | { __typename?: 'Topic', id: string } | { __typename?: 'Workshop', id: string } | { __typename?: 'WorkshopOutput', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUnpublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorUnpublishMutation = { __typename?: 'Mutation', unpublish: { __typename?: 'PublishPayload', node?: { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEntry', id: string } | { __typename?: 'Case', id: string } | { __typename?: 'Comment', id: string } | { __typename?: 'Event', id: string } | { __typename?: 'EvidenceRating', id: string } | { __typename?: 'Flag', id: string } | { __typename?: 'Member', id: string } | { __typename?: 'Membership', id: string } | { __typename?: 'Method', id: string } | { __typename?: 'Notification', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Registration', id: string } | { __typename?: 'Report', id: string } | { __typename?: 'ShareLink', id: string } | { __typename?: 'Study', id: string } | { __typename?: 'Talk', id: string } | { __typename?: 'Thread', id: string } | { __typename?: 'Topic', id: string } | { __typename?: 'Workshop', id: string } | { __typename?: 'WorkshopOutput', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDeleteNodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorDeleteNodeMutation = { __typename?: 'Mutation', deleteNode: { __typename?: 'DeletePayload', deletedId?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type NodeStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeStateQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken', id: string } | { __typename?: 'AuditEntry', id: string } | { __typename?: 'Case', id: string } | { __typename?: 'Comment', id: string } | { __typename?: 'Event', id: string } | { __typename?: 'EvidenceRating', id: string } | { __typename?: 'Flag', id: string } | { __typename?: 'Member', id: string } | { __typename?: 'Membership', id: string } | { __typename?: 'Method', id: string } | { __typename?: 'Notification', id: string } | { __typename?: 'Organisation', id: string } | { __typename?: 'Registration', id: string } | { __typename?: 'Report', id: string } | { __typename?: 'ShareLink', id: string } | { __typename?: 'Study', id: string } | { __typename?: 'Talk', id: string } | { __typename?: 'Thread', id: string } | { __typename?: 'Topic', id: string } | { __typename?: 'Workshop', id: string } | { __typename?: 'WorkshopOutput', id: string } | null };

export type EditEventFragment = { __typename?: 'Event', slug: string, title: string, kind: EventKind, theme: string, description: string, startsAt: string, endsAt: string, venue: string, city: string, visibility: Visibility, publishedAt?: string | null, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string }> } };

export type EditorCreateEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type EditorCreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventPayload', event?: { __typename?: 'Event', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EventInput;
}>;


export type EditorUpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'EventPayload', event?: { __typename?: 'Event', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDraftEventsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditorDraftEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Event', id: string, title: string, updatedAt: string }> } };

export type EventListItemFragment = { __typename?: 'Event', id: string, slug: string, title: string, kind: EventKind, theme: string, startsAt: string, endsAt: string, venue: string, city: string };

export type EventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  direction?: InputMaybe<OrderDirection>;
  first: Scalars['Int']['input'];
}>;


export type EventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, slug: string, title: string, kind: EventKind, theme: string, startsAt: string, endsAt: string, venue: string, city: string }> } };

export type EventPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventPageQuery = { __typename?: 'Query', event?: { __typename?: 'Event', description: string, isExample: boolean, membersOnlyTalks: number, id: string, slug: string, title: string, kind: EventKind, theme: string, startsAt: string, endsAt: string, venue: string, city: string, report?: { __typename?: 'Report', id: string, slug: string, title: string, summary: string, publishedOn: string, url?: string | null } | null, talks: { __typename?: 'TalkConnection', nodes: Array<{ __typename?: 'Talk', id: string, slug: string, title: string, summary: string, durationSeconds: number, startsAt: string, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }> }> }, workshops: { __typename?: 'WorkshopConnection', nodes: Array<{ __typename?: 'Workshop', id: string, slug: string, title: string, startsAt: string, durationMinutes: number, room?: string | null, facilitator?: string | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null, outputs: { __typename?: 'WorkshopOutputConnection', totalCount: number, nodes: Array<{ __typename?: 'WorkshopOutput', id: string, insight: string, nextStep: string, featured: boolean, createdAt: string, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null }> } }> }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> } } | null };

export type MeetingsFromQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
}>;


export type MeetingsFromQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, slug: string, title: string, kind: EventKind, theme: string, startsAt: string, endsAt: string, venue: string, city: string }> } };

export type KnowledgeGapsQueryVariables = Exact<{
  filter?: InputMaybe<KnowledgeGapFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KnowledgeGapsQuery = { __typename?: 'Query', knowledgeGaps: { __typename?: 'KnowledgeGapConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'KnowledgeGap', id: string, kind: KnowledgeGapKind, label: string, caseCount: number, studyCount: number, unrated: boolean, weakDimensions: Array<VidensportalDimension>, targetGroup?: TargetGroup | null, viewerIsFollowing: boolean, viewerCanMarkStudied: boolean, method?: { __typename?: 'Method', slug: string, name: string } | null, topic?: { __typename?: 'Topic', slug: string, nameDa: string, nameEn: string } | null, studiedBy: Array<{ __typename?: 'KnowledgeGapClaim', id: string, contact?: string | null, expectedOn: string, note?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, slug: string } }> }> } };

export type GapStudiedByFragment = { __typename?: 'KnowledgeGap', id: string, studiedBy: Array<{ __typename?: 'KnowledgeGapClaim', id: string, contact?: string | null, expectedOn: string, note?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, slug: string } }> };

export type MarkKnowledgeGapStudiedMutationVariables = Exact<{
  gap: Scalars['ID']['input'];
  input: KnowledgeGapClaimInput;
}>;


export type MarkKnowledgeGapStudiedMutation = { __typename?: 'Mutation', markKnowledgeGapStudied: { __typename?: 'KnowledgeGapPayload', gap?: { __typename?: 'KnowledgeGap', id: string, studiedBy: Array<{ __typename?: 'KnowledgeGapClaim', id: string, contact?: string | null, expectedOn: string, note?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, slug: string } }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type UnmarkKnowledgeGapStudiedMutationVariables = Exact<{
  gap: Scalars['ID']['input'];
}>;


export type UnmarkKnowledgeGapStudiedMutation = { __typename?: 'Mutation', unmarkKnowledgeGapStudied: { __typename?: 'KnowledgeGapPayload', gap?: { __typename?: 'KnowledgeGap', id: string, studiedBy: Array<{ __typename?: 'KnowledgeGapClaim', id: string, contact?: string | null, expectedOn: string, note?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, slug: string } }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type FollowKnowledgeGapMutationVariables = Exact<{
  gap: Scalars['ID']['input'];
  following: Scalars['Boolean']['input'];
}>;


export type FollowKnowledgeGapMutation = { __typename?: 'Mutation', followKnowledgeGap: { __typename?: 'KnowledgeGapPayload', gap?: { __typename?: 'KnowledgeGap', id: string, viewerIsFollowing: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type AlertDetailFragment = { __typename?: 'Notification', kind: NotificationKind, scheme?: EvidenceScheme | null, oldGrade?: string | null, newGrade?: string | null, source?: string | null, method?: { __typename?: 'Method', slug: string, name: string } | null, study?: { __typename?: 'Study', slug: string, title: string } | null };

export type HomeQueryVariables = Exact<{
  now: Scalars['DateTimeISO']['input'];
}>;


export type HomeQuery = { __typename?: 'Query', nextMeeting: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', description: string, id: string, slug: string, title: string, kind: EventKind, theme: string, startsAt: string, endsAt: string, venue: string, city: string, report?: { __typename?: 'Report', id: string, slug: string, title: string, summary: string, publishedOn: string, url?: string | null } | null }> }, latestCases: { __typename?: 'CaseConnection', nodes: Array<{ __typename?: 'Case', id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }> }, latestMethods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } }> }, latestTalks: { __typename?: 'TalkConnection', nodes: Array<{ __typename?: 'Talk', id: string, slug: string, title: string, summary: string, durationSeconds: number, startsAt: string, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }> }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename?: 'RequestPasswordResetPayload', accepted: boolean, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'ResetPasswordPayload', reset: boolean, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EmailSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailSettingsQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', member: { __typename?: 'Member', id: string }, emailSettings: { __typename?: 'EmailSettings', language: MailLanguage, digestFrequency: DigestFrequency, notificationsByEmail: boolean } } | null };

export type UpdateEmailSettingsMutationVariables = Exact<{
  input: UpdateEmailSettingsInput;
}>;


export type UpdateEmailSettingsMutation = { __typename?: 'Mutation', updateEmailSettings: { __typename?: 'UpdateEmailSettingsPayload', emailSettings?: { __typename?: 'EmailSettings', language: MailLanguage, digestFrequency: DigestFrequency, notificationsByEmail: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', role: MemberRole, activeMembership: boolean, member: { __typename?: 'Member', id: string, name: string, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', member?: { __typename?: 'Member', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: { __typename?: 'SignOutPayload', endedSessions: number } };

export type MemberPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberPageQuery = { __typename?: 'Query', node?: { __typename?: 'ApiToken' } | { __typename?: 'AuditEntry' } | { __typename?: 'Case' } | { __typename?: 'Comment' } | { __typename?: 'Event' } | { __typename?: 'EvidenceRating' } | { __typename?: 'Flag' } | { __typename?: 'Member', id: string, name: string, isExample: boolean, title?: string | null, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind } } | { __typename?: 'Membership' } | { __typename?: 'Method' } | { __typename?: 'Notification' } | { __typename?: 'Organisation' } | { __typename?: 'Registration' } | { __typename?: 'Report' } | { __typename?: 'ShareLink' } | { __typename?: 'Study' } | { __typename?: 'Talk' } | { __typename?: 'Thread' } | { __typename?: 'Topic' } | { __typename?: 'Workshop' } | { __typename?: 'WorkshopOutput' } | null };

export type ApplyForMembershipMutationVariables = Exact<{
  input: MembershipApplicationInput;
}>;


export type ApplyForMembershipMutation = { __typename?: 'Mutation', applyForMembership: { __typename?: 'ApplyForMembershipPayload', application?: { __typename?: 'MembershipApplication', id: string, status: MembershipApplicationStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type MembershipApplicationsQueryVariables = Exact<{
  status?: InputMaybe<MembershipApplicationStatus>;
}>;


export type MembershipApplicationsQuery = { __typename?: 'Query', membershipApplications: { __typename?: 'MembershipApplicationConnection', totalCount: number, nodes: Array<{ __typename?: 'MembershipApplication', id: string, organisationName: string, kind: OrganisationKind, cvr: string, ean?: string | null, street: string, postalCode: string, city: string, contactName: string, contactEmail: string, motivation: string, status: MembershipApplicationStatus, decisionReason?: string | null, createdAt: string }> } };

export type ApproveMembershipApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveMembershipApplicationMutation = { __typename?: 'Mutation', approveMembershipApplication: { __typename?: 'ReviewMembershipApplicationPayload', invitationSecret?: string | null, application?: { __typename?: 'MembershipApplication', id: string, status: MembershipApplicationStatus } | null, invoice?: { __typename?: 'Invoice', id: string, number: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type DeclineMembershipApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineMembershipApplicationMutation = { __typename?: 'Mutation', declineMembershipApplication: { __typename?: 'ReviewMembershipApplicationPayload', application?: { __typename?: 'MembershipApplication', id: string, status: MembershipApplicationStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type InvoicesQueryVariables = Exact<{
  paid?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, nodes: Array<{ __typename?: 'Invoice', id: string, number: string, year: number, buyerName: string, format: InvoiceFormat, totalOre: number, issuedAt: string, dueAt: string, paidAt?: string | null, downloadPath: string }> } };

export type MarkInvoicePaidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  paid: Scalars['Boolean']['input'];
}>;


export type MarkInvoicePaidMutation = { __typename?: 'Mutation', markInvoicePaid: { __typename?: 'MarkInvoicePaidPayload', invoice?: { __typename?: 'Invoice', id: string, paidAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type MemberOrganisationsQueryVariables = Exact<{
  kind?: InputMaybe<OrganisationKind>;
}>;


export type MemberOrganisationsQuery = { __typename?: 'Query', memberOrganisationCounts: Array<{ __typename?: 'MemberOrganisationCount', kind: OrganisationKind, count: number }>, memberOrganisations: { __typename?: 'OrganisationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind, city?: string | null }> } };

export type MyMembershipYearQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipYearQuery = { __typename?: 'Query', myMembershipYear?: { __typename?: 'MembershipYearStanding', inForce: boolean, canRenew: boolean, renewalYear: number, renewalOpensAt: string, organisation: { __typename?: 'Organisation', id: string, name: string }, current?: { __typename?: 'Membership', id: string, year: number, paidAt?: string | null, lapsesAt?: string | null } | null, next?: { __typename?: 'Membership', id: string, year: number, paidAt?: string | null } | null } | null };

export type RenewMembershipMutationVariables = Exact<{
  input: RenewMembershipInput;
}>;


export type RenewMembershipMutation = { __typename?: 'Mutation', renewMembership: { __typename?: 'RenewMembershipPayload', membership?: { __typename?: 'Membership', id: string, year: number } | null, invoice?: { __typename?: 'Invoice', id: string, number: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type MembershipViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipViewerRoleQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', role: MemberRole } | null };

export type EditMethodFragment = { __typename?: 'Method', slug: string, name: string, originalName?: string | null, summary: string, description: string, origin?: string | null, website?: string | null, ageMin?: number | null, ageMax?: number | null, targetGroups: Array<TargetGroup>, settings: Array<MethodSetting>, costNote?: string | null, costDkk?: number | null, costUnit?: CostUnit | null, trainingDuration?: string | null, trainingCertifiedBy?: string | null, visibility: Visibility, publishedAt?: string | null, providers: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null }> }, municipalities: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null }> }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string }> }, studies: { __typename?: 'StudyConnection', nodes: Array<{ __typename?: 'Study', id: string }> }, evidenceRatings: { __typename?: 'EvidenceRatingConnection', nodes: Array<{ __typename?: 'EvidenceRating', id: string, scheme: EvidenceScheme, value: string, ratedOn: string, source: string, url?: string | null, note?: string | null, strength: EvidenceStrength, study?: { __typename?: 'Study', id: string, title: string } | null, dimensions?: { __typename?: 'VidensportalDimensions', targetGroup: VidensportalGrade, method: VidensportalGrade, implementation: VidensportalGrade, effect: VidensportalGrade, economy: VidensportalGrade } | null }> } };

export type EditorCreateMethodMutationVariables = Exact<{
  input: MethodInput;
}>;


export type EditorCreateMethodMutation = { __typename?: 'Mutation', createMethod: { __typename?: 'MethodPayload', method?: { __typename?: 'Method', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateMethodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MethodInput;
}>;


export type EditorUpdateMethodMutation = { __typename?: 'Mutation', updateMethod: { __typename?: 'MethodPayload', method?: { __typename?: 'Method', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDraftMethodsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditorDraftMethodsQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Method', id: string, updatedAt: string, title: string }> } };

export type MethodListItemFragment = { __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } };

export type MethodPartyFragment = { __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null, organisation?: { __typename?: 'Organisation', slug: string, isExample: boolean } | null };

export type MethodPracticeFragment = { __typename?: 'Method', settings: Array<MethodSetting>, costNote?: string | null, costDkk?: number | null, costUnit?: CostUnit | null, trainingDuration?: string | null, trainingCertifiedBy?: string | null, providers: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null, organisation?: { __typename?: 'Organisation', slug: string, isExample: boolean } | null }> }, municipalities: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null, organisation?: { __typename?: 'Organisation', slug: string, isExample: boolean } | null }> } };

export type MethodsQueryVariables = Exact<{
  filter?: InputMaybe<MethodFilter>;
  orderBy?: InputMaybe<MethodOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MethodsQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } }> } };

export type MethodPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type MethodPageQuery = { __typename?: 'Query', method?: { __typename?: 'Method', viewerIsFollowing: boolean, originalName?: string | null, origin?: string | null, website?: string | null, description: string, isExample: boolean, id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, settings: Array<MethodSetting>, costNote?: string | null, costDkk?: number | null, costUnit?: CostUnit | null, trainingDuration?: string | null, trainingCertifiedBy?: string | null, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> }, evidenceRatings: { __typename?: 'EvidenceRatingConnection', nodes: Array<{ __typename?: 'EvidenceRating', id: string, scheme: EvidenceScheme, value: string, strength: EvidenceStrength, ratedOn: string, source: string, sourceUrl?: string | null, note?: string | null, dimensions?: { __typename?: 'VidensportalDimensions', targetGroup: VidensportalGrade, method: VidensportalGrade, implementation: VidensportalGrade, effect: VidensportalGrade, economy: VidensportalGrade } | null, study?: { __typename?: 'Study', slug: string, title: string, year: number } | null }> }, cases: { __typename?: 'CaseConnection', totalCount: number, nodes: Array<{ __typename?: 'Case', id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }> }, studies: { __typename?: 'StudyConnection', totalCount: number, nodes: Array<{ __typename?: 'Study', id: string, slug: string, title: string, year: number, design: StudyDesign, publisher: string }> }, talks: { __typename?: 'TalkConnection', nodes: Array<{ __typename?: 'Talk', id: string, slug: string, title: string, summary: string, durationSeconds: number, startsAt: string, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }> }> }, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number }, providers: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null, organisation?: { __typename?: 'Organisation', slug: string, isExample: boolean } | null }> }, municipalities: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null, organisation?: { __typename?: 'Organisation', slug: string, isExample: boolean } | null }> } } | null };

export type CompareMethodsQueryVariables = Exact<{
  slugs: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type CompareMethodsQuery = { __typename?: 'Query', methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, settings: Array<MethodSetting>, costNote?: string | null, costDkk?: number | null, costUnit?: CostUnit | null, trainingDuration?: string | null, trainingCertifiedBy?: string | null, evidenceRatings: { __typename?: 'EvidenceRatingConnection', nodes: Array<{ __typename?: 'EvidenceRating', scheme: EvidenceScheme, value: string, strength: EvidenceStrength, ratedOn: string }> }, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number }, providers: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null, organisation?: { __typename?: 'Organisation', slug: string, isExample: boolean } | null }> }, municipalities: { __typename?: 'MethodPartyConnection', nodes: Array<{ __typename?: 'MethodParty', name: string, url?: string | null, note?: string | null, organisation?: { __typename?: 'Organisation', slug: string, isExample: boolean } | null }> } }> } };

export type EvidenceSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceSchemesQuery = { __typename?: 'Query', evidenceSchemes: Array<{ __typename?: 'EvidenceSchemeInfo', scheme: EvidenceScheme, homePage?: string | null, values: Array<{ __typename?: 'SchemeValue', value: string, strength: EvidenceStrength }> }> };

export type ModerationQueueQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModerationQueueQuery = { __typename?: 'Query', moderationQueue: { __typename?: 'FlagConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Flag', id: string, reason: string, createdAt: string, comment?: { __typename?: 'Comment', id: string, threadId: string, authorName: string, bodyHtml?: string | null, hiddenAt?: string | null } | null }> } };

export type ModerateCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  hidden: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type ModerateCommentMutation = { __typename?: 'Mutation', moderateComment: { __typename?: 'CommentPayload', comment?: { __typename?: 'Comment', id: string, hiddenAt?: string | null, hiddenReason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', unreadNotificationCount: number, member: { __typename?: 'Member', id: string } } | null };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: Scalars['Boolean']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, actorName: string, createdAt: string, readAt?: string | null, scheme?: EvidenceScheme | null, oldGrade?: string | null, newGrade?: string | null, source?: string | null, thread?: { __typename?: 'Thread', id: string, title: string } | null, comment?: { __typename?: 'Comment', id: string } | null, event?: { __typename?: 'Event', id: string, slug: string, title: string } | null, method?: { __typename?: 'Method', slug: string, name: string } | null, study?: { __typename?: 'Study', slug: string, title: string } | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: NotificationKind } };

export type OrganisationMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationMembersQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', role: MemberRole, member: { __typename?: 'Member', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, members: { __typename?: 'MemberConnection', totalCount: number, nodes: Array<{ __typename?: 'Member', id: string, name: string, email?: string | null, role: MemberRole, title?: string | null }> } } } } | null };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'InviteMemberPayload', invitationSecret?: string | null, expiresAt?: string | null, emailed: boolean, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: { __typename?: 'RemoveMemberPayload', member?: { __typename?: 'Member', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type DeleteMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMemberMutation = { __typename?: 'Mutation', deleteMember: { __typename?: 'DeleteAccountPayload', deleted?: boolean | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type OrganisationsQueryVariables = Exact<{
  kind?: InputMaybe<OrganisationKind>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind, city?: string | null, isActiveMember: boolean }> } };

export type OrganisationPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type OrganisationPageQuery = { __typename?: 'Query', organisation?: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind, city?: string | null, description: string, website?: string | null, isActiveMember: boolean, isExample: boolean, cases: { __typename?: 'CaseConnection', nodes: Array<{ __typename?: 'Case', id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }> } } | null };

export type EventRegistrationQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventRegistrationQuery = { __typename?: 'Query', event?: { __typename?: 'Event', id: string, slug: string, endsAt: string, publishedAt?: string | null, calendarUrl: string, capacity?: number | null, seatsLeft?: number | null, seatsTaken: number, seatsPerOrganisation?: number | null, waitlistLength: number, viewerRegistration?: { __typename?: 'Registration', status: RegistrationStatus, waitlistPosition?: number | null, registeredAt: string } | null } | null };

export type RegisterForEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type RegisterForEventMutation = { __typename?: 'Mutation', registerForEvent: { __typename?: 'RegistrationPayload', registration?: { __typename?: 'Registration', status: RegistrationStatus, waitlistPosition?: number | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type CancelRegistrationMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type CancelRegistrationMutation = { __typename?: 'Mutation', cancelRegistration: { __typename?: 'RegistrationPayload', registration?: { __typename?: 'Registration', status: RegistrationStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EventRegistrantsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventRegistrantsQuery = { __typename?: 'Query', event?: { __typename?: 'Event', id: string, registrations?: { __typename?: 'RegistrationConnection', totalCount: number, nodes: Array<{ __typename?: 'Registration', status: RegistrationStatus, registeredAt: string, waitlistPosition?: number | null, member?: { __typename?: 'Member', id: string, name: string } | null, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }> } | null } | null };

export type MyMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMeetingsQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', member: { __typename?: 'Member', id: string, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }, meetings: Array<{ __typename?: 'Registration', status: RegistrationStatus, waitlistPosition?: number | null, registeredAt: string, event?: { __typename?: 'Event', id: string, slug: string, title: string, kind: EventKind, theme: string, startsAt: string, endsAt: string, venue: string, city: string } | null }>, organisationOutputs: { __typename?: 'WorkshopOutputConnection', totalCount: number, nodes: Array<{ __typename?: 'WorkshopOutput', id: string, insight: string, nextStep: string, featured: boolean, createdAt: string, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null }> } } | null };

export type EditReportFragment = { __typename?: 'Report', slug: string, title: string, summary: string, body: string, publishedOn: string, url?: string | null, visibility: Visibility, publishedAt?: string | null, event?: { __typename?: 'Event', id: string } | null, cases: { __typename?: 'CaseConnection', nodes: Array<{ __typename?: 'Case', id: string }> }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string }> } };

export type EditorCreateReportMutationVariables = Exact<{
  input: ReportInput;
}>;


export type EditorCreateReportMutation = { __typename?: 'Mutation', createReport: { __typename?: 'ReportPayload', report?: { __typename?: 'Report', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReportInput;
}>;


export type EditorUpdateReportMutation = { __typename?: 'Mutation', updateReport: { __typename?: 'ReportPayload', report?: { __typename?: 'Report', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDraftReportsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditorDraftReportsQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Report', id: string, title: string, updatedAt: string }> } };

export type ReportListItemFragment = { __typename?: 'Report', id: string, slug: string, title: string, summary: string, publishedOn: string, url?: string | null };

export type ReportPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ReportPageQuery = { __typename?: 'Query', report?: { __typename?: 'Report', body: string, isExample: boolean, visibility: Visibility, id: string, slug: string, title: string, summary: string, publishedOn: string, url?: string | null, event?: { __typename?: 'Event', id: string, slug: string, title: string, startsAt: string } | null, cases: { __typename?: 'CaseConnection', nodes: Array<{ __typename?: 'Case', id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }> }, featuredOutputs: Array<{ __typename?: 'WorkshopOutput', id: string, insight: string, nextStep: string, featured: boolean, createdAt: string, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null }>, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> } } | null };

type SearchNode_Case_Fragment = { __typename: 'Case', id: string, slug: string, title: string, year: number, organisation: { __typename?: 'Organisation', id: string, name: string } };

type SearchNode_Event_Fragment = { __typename: 'Event', id: string, slug: string, title: string, startsAt: string };

type SearchNode_Method_Fragment = { __typename: 'Method', id: string, slug: string, name: string, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } };

type SearchNode_Organisation_Fragment = { __typename: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind };

type SearchNode_Report_Fragment = { __typename: 'Report', id: string, slug: string, title: string, publishedOn: string };

type SearchNode_Study_Fragment = { __typename: 'Study', id: string, slug: string, title: string, year: number, design: StudyDesign };

type SearchNode_Talk_Fragment = { __typename: 'Talk', id: string, slug: string, title: string, durationSeconds: number };

type SearchNode_Thread_Fragment = { __typename: 'Thread', id: string, title: string, lastActivityAt: string };

type SearchNode_Workshop_Fragment = { __typename: 'Workshop', id: string, slug: string, title: string, startsAt: string };

type SearchNode_WorkshopOutput_Fragment = { __typename: 'WorkshopOutput', id: string, insight: string, organisation: { __typename?: 'Organisation', id: string, name: string }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null };

export type SearchNodeFragment = SearchNode_Case_Fragment | SearchNode_Event_Fragment | SearchNode_Method_Fragment | SearchNode_Organisation_Fragment | SearchNode_Report_Fragment | SearchNode_Study_Fragment | SearchNode_Talk_Fragment | SearchNode_Thread_Fragment | SearchNode_Workshop_Fragment | SearchNode_WorkshopOutput_Fragment;

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filter?: InputMaybe<SearchFilter>;
  first: Scalars['Int']['input'];
}>;


export type SearchQuery = { __typename?: 'Query', search?: { __typename?: 'SearchConnection', totalCount: number, ignoredWords: Array<string>, nearestTerms: Array<string>, nearestTopics: Array<{ __typename?: 'TopicCount', count: number, topic: { __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'SearchEdge', cursor: string, highlights: Array<{ __typename?: 'SearchHighlight', field: SearchField, snippet: string }>, node: { __typename: 'Case', id: string, slug: string, title: string, year: number, organisation: { __typename?: 'Organisation', id: string, name: string } } | { __typename: 'Event', id: string, slug: string, title: string, startsAt: string } | { __typename: 'Method', id: string, slug: string, name: string, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } } | { __typename: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind } | { __typename: 'Report', id: string, slug: string, title: string, publishedOn: string } | { __typename: 'Study', id: string, slug: string, title: string, year: number, design: StudyDesign } | { __typename: 'Talk', id: string, slug: string, title: string, durationSeconds: number } | { __typename: 'Thread', id: string, title: string, lastActivityAt: string } | { __typename: 'Workshop', id: string, slug: string, title: string, startsAt: string } | { __typename: 'WorkshopOutput', id: string, insight: string, organisation: { __typename?: 'Organisation', id: string, name: string }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null } }>, facets: { __typename?: 'SearchFacets', types: Array<{ __typename?: 'SearchTypeCount', value: SearchType, count: number }>, topics: Array<{ __typename?: 'TopicCount', count: number, topic: { __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string } }>, targetGroups: Array<{ __typename?: 'TargetGroupCount', value: TargetGroup, count: number }>, ageRanges: Array<{ __typename?: 'AgeRangeCount', value: AgeRange, count: number }>, evidenceStrengths: Array<{ __typename?: 'EvidenceStrengthCount', value: EvidenceStrength, count: number }>, organisationKinds: Array<{ __typename?: 'OrganisationKindCount', value: OrganisationKind, count: number }>, years: Array<{ __typename?: 'YearCount', value: number, count: number }> } } | null };

export type SuggestQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;


export type SuggestQuery = { __typename?: 'Query', suggest?: Array<{ __typename?: 'SearchSuggestion', text: string, highlighted: string, node: { __typename: 'Case', id: string, slug: string, title: string, year: number, organisation: { __typename?: 'Organisation', id: string, name: string } } | { __typename: 'Event', id: string, slug: string, title: string, startsAt: string } | { __typename: 'Method', id: string, slug: string, name: string, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } } | { __typename: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind } | { __typename: 'Report', id: string, slug: string, title: string, publishedOn: string } | { __typename: 'Study', id: string, slug: string, title: string, year: number, design: StudyDesign } | { __typename: 'Talk', id: string, slug: string, title: string, durationSeconds: number } | { __typename: 'Thread', id: string, title: string, lastActivityAt: string } | { __typename: 'Workshop', id: string, slug: string, title: string, startsAt: string } | { __typename: 'WorkshopOutput', id: string, insight: string, organisation: { __typename?: 'Organisation', id: string, name: string }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null } }> | null };

export type ShareLinkFieldsFragment = { __typename?: 'ShareLink', id: string, active: boolean, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, subjectType: string, item?: { __typename?: 'Report', id: string, slug: string, title: string } | { __typename?: 'Talk', id: string, slug: string, title: string } | null };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;


export type CreateShareLinkMutation = { __typename?: 'Mutation', createShareLink: { __typename?: 'CreateShareLinkPayload', path?: string | null, shareLink?: { __typename?: 'ShareLink', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type RevokeShareLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeShareLinkMutation = { __typename?: 'Mutation', revokeShareLink: { __typename?: 'ShareLinkPayload', shareLink?: { __typename?: 'ShareLink', id: string, active: boolean, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type MyShareLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShareLinksQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', shareLinks: Array<{ __typename?: 'ShareLink', id: string, active: boolean, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, subjectType: string, item?: { __typename?: 'Report', id: string, slug: string, title: string } | { __typename?: 'Talk', id: string, slug: string, title: string } | null }> } | null };

export type SharedItemQueryVariables = Exact<{
  secret: Scalars['String']['input'];
}>;


export type SharedItemQuery = { __typename?: 'Query', sharedItem: { __typename: 'Report', id: string, title: string, summary: string, body: string, publishedOn: string, url?: string | null } | { __typename: 'Talk', id: string, title: string, summary: string, startsAt: string, durationSeconds: number, captionsUrl?: string | null, chaptersUrl?: string | null, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }>, video?: { __typename?: 'TalkVideo', kind: TalkVideoKind, src: string, contentType?: string | null, provider?: string | null, pageUrl?: string | null } | null, chapters: Array<{ __typename?: 'Chapter', startSeconds: number, title: string }>, transcript: Array<{ __typename?: 'TranscriptSegment', startSeconds: number, text: string }> } };

export type EditStudyFragment = { __typename?: 'Study', slug: string, title: string, abstract: string, authors: Array<string>, year: number, design: StudyDesign, publisher: string, country?: string | null, url?: string | null, visibility: Visibility, publishedAt?: string | null, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string }> } };

export type EditorCreateStudyMutationVariables = Exact<{
  input: StudyInput;
}>;


export type EditorCreateStudyMutation = { __typename?: 'Mutation', createStudy: { __typename?: 'StudyPayload', study?: { __typename?: 'Study', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateStudyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StudyInput;
}>;


export type EditorUpdateStudyMutation = { __typename?: 'Mutation', updateStudy: { __typename?: 'StudyPayload', study?: { __typename?: 'Study', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDraftStudiesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditorDraftStudiesQuery = { __typename?: 'Query', studies: { __typename?: 'StudyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Study', id: string, title: string, updatedAt: string }> } };

export type StudyListItemFragment = { __typename?: 'Study', id: string, slug: string, title: string, year: number, design: StudyDesign, publisher: string };

export type StudyPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type StudyPageQuery = { __typename?: 'Query', study?: { __typename?: 'Study', abstract: string, authors: Array<string>, country?: string | null, url?: string | null, isExample: boolean, id: string, slug: string, title: string, year: number, design: StudyDesign, publisher: string, methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } }> }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> } } | null };

export type EditTalkFragment = { __typename?: 'Talk', slug: string, title: string, summary: string, startsAt: string, durationSeconds: number, videoUrl?: string | null, visibility: Visibility, publishedAt?: string | null, event?: { __typename?: 'Event', id: string } | null, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }>, chapters: Array<{ __typename?: 'Chapter', startSeconds: number, title: string }>, transcript: Array<{ __typename?: 'TranscriptSegment', startSeconds: number, text: string }>, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string }> }, methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string }> } };

export type EditorCreateTalkMutationVariables = Exact<{
  input: TalkInput;
}>;


export type EditorCreateTalkMutation = { __typename?: 'Mutation', createTalk: { __typename?: 'TalkPayload', talk?: { __typename?: 'Talk', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateTalkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TalkInput;
}>;


export type EditorUpdateTalkMutation = { __typename?: 'Mutation', updateTalk: { __typename?: 'TalkPayload', talk?: { __typename?: 'Talk', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDraftTalksQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditorDraftTalksQuery = { __typename?: 'Query', talks: { __typename?: 'TalkConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Talk', id: string, title: string, updatedAt: string }> } };

export type TalkListItemFragment = { __typename?: 'Talk', id: string, slug: string, title: string, summary: string, durationSeconds: number, startsAt: string, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }> };

export type TalkPlaybackFragment = { __typename?: 'Talk', title: string, captionsUrl?: string | null, chaptersUrl?: string | null, video?: { __typename?: 'TalkVideo', kind: TalkVideoKind, src: string, contentType?: string | null, provider?: string | null, pageUrl?: string | null } | null, chapters: Array<{ __typename?: 'Chapter', startSeconds: number, title: string }>, transcript: Array<{ __typename?: 'TranscriptSegment', startSeconds: number, text: string }> };

export type TalkPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type TalkPageQuery = { __typename?: 'Query', talk?: { __typename?: 'Talk', isExample: boolean, visibility: Visibility, id: string, slug: string, title: string, summary: string, durationSeconds: number, startsAt: string, captionsUrl?: string | null, chaptersUrl?: string | null, speakers: Array<{ __typename?: 'Speaker', name: string, title: string, organisation?: { __typename?: 'Organisation', id: string, slug: string, name: string } | null }>, event?: { __typename?: 'Event', id: string, slug: string, title: string, startsAt: string } | null, methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } }> }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> }, workshops: { __typename?: 'WorkshopConnection', nodes: Array<{ __typename?: 'Workshop', id: string, slug: string, title: string, startsAt: string, durationMinutes: number, room?: string | null, facilitator?: string | null }> }, video?: { __typename?: 'TalkVideo', kind: TalkVideoKind, src: string, contentType?: string | null, provider?: string | null, pageUrl?: string | null } | null, chapters: Array<{ __typename?: 'Chapter', startSeconds: number, title: string }>, transcript: Array<{ __typename?: 'TranscriptSegment', startSeconds: number, text: string }> } | null };

export type TranscriptMatchPageFragment = { __typename?: 'TranscriptMatchConnection', totalCount: number, searchedAs: string, nodes: Array<{ __typename?: 'TranscriptMatch', index: number, startSeconds: number, snippet: string }> };

export type TalkTranscriptMatchesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TalkTranscriptMatchesQuery = { __typename?: 'Query', talk?: { __typename?: 'Talk', id: string, transcriptMatches: { __typename?: 'TranscriptMatchConnection', totalCount: number, searchedAs: string, nodes: Array<{ __typename?: 'TranscriptMatch', index: number, startSeconds: number, snippet: string }> } } | null };

export type SharedTranscriptMatchesQueryVariables = Exact<{
  secret: Scalars['String']['input'];
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SharedTranscriptMatchesQuery = { __typename?: 'Query', sharedItem: { __typename?: 'Report' } | { __typename?: 'Talk', id: string, transcriptMatches: { __typename?: 'TranscriptMatchConnection', totalCount: number, searchedAs: string, nodes: Array<{ __typename?: 'TranscriptMatch', index: number, startSeconds: number, snippet: string }> } } };

export type AttachTalkVideoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  upload: Scalars['String']['input'];
}>;


export type AttachTalkVideoMutation = { __typename?: 'Mutation', updateTalk: { __typename?: 'TalkPayload', talk?: { __typename?: 'Talk', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditTopicFragment = { __typename?: 'Topic', slug: string, nameDa: string, nameEn: string, descriptionDa?: string | null, parent?: { __typename?: 'Topic', id: string } | null };

export type EditorCreateTopicMutationVariables = Exact<{
  input: TopicInput;
}>;


export type EditorCreateTopicMutation = { __typename?: 'Mutation', createTopic: { __typename?: 'TopicPayload', topic?: { __typename?: 'Topic', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateTopicMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TopicInput;
}>;


export type EditorUpdateTopicMutation = { __typename?: 'Mutation', updateTopic: { __typename?: 'TopicPayload', topic?: { __typename?: 'Topic', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type TopicChipFragment = { __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string };

export type TopicOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicOptionsQuery = { __typename?: 'Query', topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string, parent?: { __typename?: 'Topic', id: string } | null }> } };

export type TopicTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicTreeQuery = { __typename?: 'Query', topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', descriptionDa?: string | null, id: string, slug: string, nameDa: string, nameEn: string, children: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> } }> } };

export type TopicPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type TopicPageQuery = { __typename?: 'Query', topic?: { __typename?: 'Topic', viewerIsFollowing: boolean, descriptionDa?: string | null, id: string, slug: string, nameDa: string, nameEn: string, parent?: { __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string } | null, children: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, slug: string, nameDa: string, nameEn: string }> }, methods: { __typename?: 'MethodConnection', nodes: Array<{ __typename?: 'Method', id: string, slug: string, name: string, summary: string, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, evidenceVerdict: { __typename?: 'EvidenceVerdict', strength: EvidenceStrength, scheme?: EvidenceScheme | null, agreeing: number, total: number } }> }, cases: { __typename?: 'CaseConnection', nodes: Array<{ __typename?: 'Case', id: string, slug: string, title: string, summary: string, year: number, isExample: boolean, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string } }> }, studies: { __typename?: 'StudyConnection', nodes: Array<{ __typename?: 'Study', id: string, slug: string, title: string, year: number, design: StudyDesign, publisher: string }> }, talks: { __typename?: 'TalkConnection', nodes: Array<{ __typename?: 'Talk', id: string, slug: string, title: string, summary: string, durationSeconds: number, startsAt: string, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }> }> } } | null };

export type EditWorkshopFragment = { __typename?: 'Workshop', slug: string, title: string, description: string, startsAt: string, durationMinutes: number, capacity?: number | null, room?: string | null, facilitator?: string | null, visibility: Visibility, publishedAt?: string | null, event?: { __typename?: 'Event', id: string } | null, talk?: { __typename?: 'Talk', id: string } | null };

export type EditorCreateWorkshopMutationVariables = Exact<{
  input: WorkshopInput;
}>;


export type EditorCreateWorkshopMutation = { __typename?: 'Mutation', createWorkshop: { __typename?: 'WorkshopPayload', workshop?: { __typename?: 'Workshop', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorUpdateWorkshopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WorkshopInput;
}>;


export type EditorUpdateWorkshopMutation = { __typename?: 'Mutation', updateWorkshop: { __typename?: 'WorkshopPayload', workshop?: { __typename?: 'Workshop', id: string, slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type EditorDraftWorkshopsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditorDraftWorkshopsQuery = { __typename?: 'Query', workshops: { __typename?: 'WorkshopConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Workshop', id: string, title: string, updatedAt: string }> } };

export type WorkshopListItemFragment = { __typename?: 'Workshop', id: string, slug: string, title: string, startsAt: string, durationMinutes: number, room?: string | null, facilitator?: string | null };

export type WorkshopPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type WorkshopPageQuery = { __typename?: 'Query', workshop?: { __typename?: 'Workshop', isExample: boolean, description: string, capacity?: number | null, id: string, slug: string, title: string, startsAt: string, durationMinutes: number, room?: string | null, facilitator?: string | null, event?: { __typename?: 'Event', id: string, slug: string, title: string, startsAt: string, endsAt: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string, summary: string, durationSeconds: number, startsAt: string, speakers: Array<{ __typename?: 'Speaker', name: string, title: string }> } | null, briefing?: { __typename?: 'WorkshopBriefing', purpose: string, timing: string, questions: Array<string>, materials: string, updatedAt: string, facilitator?: { __typename?: 'Member', id: string, name: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null } | null } | null };

export type WorkshopOutputItemFragment = { __typename?: 'WorkshopOutput', id: string, insight: string, nextStep: string, featured: boolean, createdAt: string, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null };

export type WorkshopOutputsQueryVariables = Exact<{
  workshop: Scalars['ID']['input'];
}>;


export type WorkshopOutputsQuery = { __typename?: 'Query', workshopOutputs: { __typename?: 'WorkshopOutputConnection', totalCount: number, nodes: Array<{ __typename?: 'WorkshopOutput', id: string, insight: string, nextStep: string, featured: boolean, createdAt: string, organisation: { __typename?: 'Organisation', id: string, slug: string, name: string, kind: OrganisationKind }, workshop?: { __typename?: 'Workshop', id: string, slug: string, title: string } | null, talk?: { __typename?: 'Talk', id: string, slug: string, title: string } | null }> } };

export type RecordWorkshopOutputMutationVariables = Exact<{
  input: WorkshopOutputInput;
}>;


export type RecordWorkshopOutputMutation = { __typename?: 'Mutation', recordWorkshopOutput: { __typename?: 'WorkshopOutputPayload', output?: { __typename?: 'WorkshopOutput', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export type FeatureWorkshopOutputMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  featured: Scalars['Boolean']['input'];
}>;


export type FeatureWorkshopOutputMutation = { __typename?: 'Mutation', featureWorkshopOutput: { __typename?: 'WorkshopOutputPayload', output?: { __typename?: 'WorkshopOutput', id: string, featured: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: string }> } };

export const EditCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditCaseFragment, unknown>;
export const CaseListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseListItemFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const CommentWithRepliesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentWithReplies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}}]} as unknown as DocumentNode<CommentWithRepliesFragment, unknown>;
export const CommentPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentWithReplies"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentWithReplies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentPageFragment, unknown>;
export const EditEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditEventFragment, unknown>;
export const EventListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]} as unknown as DocumentNode<EventListItemFragment, unknown>;
export const GapStudiedByFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStudiedBy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"studiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<GapStudiedByFragment, unknown>;
export const AlertDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"oldGrade"}},{"kind":"Field","name":{"kind":"Name","value":"newGrade"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AlertDetailFragment, unknown>;
export const EditRatingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"economy"}}]}}]}}]} as unknown as DocumentNode<EditRatingFragment, unknown>;
export const EditMethodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"costDkk"}},{"kind":"Field","name":{"kind":"Name","value":"costUnit"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDuration"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCertifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditRating"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"economy"}}]}}]}}]} as unknown as DocumentNode<EditMethodFragment, unknown>;
export const MethodListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}}]} as unknown as DocumentNode<MethodListItemFragment, unknown>;
export const MethodPartyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}}]}}]} as unknown as DocumentNode<MethodPartyFragment, unknown>;
export const MethodPracticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodPractice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"costDkk"}},{"kind":"Field","name":{"kind":"Name","value":"costUnit"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDuration"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCertifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodParty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodParty"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}}]}}]} as unknown as DocumentNode<MethodPracticeFragment, unknown>;
export const EditReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditReportFragment, unknown>;
export const ReportListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<ReportListItemFragment, unknown>;
export const SearchNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]} as unknown as DocumentNode<SearchNodeFragment, unknown>;
export const ShareLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ShareLinkFieldsFragment, unknown>;
export const EditStudyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditStudy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditStudyFragment, unknown>;
export const StudyListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudyListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]} as unknown as DocumentNode<StudyListItemFragment, unknown>;
export const EditTalkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditTalk"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditTalkFragment, unknown>;
export const TalkListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TalkListItemFragment, unknown>;
export const TalkPlaybackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkPlayback"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"src"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"captionsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chaptersUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<TalkPlaybackFragment, unknown>;
export const TranscriptMatchPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptMatchPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptMatchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"searchedAs"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]} as unknown as DocumentNode<TranscriptMatchPageFragment, unknown>;
export const EditTopicFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDa"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditTopicFragment, unknown>;
export const TopicChipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<TopicChipFragment, unknown>;
export const EditWorkshopFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditWorkshopFragment, unknown>;
export const WorkshopListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}}]}}]} as unknown as DocumentNode<WorkshopListItemFragment, unknown>;
export const WorkshopOutputItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutputItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WorkshopOutputItemFragment, unknown>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"authenticatedWith"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}}]}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ExportMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const DeleteMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirmEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmEmail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const AccountSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticatedWith"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateNotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const EditorCreateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateCaseMutation, EditorCreateCaseMutationVariables>;
export const EditorUpdateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateCaseMutation, EditorUpdateCaseMutationVariables>;
export const EditorDraftCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorDraftCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUBLISHED_AT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDraftCasesQuery, EditorDraftCasesQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const ProposeCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeCaseMutation, ProposeCaseMutationVariables>;
export const DigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Digest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshopOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopOutputItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutputItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DigestQuery, DigestQueryVariables>;
export const ThreadsAboutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThreadsAbout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discussionOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"subject"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantKinds"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadsAboutQuery, ThreadsAboutQueryVariables>;
export const ThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsFollowing"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsComments"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentWithReplies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentWithReplies"}}]}}]}}]} as unknown as DocumentNode<ThreadQuery, ThreadQueryVariables>;
export const MoreCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoreComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentWithReplies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentWithReplies"}}]}}]}}]} as unknown as DocumentNode<MoreCommentsQuery, MoreCommentsQueryVariables>;
export const RepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Replies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentWithReplies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentWithReplies"}}]}}]}}]} as unknown as DocumentNode<RepliesQuery, RepliesQueryVariables>;
export const StartThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StartThreadMutation, StartThreadMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentWithReplies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentWithReplies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const SetUsefulDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUseful"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"useful"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUseful"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"useful"},"value":{"kind":"Variable","name":{"kind":"Name","value":"useful"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFoundUseful"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetUsefulMutation, SetUsefulMutationVariables>;
export const FlagCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FlagCommentMutation, FlagCommentMutationVariables>;
export const MarkAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"commentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkAnswerMutation, MarkAnswerMutationVariables>;
export const FollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Follow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"following"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"following"},"value":{"kind":"Variable","name":{"kind":"Name","value":"following"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FollowMutation, FollowMutationVariables>;
export const CommentAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommentAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}}]}}]}}]} as unknown as DocumentNode<CommentAddedSubscription, CommentAddedSubscriptionVariables>;
export const MentionCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const EditNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditNodeQuery, EditNodeQueryVariables>;
export const EditorOrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorOrganisationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditorOrganisationOptionsQuery, EditorOrganisationOptionsQueryVariables>;
export const EditorMethodOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorMethodOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditorMethodOptionsQuery, EditorMethodOptionsQueryVariables>;
export const EditorStudyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorStudyOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<EditorStudyOptionsQuery, EditorStudyOptionsQueryVariables>;
export const EditorEventOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorEventOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorEventOptionsQuery, EditorEventOptionsQueryVariables>;
export const EditorTalkOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorTalkOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EditorTalkOptionsQuery, EditorTalkOptionsQueryVariables>;
export const EditorCaseOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorCaseOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCaseOptionsQuery, EditorCaseOptionsQueryVariables>;
export const EditorCreateRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRatingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvidenceRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"economy"}}]}}]}}]} as unknown as DocumentNode<EditorCreateRatingMutation, EditorCreateRatingMutationVariables>;
export const EditorUpdateRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRatingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvidenceRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"economy"}}]}}]}}]} as unknown as DocumentNode<EditorUpdateRatingMutation, EditorUpdateRatingMutationVariables>;
export const EditorPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorPublishMutation, EditorPublishMutationVariables>;
export const EditorUnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUnpublishMutation, EditorUnpublishMutationVariables>;
export const EditorDeleteNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorDeleteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDeleteNodeMutation, EditorDeleteNodeMutationVariables>;
export const NodeStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeStateQuery, NodeStateQueryVariables>;
export const EditorCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateEventMutation, EditorCreateEventMutationVariables>;
export const EditorUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateEventMutation, EditorUpdateEventMutationVariables>;
export const EditorDraftEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorDraftEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDraftEventsQuery, EditorDraftEventsQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const EventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListItem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"membersOnlyTalks"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopListItem"}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopOutputItem"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutputItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<EventPageQuery, EventPageQueryVariables>;
export const MeetingsFromDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsFrom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]} as unknown as DocumentNode<MeetingsFromQuery, MeetingsFromQueryVariables>;
export const KnowledgeGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeGapFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"studyCount"}},{"kind":"Field","name":{"kind":"Name","value":"unrated"}},{"kind":"Field","name":{"kind":"Name","value":"weakDimensions"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsFollowing"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMarkStudied"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeGapsQuery, KnowledgeGapsQueryVariables>;
export const MarkKnowledgeGapStudiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkKnowledgeGapStudied"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gap"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeGapClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markKnowledgeGapStudied"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gap"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapStudiedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStudiedBy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"studiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<MarkKnowledgeGapStudiedMutation, MarkKnowledgeGapStudiedMutationVariables>;
export const UnmarkKnowledgeGapStudiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmarkKnowledgeGapStudied"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gap"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmarkKnowledgeGapStudied"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gap"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapStudiedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapStudiedBy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"studiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<UnmarkKnowledgeGapStudiedMutation, UnmarkKnowledgeGapStudiedMutationVariables>;
export const FollowKnowledgeGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowKnowledgeGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gap"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"following"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followKnowledgeGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gap"}}},{"kind":"Argument","name":{"kind":"Name","value":"following"},"value":{"kind":"Variable","name":{"kind":"Name","value":"following"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsFollowing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FollowKnowledgeGapMutation, FollowKnowledgeGapMutationVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nextMeeting"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"FORUM_MEETING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListItem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportListItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"latestCases"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUBLISHED_AT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"latestMethods"},"name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUBLISHED_AT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"latestTalks"},"name":{"kind":"Name","value":"talks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reset"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const EmailSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"digestFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"notificationsByEmail"}}]}}]}}]}}]} as unknown as DocumentNode<EmailSettingsQuery, EmailSettingsQueryVariables>;
export const UpdateEmailSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmailSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"digestFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"notificationsByEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEmailSettingsMutation, UpdateEmailSettingsMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembership"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const MemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const ApplyForMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForMembershipMutation, ApplyForMembershipMutationVariables>;
export const MembershipApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipApplicationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cvr"}},{"kind":"Field","name":{"kind":"Name","value":"ean"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipApplicationsQuery, MembershipApplicationsQueryVariables>;
export const ApproveMembershipApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMembershipApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMembershipApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationSecret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveMembershipApplicationMutation, ApproveMembershipApplicationMutationVariables>;
export const DeclineMembershipApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineMembershipApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineMembershipApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineMembershipApplicationMutation, DeclineMembershipApplicationMutationVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paid"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"paid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"totalOre"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const MarkInvoicePaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInvoicePaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markInvoicePaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkInvoicePaidMutation, MarkInvoicePaidMutationVariables>;
export const MemberOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberOrganisationCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<MemberOrganisationsQuery, MemberOrganisationsQueryVariables>;
export const MyMembershipYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMembershipYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMembershipYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"canRenew"}},{"kind":"Field","name":{"kind":"Name","value":"renewalYear"}},{"kind":"Field","name":{"kind":"Name","value":"renewalOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapsesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyMembershipYearQuery, MyMembershipYearQueryVariables>;
export const RenewMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RenewMembershipMutation, RenewMembershipMutationVariables>;
export const MembershipViewerRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipViewerRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MembershipViewerRoleQuery, MembershipViewerRoleQueryVariables>;
export const EditorCreateMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateMethodMutation, EditorCreateMethodMutationVariables>;
export const EditorUpdateMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateMethodMutation, EditorUpdateMethodMutationVariables>;
export const EditorDraftMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorDraftMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUBLISHED_AT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"title"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDraftMethodsQuery, EditorDraftMethodsQueryVariables>;
export const MethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Methods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}}]} as unknown as DocumentNode<MethodsQuery, MethodsQueryVariables>;
export const MethodPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsFollowing"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodPractice"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"economy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudyListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodPractice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"costDkk"}},{"kind":"Field","name":{"kind":"Name","value":"costUnit"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDuration"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCertifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodParty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodParty"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudyListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MethodPageQuery, MethodPageQueryVariables>;
export const CompareMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slugs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slugs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slugs"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodPractice"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodPractice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"costDkk"}},{"kind":"Field","name":{"kind":"Name","value":"costUnit"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDuration"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCertifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodParty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodParty"}}]}}]}}]}}]} as unknown as DocumentNode<CompareMethodsQuery, CompareMethodsQueryVariables>;
export const EvidenceSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"homePage"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSchemesQuery, EvidenceSchemesQueryVariables>;
export const ModerationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerateCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"hidden"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ModerateCommentMutation, ModerateCommentMutationVariables>;
export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"oldGrade"}},{"kind":"Field","name":{"kind":"Name","value":"newGrade"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const OrganisationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationMembersQuery, OrganisationMembersQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationSecret"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const DeleteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMemberMutation, DeleteMemberMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"isActiveMember"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"isActiveMember"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const EventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}}]}}]} as unknown as DocumentNode<EventRegistrationQuery, EventRegistrationQueryVariables>;
export const RegisterForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const CancelRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const EventRegistrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRegistrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventRegistrantsQuery, EventRegistrantsQueryVariables>;
export const MyMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includePast"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationOutputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopOutputItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutputItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MyMeetingsQuery, MyMeetingsQueryVariables>;
export const EditorCreateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateReportMutation, EditorCreateReportMutationVariables>;
export const EditorUpdateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateReportMutation, EditorUpdateReportMutationVariables>;
export const EditorDraftReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorDraftReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDraftReportsQuery, EditorDraftReportsQueryVariables>;
export const ReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopOutputItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutputItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ReportPageQuery, ReportPageQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredWords"}},{"kind":"Field","name":{"kind":"Name","value":"nearestTerms"}},{"kind":"Field","name":{"kind":"Name","value":"nearestTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchNode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ageRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStrengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchNode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]} as unknown as DocumentNode<SuggestQuery, SuggestQueryVariables>;
export const CreateShareLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"shareLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeShareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeShareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const MyShareLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyShareLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyShareLinksQuery, MyShareLinksQueryVariables>;
export const SharedItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkPlayback"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkPlayback"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"src"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"captionsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chaptersUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SharedItemQuery, SharedItemQueryVariables>;
export const EditorCreateStudyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStudy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateStudyMutation, EditorCreateStudyMutationVariables>;
export const EditorUpdateStudyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStudy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"study"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateStudyMutation, EditorUpdateStudyMutationVariables>;
export const EditorDraftStudiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorDraftStudies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDraftStudiesQuery, EditorDraftStudiesQueryVariables>;
export const StudyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"study"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudyListItem"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudyListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<StudyPageQuery, StudyPageQueryVariables>;
export const EditorCreateTalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateTalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateTalkMutation, EditorCreateTalkMutationVariables>;
export const EditorUpdateTalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateTalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateTalkMutation, EditorUpdateTalkMutationVariables>;
export const EditorDraftTalksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorDraftTalks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDraftTalksQuery, EditorDraftTalksQueryVariables>;
export const TalkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkListItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkPlayback"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkPlayback"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"src"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"captionsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chaptersUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}}]}}]} as unknown as DocumentNode<TalkPageQuery, TalkPageQueryVariables>;
export const TalkTranscriptMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalkTranscriptMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transcriptMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptMatchPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptMatchPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptMatchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"searchedAs"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]} as unknown as DocumentNode<TalkTranscriptMatchesQuery, TalkTranscriptMatchesQueryVariables>;
export const SharedTranscriptMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedTranscriptMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transcriptMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TranscriptMatchPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TranscriptMatchPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptMatchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"searchedAs"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]} as unknown as DocumentNode<SharedTranscriptMatchesQuery, SharedTranscriptMatchesQueryVariables>;
export const AttachTalkVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachTalkVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"videoUpload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upload"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AttachTalkVideoMutation, AttachTalkVideoMutationVariables>;
export const EditorCreateTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateTopicMutation, EditorCreateTopicMutationVariables>;
export const EditorUpdateTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateTopicMutation, EditorUpdateTopicMutationVariables>;
export const TopicOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<TopicOptionsQuery, TopicOptionsQueryVariables>;
export const TopicTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDa"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<TopicTreeQuery, TopicTreeQueryVariables>;
export const TopicPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsFollowing"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDa"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopicChip"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudyListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopicChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Method"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"agreeing"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudyListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Study"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"design"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TopicPageQuery, TopicPageQueryVariables>;
export const EditorCreateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateWorkshopMutation, EditorCreateWorkshopMutationVariables>;
export const EditorUpdateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateWorkshopMutation, EditorUpdateWorkshopMutationVariables>;
export const EditorDraftWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorDraftWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorDraftWorkshopsQuery, EditorDraftWorkshopsQueryVariables>;
export const WorkshopPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopListItem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalkListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalkListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WorkshopPageQuery, WorkshopPageQueryVariables>;
export const WorkshopOutputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopOutputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopOutputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workshop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshop"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopOutputItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutputItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insight"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WorkshopOutputsQuery, WorkshopOutputsQueryVariables>;
export const RecordWorkshopOutputDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWorkshopOutput"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutputInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWorkshopOutput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordWorkshopOutputMutation, RecordWorkshopOutputMutationVariables>;
export const FeatureWorkshopOutputDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeatureWorkshopOutput"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"featured"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureWorkshopOutput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"featured"},"value":{"kind":"Variable","name":{"kind":"Name","value":"featured"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FeatureWorkshopOutputMutation, FeatureWorkshopOutputMutationVariables>;