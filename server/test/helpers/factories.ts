import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { Member, MemberRole } from '../../src/modules/member/member.entity.js';
import {
  Membership,
  MembershipStatus,
  Organisation,
  OrganisationKind,
} from '../../src/modules/organisation/organisation.entity.js';

export const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';
let passwordHash: Promise<string> | undefined;

/** An organisation with a membership for the current year (ACTIVE unless told otherwise). */
export async function createOrganisation(
  em: EntityManager,
  props: { slug: string; status?: MembershipStatus; kind?: OrganisationKind },
): Promise<Organisation> {
  const organisation = em.create(Organisation, {
    slug: props.slug,
    name: `Test ${props.slug}`,
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
