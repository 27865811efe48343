import { Visibility } from '../modules/content/content.enums.js';
import type { Access } from './documents/assemble.js';

/**
 * Who may find a workshop output: it has no visibility of its own and is read as its workshop is, by members only
 * (content.policy.ts `readableOutputWhere`). So its document carries the workshop's publication and owner, with
 * PUBLIC narrowed to MEMBERS, and search's visibility filter keeps it from everyone without an active membership.
 */
export function outputAccess(workshop: { visibility: Visibility; published: boolean; ownerId: string | null }): Access {
  return {
    visibility: workshop.visibility === Visibility.PUBLIC ? Visibility.MEMBERS : workshop.visibility,
    published: workshop.published,
    organisationId: workshop.ownerId,
  };
}
