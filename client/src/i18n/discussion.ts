import { namespace } from './index';
import { daDiscussion } from './discussion-da';

/** Threads, comments and moderation: loaded with the discussion below an item and the thread page. */
export const discussionTexts = namespace('discussion', daDiscussion, () =>
  import('./discussion-en').then((m) => m.enDiscussion),
);
