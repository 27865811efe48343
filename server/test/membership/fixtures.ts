import { MemberRole } from '../../src/modules/member/member.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';

/** Valid identifiers (check digits hold) for applications in tests. */
export const CVR = '29000018';
export const GLN = '5790000000005';

export interface MembershipWorld {
  db: TestDatabase;
  client: TestClient;
  adminCookie: string;
  close(): Promise<void>;
}

/** A database with a platform admin (in an organisation with a paid year) and an HTTP client. */
export async function membershipWorld(): Promise<MembershipWorld> {
  const db = await createTestDatabase();
  const em = db.orm.em.fork();
  const forum = await createOrganisation(em, { slug: 'forum' });
  await createMember(em, { organisation: forum, role: MemberRole.ADMIN, email: 'admin@forum.example' });
  const client = await createTestClient(db);
  const adminCookie = await client.signIn('admin@forum.example', PASSWORD);
  return {
    db,
    client,
    adminCookie,
    close: async () => {
      await client.app.close();
      await db.drop();
    },
  };
}

export const APPLY = `mutation($i: MembershipApplicationInput!) {
  applyForMembership(input: $i) { application { id status cvr ean } userErrors { field code message } }
}`;

export const APPROVE = `mutation($id: ID!, $note: String) {
  approveMembershipApplication(id: $id, note: $note) {
    application { id status organisation { id slug name isActiveMember } }
    invoice { id number series sequence format netOre vatOre totalOre downloadPath }
    invitationSecret
    userErrors { field code message }
  }
}`;

export const DECLINE = `mutation($id: ID!, $reason: String!) {
  declineMembershipApplication(id: $id, reason: $reason) {
    application { id status decisionReason } userErrors { field code message }
  }
}`;

export function applicationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisationName: 'Nordby Kommune',
    kind: 'MUNICIPALITY',
    cvr: CVR,
    ean: GLN,
    street: 'Rådhuspladsen 1',
    postalCode: '9999',
    city: 'Nordby',
    contactName: 'Karin Kontakt',
    contactEmail: 'karin@nordby.example',
    ...overrides,
  };
}
