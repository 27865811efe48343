import { createMutation, createQuery } from '@urql/solid';
import { ModerateCommentDoc, ModerationQueueDoc } from './graphql';

/** The reported comments from `after` on, paused until the viewer is known to be an editor. */
export function createModerationQueue(after: () => string | null, pause: () => boolean) {
  return createQuery({
    query: ModerationQueueDoc,
    variables: () => ({ after: after() }),
    pause,
    requestPolicy: 'network-only',
  });
}

export const createModerateComment = () => createMutation(ModerateCommentDoc);
