import { searchFeed } from '../../search/documents/registry.js';
import { Topic } from './topic.entity.js';

/**
 * A topic has no document, but every document filed under it (or under a topic below it) shows its name and its
 * place in the tree: a change is queued as the topic itself and the indexer re-indexes those documents.
 */
export const topicFeed = searchFeed<Topic>({ entity: Topic });
