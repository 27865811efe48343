import type { MemberRole } from '../../graphql/generated/graphql';

/** Editors and platform admins curate content and moderate discussions. */
export function isEditor(role: MemberRole | null | undefined): boolean {
  return role === 'EDITOR' || role === 'ADMIN';
}

/** Organisation admins (and platform admins) manage an organisation's people. */
export function isOrgAdmin(role: MemberRole | null | undefined): boolean {
  return role === 'ORG_ADMIN' || role === 'ADMIN';
}
