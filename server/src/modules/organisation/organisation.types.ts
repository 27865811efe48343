import { connectionType } from '../../graphql/connection.js';
import { Membership, Organisation } from './organisation.entity.js';

export const OrganisationConnection = connectionType(Organisation, 'Organisation', 'A page of organisations.');
export const MembershipConnection = connectionType(Membership, 'Membership', 'A page of memberships.');
