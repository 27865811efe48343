import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { email as emailSchema, parseInput, text } from '../content/validation.js';
import { MailKind } from '../mail/mail.entities.js';
import { enqueueMail } from '../mail/outbox.js';
import { Member, MemberRole } from '../member/member.entity.js';
import { loadRemovableMember } from '../member/member.queries.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { guardPersonalData } from '../privacy/guard.js';
import { ApiToken, Invitation, Session, TokenScope } from './auth.entities.js';
import { authorize } from './auth.policy.js';
import { SESSION_DAYS, TOKEN_PREFIX } from './authenticate.js';
import { COMMON_PASSWORD_COUNT, isCommonPassword } from './common-passwords.js';
import { assertNotLimited, countFailure, SIGN_IN_LIMITS, type RateLimits } from './rate-limits.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';
import type { Viewer } from './viewer.js';

const INVITATION_DAYS = 14;
/** What a password must be, wherever one is chosen (accepting an invitation, changing it). */
export const password = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.')
  .refine((value) => !isCommonPassword(value), {
    message: `This is one of the ${COMMON_PASSWORD_COUNT.toLocaleString('en')} most used passwords, which attackers try first. Choose another: a few unrelated words make a strong one.`,
    params: { code: 'COMMON_PASSWORD' },
  });

async function startSession(em: EntityManager, member: Member): Promise<string> {
  const secret = newSecret('vbs');
  em.create(Session, {
    member,
    secretHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
  });
  await em.flush();
  return secret;
}

/**
 * Email + password sign-in; the same answer for every failure. Wrong passwords lock the (account, address) pair,
 * so a guesser locks themself out and not the owner signing in from elsewhere; one address is limited across
 * accounts; and guessing spread over many addresses meets a looser per-account limit, which spares the addresses
 * the account signed in from before. Numbers: SIGN_IN_LIMITS.
 */
export async function signIn(props: {
  em: EntityManager;
  limits: RateLimits;
  email: string;
  password: string;
  address: string;
}): Promise<{ member: Member; sessionSecret: string }> {
  const { em, limits } = props;
  const email = props.email.trim().toLowerCase().slice(0, 320);
  // Keys are hashed: the limits table need not hold who tried to sign in from where.
  const pair = hashSecret(`${email}\n${props.address}`);
  const account = hashSecret(email);
  await assertNotLimited(limits.signInAddress, props.address);
  await assertNotLimited(limits.signInPair, pair);
  const known = (await limits.signInKnown.get(pair)) !== null;
  if (!known) await assertNotLimited(limits.signInAccount, account);
  const member = await em.findOne(Member, { email, deactivatedAt: null });
  const ok = await verifyPassword(props.password.slice(0, 200), member?.passwordHash ?? null);
  if (!member || !ok) {
    await Promise.all([
      countFailure(limits.signInPair, pair),
      countFailure(limits.signInAddress, props.address),
      countFailure(limits.signInAccount, account),
    ]);
    throw UserInputProblem.of(null, 'Wrong email or password.', 'INVALID_CREDENTIALS');
  }
  await limits.signInPair.delete(pair);
  await limits.signInKnown.set(pair, 1, SIGN_IN_LIMITS.knownSeconds);
  return { member, sessionSecret: await startSession(em, member) };
}

export async function signOut(props: { em: EntityManager; viewer: Viewer; everywhere: boolean }): Promise<number> {
  const { em, viewer } = props;
  if (viewer.kind !== 'member') return 0;
  if (props.everywhere) {
    authorize(viewer, 'session.endAll');
    return em.nativeDelete(Session, { member: viewer.memberId });
  }
  return viewer.via.kind === 'session' ? em.nativeDelete(Session, { id: viewer.via.sessionId }) : 0;
}

const inviteInput = z.object({ email: emailSchema, role: z.nativeEnum(MemberRole) });

/** An org admin invites a person; the secret goes in the link they receive and is stored only as a hash. */
export async function inviteMember(props: {
  em: EntityManager;
  viewer: Viewer;
  organisationId: string;
  input: { email: string; role: MemberRole };
}): Promise<{ invitation: Invitation; secret: string }> {
  const { em, viewer, organisationId } = props;
  authorize(viewer, 'member.invite', { organisationId });
  const input = parseInput(inviteInput, props.input);
  authorize(viewer, 'member.invite', { organisationId, memberRole: input.role });
  const organisation = await em.findOne(Organisation, organisationId);
  if (!organisation) throw UserInputProblem.of('organisation', 'No such organisation.', 'NOT_FOUND');
  if (await em.count(Member, { email: input.email }))
    throw UserInputProblem.of('input.email', 'Someone with this email is already a member.', 'TAKEN');
  const secret = newSecret('vbi');
  const invitation = em.create(Invitation, {
    organisation,
    invitedBy: em.getReference(Member, viewer.memberId),
    email: input.email,
    role: input.role,
    secretHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  });
  recordAudit(em, {
    viewer,
    action: 'member.invite',
    subjectType: 'Organisation',
    subjectId: organisation.nodeId,
    subjectLabel: `${input.role} invitation`,
  });
  // Emailed in the same transaction; the secret is also returned, for passing the link on by hand.
  enqueueMail(em, {
    kind: MailKind.INVITATION,
    recipient: input.email,
    data: {
      secret,
      organisation: organisation.name,
      inviter: viewer.name,
      role: input.role,
      expiresAt: invitation.expiresAt.toISOString(),
    },
  });
  await em.flush();
  return { invitation, secret };
}

