import type { EntityManager } from '@mikro-orm/postgresql';
import { Follow } from '../../../src/modules/discussion/comment.entity.js';
import { Thread, ThreadKind } from '../../../src/modules/discussion/thread.entity.js';
import type { Member } from '../../../src/modules/member/member.entity.js';
import type { OrganisationKind } from '../../../src/modules/organisation/organisation.entity.js';
import { AT } from './unique.js';

/** Anything a thread can be about or a member can follow: its GraphQL type is its class's name. */
type Subject = { id: string; constructor: { name: string } };

/**
 * A published thread about a subject. Its visibility and owner are the subject's (a flush subscriber copies
 * them), exactly as when a member starts one through the API.
 */
export async function createThread(
  em: EntityManager,
  props: {
    subject: Subject;
    title?: string;
    kind?: ThreadKind;
    author?: Member | null;
    participantKinds?: OrganisationKind[];
    published?: boolean;
  },
): Promise<Thread> {
  const thread = em.create(Thread, {
    subjectType: props.subject.constructor.name,
    subjectId: props.subject.id,
    title: props.title ?? 'Erfaringer?',
    kind: props.kind ?? ThreadKind.DISCUSSION,
    author: props.author ?? null,
    participantKinds: props.participantKinds ?? [],
    publishedAt: props.published === false ? null : AT,
  });
  await em.flush();
  return thread;
}

/** The member follows a subject (a topic, a method, a thread …) and is told of what happens on it. */
export async function createFollow(em: EntityManager, props: { member: Member; subject: Subject }): Promise<Follow> {
  const follow = em.create(Follow, {
    member: props.member,
    subjectType: props.subject.constructor.name,
    subjectId: props.subject.id,
  });
  await em.flush();
  return follow;
}
