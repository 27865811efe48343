import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { Case } from '../../src/modules/case/case.entity.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Member, MemberRole } from '../../src/modules/member/member.entity.js';
import { Invoice } from '../../src/modules/membership/invoice.entity.js';
import { markLapsed, renewMembership, sendRenewalReminders } from '../../src/modules/membership/renewal.commands.js';
import { membershipSettings } from '../../src/modules/membership/settings.js';
import { Notification, NotificationKind } from '../../src/modules/notification/notification.entity.js';
import { Membership, MembershipStatus, Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { ANONYMOUS } from '../../src/modules/auth/viewer.js';
import { createMember, PASSWORD } from '../helpers/factories.js';
import { APPLY, APPROVE, applicationInput, membershipWorld, type MembershipWorld } from './fixtures.js';

const settings = membershipSettings(loadConfig({}));
let world: MembershipWorld;
let organisation: Organisation;
let invoiceId: string;
const YEAR = new Date().getUTCFullYear();

beforeAll(async () => {
  world = await membershipWorld();
  const applied = await world.client.query<{ applyForMembership: { application: { id: string } } }>(APPLY, {
    i: applicationInput({ organisationName: 'Plejefamilier Nord', kind: 'NGO', ean: null }),
  });
  const approved = await world.client.query<{ approveMembershipApplication: { invoice: { id: string } } }>(
    APPROVE,
    { id: applied.data!.applyForMembership.application.id },
    { cookie: world.adminCookie },
  );
  invoiceId = approved.data!.approveMembershipApplication.invoice.id;
  const em = world.db.orm.em.fork();
  organisation = await em.findOneOrFail(Organisation, { name: 'Plejefamilier Nord' });
  await createMember(em, { organisation, email: 'm@nord.example' });
  await createMember(em, { organisation, role: MemberRole.ORG_ADMIN, email: 'oa@nord.example' });
  em.create(Case, {
    slug: 'nord-medlemmer',
    title: 'Kun for medlemmer',
    summary: 's',
    body: 'b',
    organisation,
    year: YEAR,
    targetGroups: [],
    visibility: Visibility.MEMBERS,
    publishedAt: new Date(),
  });
  await em.flush();
});
afterAll(() => world.close());

const READ = '{ viewer { activeMembership } case(slug: "nord-medlemmer") { title } }';
type Read = { viewer: { activeMembership: boolean }; case: { title: string } | null };

async function setLapsesAt(date: Date | null) {
  await world.db.orm.em
    .fork()
    .nativeUpdate(Membership, { organisation: organisation.id, year: YEAR }, { lapsesAt: date });
}

describe('an unpaid year', () => {
  it('keeps member rights until the grace period ends, then falls back to public access, keeping content', async () => {
    const cookie = await world.client.signIn('m@nord.example', PASSWORD);
    const membership = await world.db.orm.em.fork().findOneOrFail(Membership, { organisation, year: YEAR });
    const invoice = await world.db.orm.em.fork().findOneOrFail(Invoice, { membership });
    const gap = membership.lapsesAt!.getTime() - invoice.dueAt.getTime();
    expect(gap).toBe(settings.graceDays * 86_400_000);
    const before = await world.client.query<Read>(READ, {}, { cookie });
    expect(before.data).toEqual({ viewer: { activeMembership: true }, case: { title: 'Kun for medlemmer' } });

    await setLapsesAt(new Date(Date.now() - 1000)); // the grace period has just ended
    const after = await world.client.query<Read>(READ, {}, { cookie });
    expect(after.data).toEqual({ viewer: { activeMembership: false }, case: null });
    // What the public sees, the lapsed member sees: the same answer as anonymous.
    expect((await world.client.query<Read>('{ case(slug: "nord-medlemmer") { title } }')).data!.case).toBeNull();
    expect(await world.db.orm.em.fork().count(Case, { organisation })).toBe(1);
    expect(await world.db.orm.em.fork().count(Member, { organisation, deactivatedAt: null })).toBe(2);
    expect(await markLapsed(world.db.orm.em.fork())).toBeGreaterThanOrEqual(1);
    const lapsed = await world.db.orm.em.fork().findOneOrFail(Membership, { organisation, year: YEAR });
    expect(lapsed.status).toBe(MembershipStatus.LAPSED);
  });

  it('comes back in force, with everything, once the invoice is paid', async () => {
    const cookie = await world.client.signIn('m@nord.example', PASSWORD);
    const paid = await world.client.query<{ markInvoicePaid: { invoice: { paidAt: string } } }>(
      'mutation($id: ID!) { markInvoicePaid(id: $id) { invoice { paidAt } } }',
      { id: invoiceId },
      { cookie: world.adminCookie },
    );
    expect(paid.data!.markInvoicePaid.invoice.paidAt).toBeTruthy();
    const res = await world.client.query<Read>(READ, {}, { cookie });
    expect(res.data).toEqual({ viewer: { activeMembership: true }, case: { title: 'Kun for medlemmer' } });
    const membership = await world.db.orm.em.fork().findOneOrFail(Membership, { organisation, year: YEAR });
    expect(membership).toMatchObject({ status: MembershipStatus.ACTIVE, lapsesAt: null });
    // A paid year does not lapse, whatever the sweep finds.
    await markLapsed(world.db.orm.em.fork(), new Date(Date.UTC(YEAR, 11, 31)));
    expect((await world.client.query<Read>(READ, {}, { cookie })).data!.viewer.activeMembership).toBe(true);
  });
});

describe('renewal', () => {
  const beforeNotice = new Date(Date.UTC(YEAR, 8, 1));
  const inNotice = new Date(Date.UTC(YEAR, 11, 1));

  it('reminds the organisation’s admins once, in the notice period only', async () => {
    const em = world.db.orm.em.fork();
    expect(await sendRenewalReminders(em, settings, beforeNotice)).toBe(0);
    const reminded = await sendRenewalReminders(em, settings, inNotice);
    expect(reminded).toBeGreaterThanOrEqual(1);
    expect(await sendRenewalReminders(world.db.orm.em.fork(), settings, inNotice)).toBe(0);
    const admin = await em.findOneOrFail(Member, { email: 'oa@nord.example' });
    const member = await em.findOneOrFail(Member, { email: 'm@nord.example' });
    expect(await em.count(Notification, { member: admin, kind: NotificationKind.MEMBERSHIP_RENEWAL })).toBe(1);
    expect(await em.count(Notification, { member, kind: NotificationKind.MEMBERSHIP_RENEWAL })).toBe(0);
    const cookie = await world.client.signIn('oa@nord.example', PASSWORD);
    const listed = await world.client.query<{ notifications: { nodes: { kind: string }[] } }>(
      '{ notifications(first: 5) { nodes { kind } } }',
      {},
      { cookie },
    );
    expect(listed.data!.notifications.nodes).toContainEqual({ kind: 'MEMBERSHIP_RENEWAL' });
  });

  it('opens and invoices the coming year for the organisation’s admin, once', async () => {
    const em = world.db.orm.em.fork();
    const admin = await em.findOneOrFail(Member, { email: 'oa@nord.example' });
    await expect(
      renewMembership({
        em,
        viewer: ANONYMOUS,
        organisationId: organisation.id,
        billing: null,
        settings,
        now: inNotice,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const orgAdmin = {
      kind: 'member' as const,
      memberId: admin.id,
      name: admin.name,
      organisationId: organisation.id,
      role: MemberRole.ORG_ADMIN,
      activeMembership: true,
      via: { kind: 'session' as const, sessionId: 'x' },
    };
    const { membership, invoice } = await renewMembership({
      em: world.db.orm.em.fork(),
      viewer: orgAdmin,
      organisationId: organisation.id,
      billing: null,
      settings,
      now: inNotice,
    });
    expect(membership.year).toBe(YEAR + 1);
    // Paid in advance: the grace period counts from the start of the year it covers.
    expect(membership.lapsesAt!.getTime()).toBe(
      Math.max(invoice.dueAt.getTime(), Date.UTC(YEAR + 1, 0, 1)) + settings.graceDays * 86_400_000,
    );
    await expect(
      renewMembership({
        em: world.db.orm.em.fork(),
        viewer: orgAdmin,
        organisationId: organisation.id,
        billing: null,
        settings,
        now: inNotice,
      }),
    ).rejects.toMatchObject({ errors: [{ code: 'ALREADY_RENEWED' }] });
    // Through the API, an organisation's admin may not renew another organisation.
    const forum = await world.db.orm.em.fork().findOneOrFail(Organisation, { slug: 'forum' });
    const cookie = await world.client.signIn('oa@nord.example', PASSWORD);
    const other = await world.client.query(
      'mutation($i: RenewMembershipInput!) { renewMembership(input: $i) { userErrors { code } } }',
      { i: { organisationId: encodeGlobalId('Organisation', forum.id) } },
      { cookie },
    );
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // Another organisation's admin may not renew this one.
    await expect(
      renewMembership({
        em: world.db.orm.em.fork(),
        viewer: { ...orgAdmin, organisationId: 'someone-else' },
        organisationId: organisation.id,
        billing: null,
        settings,
        now: inNotice,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
