import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BadUserInputError } from '../../graphql/errors.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { isoDate } from '../content/editing.js';
import { parseInput, text } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { decodeGapId, gapKeyText, type GapKey } from './gap-keys.js';
import { GapClaim, GapFollow } from './gap.entities.js';
import { loadGaps, present } from './gap.queries.js';
import { type KnowledgeGap } from './gap.types.js';

/** Organisations whose people may say "we are studying this". */
export const RESEARCH_KINDS: readonly OrganisationKind[] = [
  OrganisationKind.RESEARCH_INSTITUTE,
  OrganisationKind.UNIVERSITY_COLLEGE,
];

/** The gap as the viewer sees it now, or a NOT_FOUND user error: a gap that closed, or one they may not read. */
async function currentGap(em: EntityManager, viewer: Viewer, key: GapKey): Promise<KnowledgeGap> {
  const { rows } = await loadGaps({ em, viewer, only: key, minCases: 1, first: 1 });
  if (!rows[0]) throw UserInputProblem.of('gap', 'No open knowledge gap with this ID.', 'NOT_FOUND');
  return present(viewer, rows[0]);
}

function gapKeyOf(gap: string): GapKey {
  try {
    return decodeGapId(gap);
  } catch (error) {
    if (error instanceof BadUserInputError) throw UserInputProblem.of('gap', error.message, 'INVALID');
    throw error;
  }
}

/** Follows a gap (to hear when results arrive) or stops following it; unfollowing also works once it closed. */
export async function followGap(props: {
  em: EntityManager;
  viewer: Viewer;
  gap: string;
  following: boolean;
}): Promise<KnowledgeGap | null> {
  const { em, viewer } = props;
  authorize(viewer, 'gap.follow');
  const key = gapKeyOf(props.gap);
  const gapKey = gapKeyText(key);
  if (!props.following) {
    await em.nativeDelete(GapFollow, { gapKey, member: viewer.memberId });
    return (
      (await loadGaps({ em, viewer, only: key, minCases: 1, first: 1 })).rows.map((r) => present(viewer, r))[0] ?? null
    );
  }
  await currentGap(em, viewer, key);
  await em
    .createQueryBuilder(GapFollow)
    .insert({ id: crypto.randomUUID(), gapKey, member: viewer.memberId })
    .onConflict(['gap_key', 'member_id'])
    .ignore()
    .execute();
  return currentGap(em, viewer, key);
}

const claimSchema = z.object({
  contact: text(300),
  expectedOn: isoDate.refine((day) => day >= new Date().toISOString().slice(0, 10), 'Must be today or later.'),
  note: text(2000).nullable().optional(),
});

async function researcherOrganisation(em: EntityManager, viewer: Viewer): Promise<Organisation | null> {
  if (viewer.kind !== 'member') return null;
  return em.findOne(Organisation, viewer.organisationId);
}

/**
 * Marks a gap "we are studying this" for the viewer's organisation, which must be a research institute or a
 * university college; marking again changes the contact, date and note.
 */
export async function claimGap(props: {
  em: EntityManager;
  viewer: Viewer;
  gap: string;
  input: { contact: string; expectedOn: string; note?: string | null };
}): Promise<KnowledgeGap> {
  const { em, viewer } = props;
  const organisation = await researcherOrganisation(em, viewer);
  authorize(viewer, 'gap.claim', { researcher: !!organisation && RESEARCH_KINDS.includes(organisation.kind) });
  const key = gapKeyOf(props.gap);
  const input = parseInput(claimSchema, props.input);
  await currentGap(em, viewer, key);
  const gapKey = gapKeyText(key);
  const existing = await em.findOne(GapClaim, { gapKey, organisation: viewer.organisationId });
  const claim =
    existing ??
    em.create(GapClaim, {
      gapKey,
      kind: key.kind,
      organisation: em.getReference(Organisation, viewer.organisationId),
      contact: input.contact,
      expectedOn: input.expectedOn,
    });
  claim.member = em.getReference(Member, viewer.memberId, { wrapped: true });
  claim.contact = input.contact;
  claim.expectedOn = input.expectedOn;
  claim.note = input.note ?? null;
  await em.flush();
  return currentGap(em, viewer, key);
}

/** Withdraws the viewer's organisation's claim on a gap (same people as may claim it). */
export async function withdrawGapClaim(props: {
  em: EntityManager;
  viewer: Viewer;
  gap: string;
}): Promise<KnowledgeGap | null> {
  const { em, viewer } = props;
  const organisation = await researcherOrganisation(em, viewer);
  authorize(viewer, 'gap.claim', { researcher: !!organisation && RESEARCH_KINDS.includes(organisation.kind) });
  const key = gapKeyOf(props.gap);
  await em.nativeDelete(GapClaim, { gapKey: gapKeyText(key), organisation: viewer.organisationId });
  return (
    (await loadGaps({ em, viewer, only: key, minCases: 1, first: 1 })).rows.map((r) => present(viewer, r))[0] ?? null
  );
}
