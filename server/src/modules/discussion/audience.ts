import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../graphql/errors.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import type { Viewer } from '../auth/viewer.js';
import type { Visibility } from '../content/content.enums.js';
import { loadThread } from './discussion.queries.js';
import { discussable, loadSubject } from './subject.js';

/** Who may read a discussion, in the terms of `canRead`: enough to ask which members could follow a mention. */
export interface Audience {
  visibility: Visibility;
  published: boolean;
  ownerId: string | null;
}

/**
 * The audience of a thread, or of the thread a new one about this item would start (threads mirror their subject).
 * Something the viewer may not read is reported like something that does not exist.
 */
export async function audienceOf(em: EntityManager, viewer: Viewer, globalId: string): Promise<Audience> {
  const { type } = decodeGlobalId(globalId, ['Thread', ...discussable()], 'about');
  try {
    const row =
      type === 'Thread' ? await loadThread(em, viewer, globalId, 'about') : await loadSubject(em, viewer, globalId);
    return { visibility: row.visibility, published: row.publishedAt !== null, ownerId: row.owner?.id ?? null };
  } catch (error) {
    if (error instanceof UserInputProblem)
      throw new BadUserInputError('`about` is not a thread or item you may read.', 'about');
    throw error;
  }
}
