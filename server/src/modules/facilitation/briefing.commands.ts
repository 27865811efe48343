import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { resolveReadableOne } from '../content/references.js';
import { parseInput, text } from '../content/validation.js';
import { Event, Workshop } from '../event/event.entity.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { Member } from '../member/member.entity.js';
import { guardPersonalData } from '../privacy/guard.js';
import { WorkshopBriefing } from './briefing.entity.js';

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

/** Loads a workshop the viewer may read, by global ID, or fails with a user error on `field`. */
export async function readableWorkshop(em: EntityManager, viewer: Viewer, id: string, field: string) {
  let uuid: string;
  try {
    uuid = decodeGlobalId(id, ['Workshop'], field).id;
  } catch (error) {
    throw UserInputProblem.of(field, error instanceof Error ? error.message : 'Not an ID.', 'INVALID');
  }
  const workshop = await em.findOne(Workshop, { $and: [{ id: uuid }, readableWhere<Workshop>(viewer)] });
  if (!workshop) throw UserInputProblem.of(field, 'There is no such workshop you may see.', 'NOT_FOUND');
  return workshop;
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

/** The briefing if the viewer may read it now: its facilitator and editors always, members once the event ended. */
export async function visibleBriefing(props: {
  viewer: Viewer;
  workshop: Workshop;
  loadBriefing: (workshopId: string) => Promise<WorkshopBriefing | null>;
  loadEvent: (id: string) => Promise<Event | null>;
}): Promise<WorkshopBriefing | null> {
  const { viewer, workshop, loadEvent } = props;
  if (viewer.kind !== 'member') return null;
  const briefing = await props.loadBriefing(workshop.id);
  if (!briefing) return null;
  const event = await loadEvent(workshop.event.id);
  const ended = event !== null && event.endsAt.getTime() < Date.now();
  return can(viewer, 'briefing.read', { memberId: briefing.facilitator?.id ?? undefined, ended }) ? briefing : null;
}
