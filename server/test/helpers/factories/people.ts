import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken, Session, TokenScope } from '../../../src/modules/auth/auth.entities.js';
import { hashPassword, hashSecret, newSecret } from '../../../src/modules/auth/secrets.js';
import { Member, MemberRole } from '../../../src/modules/member/member.entity.js';
import {
  Membership,
  MembershipStatus,
  Organisation,
  OrganisationKind,
} from '../../../src/modules/organisation/organisation.entity.js';
import { unique } from './unique.js';

export const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';
let passwordHash: Promise<string> | undefined;
const DAY = 86_400_000;

/** An organisation with a membership for the current year (ACTIVE unless told otherwise). */
export async function createOrganisation(
  em: EntityManager,
  props: { slug?: string; name?: string; status?: MembershipStatus; kind?: OrganisationKind } = {},
): Promise<Organisation> {
  const slug = props.slug ?? unique('org');
  const organisation = em.create(Organisation, {
    slug,
    name: props.name ?? `Test ${slug}`,
    kind: props.kind ?? OrganisationKind.MUNICIPALITY,
  });
  em.create(Membership, {
    organisation,
    year: new Date().getUTCFullYear(),
    feeDkk: 5000,
    status: props.status ?? MembershipStatus.ACTIVE,
  });
  await em.flush();
  return organisation;
}

/** A member who can sign in with PASSWORD. */
export async function createMember(
  em: EntityManager,
  props: { organisation: Organisation; role?: MemberRole; email?: string; name?: string },
): Promise<Member> {
  passwordHash ??= hashPassword(PASSWORD);
  const role = props.role ?? MemberRole.MEMBER;
  const member = em.create(Member, {
    organisation: props.organisation,
    name: props.name ?? `${role.toLowerCase()} of ${props.organisation.slug}`,
    email: props.email ?? `${role.toLowerCase()}@${props.organisation.slug}.example`,
    role,
    passwordHash: await passwordHash,
  });
  await em.flush();
  return member;
}

/** A session cookie without the password round trip (scrypt per member would slow the 50-member tests down). */
export async function sessionCookie(em: EntityManager, member: Member): Promise<string> {
  const secret = newSecret('vbs');
  em.create(Session, { member, secretHash: hashSecret(secret), expiresAt: new Date(Date.now() + DAY) });
  await em.flush();
  return `vb_session=${secret}`;
}

/** A personal API token of the member (read and write unless told otherwise); returns its secret. */
export async function createApiToken(
  em: EntityManager,
  props: { member: Member; scopes?: TokenScope[]; name?: string },
): Promise<string> {
  const secret = newSecret('vbt');
  em.create(ApiToken, {
    member: props.member,
    name: props.name ?? 'test',
    prefix: secret.slice(0, 9),
    secretHash: hashSecret(secret),
    scopes: props.scopes ?? [TokenScope.READ, TokenScope.WRITE],
  });
  await em.flush();
  return secret;
}
