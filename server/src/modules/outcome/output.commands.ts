import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { readableOutputWhere } from '../content/content.policy.js';
import { parseInput, text } from '../content/validation.js';
import { readableWorkshop } from '../facilitation/briefing.queries.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { guardPersonalData } from '../privacy/guard.js';
import { WorkshopOutput } from './output.entity.js';

const outputSchema = z.object({ insight: text(5000), nextStep: text(2000) });

export interface OutputInput {
  workshopId: string;
  insight: string;
  nextStep: string;
  /** The writer confirms that what the guard thinks may be personal details is not. */
  confirmPersonalData?: boolean | null;
}

/**
 * Records what a group from the viewer's organisation took from a workshop, once the workshop has begun. The texts
 * are about practice with children, so the personal-data guard refuses CPR numbers and asks about likely names.
 */
export function recordOutput(props: { em: EntityManager; viewer: Viewer; input: OutputInput }) {
  authorize(props.viewer, 'output.record');
  const viewer = props.viewer;
  return props.em.transactional(async (em) => {
    const workshop = await readableWorkshop(em, viewer, props.input.workshopId, 'input.workshopId');
    if (workshop.startsAt.getTime() > Date.now())
      throw UserInputProblem.of('input.workshopId', 'Outputs can be recorded once the workshop has begun.', 'INVALID');
    const input = parseInput(outputSchema, { insight: props.input.insight, nextStep: props.input.nextStep });
    guardPersonalData(
      { 'input.insight': input.insight, 'input.nextStep': input.nextStep },
      { warn: true, confirmed: props.input.confirmPersonalData === true },
    );
    const output = em.create(WorkshopOutput, {
      ...input,
      workshop,
      talk: workshop.talk,
      organisation: em.getReference(Organisation, viewer.organisationId),
      author: em.getReference(Member, viewer.memberId),
    });
    recordAudit(em, {
      viewer,
      action: 'output.record',
      subjectType: 'Workshop',
      subjectId: workshop.nodeId,
      subjectLabel: workshop.title,
    });
    await em.flush();
    return output;
  });
}

/** Features or unfeatures an output (editors). */
export async function featureOutput(props: { em: EntityManager; viewer: Viewer; id: string; featured: boolean }) {
  authorize(props.viewer, 'output.feature');
  const { em, viewer } = props;
  // An output of a workshop the editor may not read (another organisation's own) does not exist for them.
  const output = await em.findOne(WorkshopOutput, {
    $and: [{ id: outputUuid(props.id) }, readableOutputWhere(viewer)],
  });
  if (!output) throw UserInputProblem.of('id', 'There is no such workshop output.', 'NOT_FOUND');
  output.featured = props.featured;
  recordAudit(em, {
    viewer,
    action: props.featured ? 'output.feature' : 'output.unfeature',
    subjectType: 'WorkshopOutput',
    subjectId: output.nodeId,
    subjectLabel: output.insight.slice(0, 80),
  });
  await em.flush();
  return output;
}

function outputUuid(id: string): string {
  try {
    return decodeGlobalId(id, ['WorkshopOutput'], 'id').id;
  } catch (error) {
    throw UserInputProblem.of('id', error instanceof Error ? error.message : 'Not an ID.', 'INVALID');
  }
}
