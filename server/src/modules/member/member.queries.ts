import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../graphql/errors.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { MemberViewer, Viewer } from '../auth/viewer.js';
import { membersWhoCanReadSql } from '../content/content.policy.js';
import type { Audience } from '../discussion/audience.js';
import { activeMembershipSql } from '../organisation/active-membership.js';
import { Member, MemberRole } from './member.entity.js';

export const MAX_MENTION_SEARCH = 100;
export const MAX_MENTION_CANDIDATES = 20;

/** `%` and `_` in what was typed are letters, not wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Members the viewer may @mention whose name contains what was typed: active people of organisations with an active
 * membership this year, never the viewer. Names starting with it come first, then names with a word starting with
 * it, then the rest, by name. Two statements whatever the count (ids by the trigram-indexed ILIKE, then the rows).
 */
export async function mentionCandidates(props: {
  em: EntityManager;
  viewer: Viewer;
  search: string;
  first: number;
  /** Only people who may read this discussion (the rule of `canRead`, for each candidate). */
  audience?: Audience | null;
}): Promise<Member[]> {
  authorize(props.viewer, 'member.mention');
  const term = props.search.trim();
  if (term.length < 1 || term.length > MAX_MENTION_SEARCH)
    throw new BadUserInputError(`\`search\` must be 1 to ${MAX_MENTION_SEARCH} characters.`, 'search');
  if (!Number.isInteger(props.first) || props.first < 1 || props.first > MAX_MENTION_CANDIDATES)
    throw new BadUserInputError(`\`first\` must be between 1 and ${MAX_MENTION_CANDIDATES}.`, 'first');
  const like = escapeLike(term);
  const readers = props.audience ? membersWhoCanReadSql(props.audience, 'm') : { sql: '', params: [] };
  const active = activeMembershipSql('m.organisation_id');
  const rows = await props.em.execute<{ id: string }[]>(
    `select m.id from member m
      where m.deactivated_at is null and m.id <> ? and m.name ilike ?
        and ${active.sql}
        ${readers.sql}
      order by case when m.name ilike ? then 0 when m.name ilike ? then 1 else 2 end, lower(m.name), m.id
      limit ?`,
    [props.viewer.memberId, `%${like}%`, ...active.params, ...readers.params, `${like}%`, `% ${like}%`, props.first],
  );
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const members = new Map((await props.em.find(Member, { id: { $in: ids } })).map((m) => [m.id, m]));
  return ids.flatMap((id) => members.get(id) ?? []);
}

/**
 * The member a removal (removeMember, deleteMember) is about. Whether the viewer may remove anyone at all is
 * checked first, before any lookup; then an unknown ID and a member the viewer may not remove get the same
 * answer, so the mutation cannot be used to probe which IDs exist or who holds which role.
 */
export async function loadRemovableMember(
  em: EntityManager,
  viewer: Viewer,
  memberId: string,
): Promise<{ viewer: MemberViewer; member: Member }> {
  authorize(viewer, 'member.remove', {
    organisationId: viewer.kind === 'member' ? viewer.organisationId : null,
    memberRole: MemberRole.MEMBER,
  });
  const member = await em.findOne(Member, memberId);
  if (!member || !can(viewer, 'member.remove', { organisationId: member.organisation.id, memberRole: member.role }))
    throw UserInputProblem.of('id', 'There is no member with this ID you may remove.', 'NOT_FOUND');
  return { viewer, member };
}
