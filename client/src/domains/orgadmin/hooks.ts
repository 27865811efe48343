import { createMutation, createQuery } from '@urql/solid';
import { DeleteMemberDoc, InviteMemberDoc, OrganisationMembersDoc, RemoveMemberDoc } from './graphql';

/** The organisation's members, always fresh: an administrator acts on who is there now. */
export const createOrganisationMembers = () =>
  createQuery({ query: OrganisationMembersDoc, requestPolicy: 'network-only' });
export const createInviteMember = () => createMutation(InviteMemberDoc);
export const createRemoveMember = () => createMutation(RemoveMemberDoc);
export const createDeleteMember = () => createMutation(DeleteMemberDoc);
