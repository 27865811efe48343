import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invitation } from '../../src/modules/auth/auth.entities.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { APPLY, APPROVE, applicationInput, DECLINE, membershipWorld, type MembershipWorld } from './fixtures.js';

let world: MembershipWorld;
beforeAll(async () => {
  world = await membershipWorld();
});
afterAll(() => world.close());

type ApplyResult = {
  applyForMembership: {
    application: { id: string; status: string; cvr: string; ean: string | null } | null;
    userErrors: { field: string; code: string; message: string }[];
  };
};

describe('applying for membership', () => {
  it('accepts a CVR written with spaces and a DK prefix, and stores the digits', async () => {
    const res = await world.client.query<ApplyResult>(APPLY, {
      i: applicationInput({ cvr: 'DK 29 00 00 18', contactEmail: 'a@spaces.example' }),
    });
    expect(res.data!.applyForMembership.userErrors).toEqual([]);
    expect(res.data!.applyForMembership.application).toMatchObject({ status: 'PENDING', cvr: '29000018' });
  });

  it.each([
    ['29000019', 'CHECK_DIGIT'],
    ['12345678', 'CHECK_DIGIT'],
    ['09000018', 'FORMAT'],
    ['2900001', 'FORMAT'],
    ['2900001x', 'FORMAT'],
  ])('refuses the CVR number %s (%s)', async (cvr, code) => {
    const res = await world.client.query<ApplyResult>(APPLY, { i: applicationInput({ cvr }) });
    expect(res.data!.applyForMembership.application).toBeNull();
    expect(res.data!.applyForMembership.userErrors).toEqual([expect.objectContaining({ field: 'input.cvr', code })]);
  });

  it.each([
    ['5790000000006', 'CHECK_DIGIT'],
    ['5798000000010', 'CHECK_DIGIT'],
    ['579000000000', 'FORMAT'],
  ])('refuses the EAN/GLN number %s (%s)', async (ean, code) => {
    const res = await world.client.query<ApplyResult>(APPLY, { i: applicationInput({ ean, cvr: '29000026' }) });
    expect(res.data!.applyForMembership.userErrors).toEqual([expect.objectContaining({ field: 'input.ean', code })]);
  });

  it('requires an EAN/GLN number from public bodies, not from an NGO', async () => {
    const municipality = await world.client.query<ApplyResult>(APPLY, { i: applicationInput({ ean: null }) });
    expect(municipality.data!.applyForMembership.userErrors).toEqual([
      expect.objectContaining({ field: 'input.ean', code: 'REQUIRED' }),
    ]);
    const ngo = await world.client.query<ApplyResult>(APPLY, {
      i: applicationInput({ kind: 'NGO', ean: '', cvr: '29000034', contactEmail: 'ngo@x.example' }),
    });
    expect(ngo.data!.applyForMembership.userErrors).toEqual([]);
    expect(ngo.data!.applyForMembership.application!.ean).toBeNull();
  });

  it('keeps applications from everyone but platform admins', async () => {
    const em = world.db.orm.em.fork();
    const org = await createOrganisation(em, { slug: 'nysgerrig' });
    await createMember(em, { organisation: org, role: MemberRole.ORG_ADMIN, email: 'oa@nysgerrig.example' });
    const cookie = await world.client.signIn('oa@nysgerrig.example', PASSWORD);
    const query = '{ membershipApplications(first: 5) { totalCount nodes { contactEmail } } }';
    expect((await world.client.query(query, {}, { cookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await world.client.query(query)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const admin = await world.client.query<{ membershipApplications: { totalCount: number } }>(
      query,
      {},
      { cookie: world.adminCookie },
    );
    expect(admin.data!.membershipApplications.totalCount).toBeGreaterThan(0);
  });
});

describe('deciding on an application', () => {
  type Approve = {
    approveMembershipApplication: {
      application: { status: string; organisation: { slug: string; isActiveMember: boolean } } | null;
      invoice: { number: string; format: string; netOre: number; vatOre: number; totalOre: number } | null;
      invitationSecret: string | null;
      userErrors: { code: string }[];
    };
  };

  it('approval creates the organisation, opens its year with an invoice, and invites the contact', async () => {
    const applied = await world.client.query<ApplyResult>(APPLY, {
      i: applicationInput({ cvr: '29000042', contactEmail: 'karin@sydby.example', organisationName: 'Sydby Kommune' }),
    });
    const id = applied.data!.applyForMembership.application!.id;
    const res = await world.client.query<Approve>(APPROVE, { id }, { cookie: world.adminCookie });
    const payload = res.data!.approveMembershipApplication;
    expect(payload.userErrors).toEqual([]);
    expect(payload.application).toMatchObject({
      status: 'APPROVED',
      organisation: { slug: 'sydby-kommune', isActiveMember: true },
    });
    expect(payload.invoice).toMatchObject({ format: 'OIOUBL', netOre: 500_000, vatOre: 125_000, totalOre: 625_000 });
    expect(payload.invitationSecret).toMatch(/^vbi_/);
    const invitation = await world.db.orm.em.fork().findOneOrFail(Invitation, { email: 'karin@sydby.example' });
    expect(invitation.role).toBe(MemberRole.ORG_ADMIN);
    // Deciding twice is refused, not a second organisation.
    const again = await world.client.query<Approve>(APPROVE, { id }, { cookie: world.adminCookie });
    expect(again.data!.approveMembershipApplication.userErrors[0]!.code).toBe('DECIDED');
  });

  it('declining needs a reason and creates nothing', async () => {
    const applied = await world.client.query<ApplyResult>(APPLY, {
      i: applicationInput({ cvr: '29000050', contactEmail: 'x@vestby.example', organisationName: 'Vestby' }),
    });
    const id = applied.data!.applyForMembership.application!.id;
    const empty = await world.client.query<{ declineMembershipApplication: { userErrors: { field: string }[] } }>(
      DECLINE,
      { id, reason: '  ' },
      { cookie: world.adminCookie },
    );
    expect(empty.data!.declineMembershipApplication.userErrors[0]!.field).toBe('reason');
    const res = await world.client.query<{ declineMembershipApplication: { application: { status: string } } }>(
      DECLINE,
      { id, reason: 'Vi optager kun organisationer, der arbejder med børn.' },
      { cookie: world.adminCookie },
    );
    expect(res.data!.declineMembershipApplication.application.status).toBe('DECLINED');
    const orgs = await world.db.orm.em
      .fork()
      .getConnection()
      .execute("select 1 from organisation where name = 'Vestby'");
    expect(orgs).toHaveLength(0);
  });

  it('lets only platform admins decide', async () => {
    const applied = await world.client.query<ApplyResult>(APPLY, {
      i: applicationInput({ cvr: '29000069', contactEmail: 'y@oestby.example' }),
    });
    const id = applied.data!.applyForMembership.application!.id;
    const em = world.db.orm.em.fork();
    const org = await createOrganisation(em, { slug: 'redaktion' });
    await createMember(em, { organisation: org, role: MemberRole.EDITOR, email: 'ed@redaktion.example' });
    const cookie = await world.client.signIn('ed@redaktion.example', PASSWORD);
    const res = await world.client.query(APPROVE, { id }, { cookie });
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
