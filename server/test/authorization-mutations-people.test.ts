import { randomUUID } from 'node:crypto';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { inviteMember } from '../src/modules/auth/auth.commands.js';
import { ApiToken, TokenScope } from '../src/modules/auth/auth.entities.js';
import { hashSecret } from '../src/modules/auth/secrets.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { SESSIONS, type Cell, type MutationCase, type ViewerName } from './helpers/authorization-fixture.js';
import { createMember, PASSWORD } from './helpers/factories.js';
import {
  admin,
  ANYONE_BUT_READ_TOKEN,
  byId,
  create,
  db,
  f,
  hubEvent,
  memberOf,
  NOT_REMOVABLE,
  orgId,
  runMutationMatrix,
  signOutCell,
} from './helpers/mutation-matrix.js';

/** The authorization matrix for writes to members, tokens, accounts and sessions (see helpers/mutation-matrix.ts). */
runMutationMatrix([
  {
    name: 'inviteMember (to A)',
    allowed: ['orgAdmin', 'admin'],
    ...create('inviteMember', 'InviteMemberInput', () => ({ organisation: orgId('a'), email: `${randomUUID()}@a.dk` })),
  },
  {
    name: 'inviteMember (to B)',
    allowed: ['admin'],
    ...create('inviteMember', 'InviteMemberInput', () => ({ organisation: orgId('b'), email: `${randomUUID()}@b.dk` })),
  },
  {
    name: 'removeMember (of A)',
    allowed: ['orgAdmin', 'admin'],
    ...byId('removeMember', async () => {
      const m = await createMember(db.orm.em.fork(), { organisation: f.orgs.a, email: `${randomUUID()}@a.dk` });
      return m.nodeId;
    }),
  },
  {
    name: 'inviteMember (an editor, to A)',
    allowed: ['admin'],
    ...create('inviteMember', 'InviteMemberInput', () => ({
      organisation: orgId('a'),
      email: `${randomUUID()}@a.dk`,
      role: 'EDITOR',
    })),
  },
  // Removing people: org admins their own organisation's members and org admins; the forum's editors and admins
  // only platform admins. An unknown ID and a member one may not remove get the same answer (no probing).
  ...(['removeMember', 'deleteMember'] as const).flatMap((field): MutationCase[] => [
    { name: `${field} (a member of A)`, allowed: ['orgAdmin', 'admin'], ...byId(field, () => memberOf('a')) },
    {
      name: `${field} (an org admin of A)`,
      allowed: ['orgAdmin', 'admin'],
      ...byId(field, () => memberOf('a', MemberRole.ORG_ADMIN)),
    },
    {
      name: `${field} (an editor of A)`,
      allowed: ['admin'],
      refused: NOT_REMOVABLE,
      ...byId(field, () => memberOf('a', MemberRole.EDITOR)),
    },
    {
      name: `${field} (an admin of A)`,
      allowed: ['admin'],
      refused: NOT_REMOVABLE,
      ...byId(field, () => memberOf('a', MemberRole.ADMIN)),
    },
    {
      name: `${field} (a member of B)`,
      allowed: ['admin'],
      refused: NOT_REMOVABLE,
      ...byId(field, () => memberOf('b')),
    },
    {
      name: `${field} (no such member)`,
      allowed: [],
      refused: { ...NOT_REMOVABLE, admin: 'NOT_FOUND' },
      ...byId(field, async () => encodeGlobalId('Member', randomUUID())),
    },
  ]),
  {
    name: 'createApiToken',
    allowed: SESSIONS,
    ...create('createApiToken', 'CreateApiTokenInput', () => ({ name: 'T', scopes: ['READ'] })),
  },
  {
    name: 'revokeApiToken (someone else’s)',
    allowed: [],
    refused: Object.fromEntries(SESSIONS.map((v) => [v, 'NOT_FOUND'])),
    ...byId('revokeApiToken', async () => {
      const em = db.orm.em.fork();
      const member = f.members.integrator; // not a session viewer of the matrix
      const secret = `vbt_${randomUUID()}`;
      const token = em.create(ApiToken, {
        member,
        name: 'Andens',
        prefix: secret.slice(0, 12),
        secretHash: hashSecret(secret),
        scopes: [TokenScope.READ],
      });
      await em.flush();
      return token.nodeId;
    }),
  },
  {
    // Their own account, whatever their membership; a write, so never with a READ-only token.
    name: 'updateProfile (own)',
    allowed: ['writeToken', ...SESSIONS],
    prepare: async (viewer: ViewerName): Promise<Cell> => ({
      query: 'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { userErrors { code } } }',
      variables: { i: { name: viewer === 'anonymous' ? 'Ingen' : f.members[viewer].name } },
    }),
  },
  {
    name: 'markNotificationsRead (own)',
    allowed: ['writeToken', ...SESSIONS],
    prepare: async (): Promise<Cell> => ({ query: 'mutation { markNotificationsRead }' }),
  },
  {
    // Not registered, so the allowed get NOT_FOUND as a userError; a READ-only token is refused before that.
    name: 'cancelRegistration (own, none)',
    allowed: [],
    refused: Object.fromEntries(['writeToken', ...SESSIONS].map((v) => [v, 'NOT_FOUND'])),
    prepare: async (): Promise<Cell> => ({
      query: 'mutation($e: ID!) { cancelRegistration(eventId: $e) { userErrors { code } } }',
      variables: { e: hubEvent() },
    }),
  },
  {
    name: 'updateNotificationSettings (own)',
    allowed: ['writeToken', ...SESSIONS],
    ...create('updateNotificationSettings', 'UpdateNotificationSettingsInput', () => ({
      settings: [{ kind: 'NEW_COMMENT', enabled: true }],
    })),
  },
  {
    // Only signed in with the password: not even a WRITE token may (a leaked token must not take the account).
    // A wrong current password keeps every viewer's password as it was; the allowed ones get the userError.
    name: 'changePassword (own)',
    allowed: [],
    refused: Object.fromEntries(SESSIONS.map((v) => [v, 'INVALID_CREDENTIALS'])),
    ...create('changePassword', 'ChangePasswordInput', () => ({
      currentPassword: 'ikke-kodeordet-123',
      newPassword: 'et-nyt-langt-kodeord',
    })),
  },
  // A READ-scope token changes nothing, not even by signing out (token-scope.test.ts walks every mutation).
  { name: 'signOut', allowed: ANYONE_BUT_READ_TOKEN, prepare: signOutCell('signOut') },
  { name: 'signOutEverywhere', allowed: ['anonymous', ...SESSIONS], prepare: signOutCell('signOutEverywhere') },
  {
    name: 'acceptInvitation (anyone holding the secret)',
    allowed: ANYONE_BUT_READ_TOKEN,
    prepare: async () => {
      const { secret } = await inviteMember({
        em: db.orm.em.fork(),
        viewer: { ...admin, memberId: f.members.admin.id, organisationId: f.orgs.a.id },
        organisationId: f.orgs.a.id,
        input: { email: `${randomUUID()}@a.dk`, role: MemberRole.MEMBER },
      });
      return {
        query: 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { userErrors { code } } }',
        variables: { i: { secret, name: 'Ny Person', password: PASSWORD } },
      };
    },
  },
]);
