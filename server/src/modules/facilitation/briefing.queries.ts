import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, Workshop } from '../event/event.entity.js';
import { WorkshopBriefing } from './briefing.entity.js';

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