const acceptInput = z.object({ name: text(200), password });

/**
 * Turns a valid, unused, unexpired invitation into a member with a password, and signs them in. The invitation's
 * row is locked while it is used, so the same link sent twice at once makes one member; the other request waits
 * and then hears that the invitation was used.
 */
export async function acceptInvitation(props: {
  em: EntityManager;
  secret: string;
  input: { name: string; password: string };
}): Promise<{ member: Member; sessionSecret: string }> {
  const input = parseInput(acceptInput, props.input);
  guardPersonalData({ 'input.name': input.name });
  const passwordHash = await hashPassword(input.password);
  return props.em.transactional(async (em) => {
    const invitation = await em.findOne(
      Invitation,
      { secretHash: hashSecret(props.secret.slice(0, 200)) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) {
      throw UserInputProblem.of(
        'secret',
        'This invitation link is not valid any more. Ask your organisation’s admin for a new one.',
        'EXPIRED',
      );
    }
    if (await em.count(Member, { email: invitation.email }))
      throw UserInputProblem.of('secret', 'This invitation has already been used.', 'EXPIRED');
    const member = em.create(Member, {
      organisation: invitation.organisation,
      name: input.name,
      email: invitation.email,
      role: invitation.role,
      passwordHash,
    });
    invitation.acceptedAt = new Date();
    recordAudit(em, {
      viewer: { kind: 'anonymous' },
      action: 'member.join',
      subjectType: 'Member',
      subjectId: member.nodeId,
      subjectLabel: member.name,
    });
    return { member, sessionSecret: await startSession(em, member) };
  });
}

const tokenInput = z.object({
  name: text(100),
  scopes: z.array(z.nativeEnum(TokenScope)).min(1, 'Choose at least one scope.').max(2),
  expiresInDays: z.number().int().min(1, 'At least 1 day.').max(3650, 'At most 10 years.').nullish(),
});

export async function createApiToken(props: {
  em: EntityManager;
  viewer: Viewer;
  input: { name: string; scopes: TokenScope[]; expiresInDays?: number | null };
}): Promise<{ token: ApiToken; secret: string }> {
  const { em, viewer } = props;
  authorize(viewer, 'token.manage');
  const input = parseInput(tokenInput, props.input);
  const secret = newSecret(TOKEN_PREFIX);
  const token = em.create(ApiToken, {
    member: em.getReference(Member, viewer.memberId),
    name: input.name,
    prefix: secret.slice(0, 9),
    secretHash: hashSecret(secret),
    scopes: [...new Set(input.scopes)],
    expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
  });
  recordAudit(em, {
    viewer,
    action: 'token.create',
    subjectType: 'ApiToken',
    subjectId: token.nodeId,
    subjectLabel: input.name,
  });
  await em.flush();
  return { token, secret };
}

export async function revokeApiToken(props: { em: EntityManager; viewer: Viewer; tokenId: string }): Promise<ApiToken> {
  const { em, viewer } = props;
  authorize(viewer, 'token.manage');
  const token = await em.findOne(ApiToken, { id: props.tokenId, member: viewer.memberId });
  if (!token) throw UserInputProblem.of('id', 'You have no token with this ID.', 'NOT_FOUND');
  token.revokedAt ??= new Date();
  recordAudit(em, {
    viewer,
    action: 'token.revoke',
    subjectType: 'ApiToken',
    subjectId: token.nodeId,
    subjectLabel: token.name,
  });
  await em.flush();
  return token;
}

/** An org admin removes a person who left: they can no longer sign in; their sessions and tokens end. */
export async function removeMember(props: { em: EntityManager; viewer: Viewer; memberId: string }): Promise<Member> {
  const { em } = props;
  const { viewer, member } = await loadRemovableMember(em, props.viewer, props.memberId);
  await em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(Member, member.id);
    row.deactivatedAt ??= new Date();
    await tx.nativeDelete(Session, { member: member.id });
    await tx.nativeUpdate(ApiToken, { member: member.id, revokedAt: null }, { revokedAt: new Date() });
    recordAudit(tx, {
      viewer,
      action: 'member.remove',
      subjectType: 'Member',
      subjectId: member.nodeId,
      subjectLabel: member.name,
    });
  });
  return member;
}
