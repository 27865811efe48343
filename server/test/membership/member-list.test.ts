import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken, TokenScope } from '../../src/modules/auth/auth.entities.js';
import { hashSecret, newSecret } from '../../src/modules/auth/secrets.js';
import { Member } from '../../src/modules/member/member.entity.js';
import { Membership, MembershipStatus, OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import { createOrganisation } from '../helpers/factories.js';
import { APPLY, APPROVE, applicationInput, membershipWorld, type MembershipWorld } from './fixtures.js';

let world: MembershipWorld;
const YEAR = new Date().getUTCFullYear();

beforeAll(async () => {
  world = await membershipWorld(); // its forum organisation is an active MUNICIPALITY
  const em = world.db.orm.em.fork();
  await createOrganisation(em, { slug: 'ngo-aktiv', kind: OrganisationKind.NGO });
  await createOrganisation(em, { slug: 'ngo-ophoert', kind: OrganisationKind.NGO, status: MembershipStatus.LAPSED });
  const overdue = await createOrganisation(em, { slug: 'ngo-forfalden', kind: OrganisationKind.NGO });
  await em.nativeUpdate(Membership, { organisation: overdue, year: YEAR }, { lapsesAt: new Date(Date.now() - 1000) });
  const lastYear = await createOrganisation(em, { slug: 'fond-sidste-aar', kind: OrganisationKind.FOUNDATION });
  await em.nativeUpdate(Membership, { organisation: lastYear }, { year: YEAR - 1 });
});
afterAll(() => world.close());

describe('the public list of member organisations', () => {
  it('lists only organisations whose membership is active now, with counts by kind, to anyone', async () => {
    const res = await world.client.query<{
      memberOrganisationCounts: { kind: string; count: number }[];
      memberOrganisations: { totalCount: number; nodes: { slug: string }[] };
      ngos: { nodes: { slug: string }[] };
    }>(`{
      memberOrganisationCounts { kind count }
      memberOrganisations(first: 10) { totalCount nodes { slug } }
      ngos: memberOrganisations(first: 10, kind: NGO) { nodes { slug } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.memberOrganisations.nodes.map((n) => n.slug)).toEqual(['forum', 'ngo-aktiv']);
    expect(res.data!.memberOrganisations.totalCount).toBe(2);
    expect(res.data!.ngos.nodes.map((n) => n.slug)).toEqual(['ngo-aktiv']);
    expect(res.data!.memberOrganisationCounts).toEqual([
      { kind: 'MUNICIPALITY', count: 1 },
      { kind: 'NGO', count: 1 },
    ]);
  });

  it('grows when an application is approved', async () => {
    const applied = await world.client.query<{ applyForMembership: { application: { id: string } } }>(APPLY, {
      i: applicationInput({ organisationName: 'Ny Kommune' }),
    });
    await world.client.query(
      APPROVE,
      { id: applied.data!.applyForMembership.application.id },
      { cookie: world.adminCookie },
    );
    const res = await world.client.query<{ memberOrganisationCounts: { kind: string; count: number }[] }>(
      '{ memberOrganisationCounts { kind count } }',
    );
    expect(res.data!.memberOrganisationCounts).toContainEqual({ kind: 'MUNICIPALITY', count: 2 });
  });
});

describe('payment state', () => {
  it('is shown to the organisation’s admins and platform admins only, on every path to a membership', async () => {
    const em = world.db.orm.em.fork();
    await em.nativeUpdate(Membership, {}, { paidAt: new Date() });
    const queries = [
      '{ organisation(slug: "forum") { memberships(first: 5) { nodes { paidAt lapsesAt } } } }',
      '{ organisations(first: 20) { nodes { slug memberships(first: 5) { nodes { paidAt } } } } }',
    ];
    for (const query of queries) {
      const anonymous = JSON.stringify((await world.client.query(query)).data);
      expect(anonymous).toContain('"paidAt":null');
      expect(anonymous).not.toMatch(/"paidAt":"/);
      const admin = JSON.stringify((await world.client.query(query, {}, { cookie: world.adminCookie })).data);
      expect(admin).toMatch(/"paidAt":"/);
    }
  });
});

describe('token scopes', () => {
  it('a platform admin’s READ token may list applications but not decide or mark payments', async () => {
    const em = world.db.orm.em.fork();
    const admin = await em.findOneOrFail(Member, { email: 'admin@forum.example' });
    const secret = newSecret('vbt');
    em.create(ApiToken, {
      member: admin,
      name: 'read',
      prefix: secret.slice(0, 8),
      secretHash: hashSecret(secret),
      scopes: [TokenScope.READ],
    });
    await em.flush();
    const headers = { authorization: `Bearer ${secret}` };
    const list = await world.client.query('{ membershipApplications(first: 1) { totalCount } }', {}, headers);
    expect(list.errors).toBeUndefined();
    const decide = await world.client.query(
      'mutation { declineMembershipApplication(id: "TWVtYmVyc2hpcEFwcGxpY2F0aW9uOng=", reason: "x") { userErrors { code } } }',
      {},
      headers,
    );
    expect(decide.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
    const pay = await world.client.query(
      'mutation { markInvoicePaid(id: "SW52b2ljZTp4") { userErrors { code } } }',
      {},
      headers,
    );
    expect(pay.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
  });
});
