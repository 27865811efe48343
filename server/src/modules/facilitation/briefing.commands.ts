import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { resolveReadableOne } from '../content/references.js';
import { parseInput, text } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { guardPersonalData } from '../privacy/guard.js';
import { WorkshopBriefing } from './briefing.entity.js';
import { readableWorkshop } from './briefing.queries.js';

const briefingSchema = z.object({
  purpose: text(5000),
  timing: text(5000),
  questions: z.array(text(1000)).max(20, 'Give at most 20 questions.'),
  materials: text(5000, { min: 0 }),
});

export interface BriefingInput {
  workshopId: string;
  facilitatorId?: string | null;
  purpose?: string;
  timing?: string;
  questions?: string[];
  materials?: string;
}

/** Writes a workshop's briefing and names its facilitator (editors). */
export function saveBriefing(props: { em: EntityManager; viewer: Viewer; input: BriefingInput }) {
  authorize(props.viewer, 'content.edit');
  const viewer = props.viewer;
  return props.em.transactional(async (em) => {
    const workshop = await readableWorkshop(em, viewer, props.input.workshopId, 'input.workshopId');
    const { workshopId: _w, facilitatorId, ...fields } = props.input;
    const input = parseInput(briefingSchema, { materials: '', ...fields });
    guardPersonalData({
      'input.purpose': input.purpose,
      'input.timing': input.timing,
      'input.materials': input.materials,
      ...Object.fromEntries(input.questions.map((q, i) => [`input.questions.${i}`, q])),
    });
    const facilitator = await resolveReadableOne(em, viewer, Member, facilitatorId, 'input.facilitatorId');
    const existing = await em.findOne(WorkshopBriefing, { workshop: workshop.id });
    const values = { ...input, facilitator: facilitator ?? null };
    const briefing = existing ? em.assign(existing, values) : em.create(WorkshopBriefing, { ...values, workshop });
    recordAudit(em, {
      viewer,
      action: 'workshop.briefing',
      subjectType: 'Workshop',
      subjectId: workshop.nodeId,
      subjectLabel: workshop.title,
    });
    await em.flush();
    return briefing;
  });
}
