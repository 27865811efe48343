import { defineModule } from '../module.js';
import { Topic } from './topic.entity.js';
import { TopicMutations, TopicResolver } from './topic.resolver.js';
import { topicFeed } from './topic.search.js';

export const registration = defineModule({
  name: 'topic',
  entities: [Topic],
  resolvers: [TopicMutations, TopicResolver],
  nodes: { Topic: (ctx, id) => ctx.loaders.byId(Topic).load(id) },
  listOrders: [[Topic, [['name_da', 'asc']]]],
  shownInSearch: [topicFeed],
});
