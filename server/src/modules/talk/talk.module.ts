import { defineModule } from '../module.js';
import { Chapter, SpeakerData, Talk, TranscriptSegment } from './talk.entity.js';
import { SpeakerResolver, TalkMutations, TalkResolver } from './talk.resolver.js';
import { talkSearch } from './talk.search.js';

export const registration = defineModule({
  name: 'talk',
  entities: [Chapter, SpeakerData, Talk, TranscriptSegment],
  resolvers: [SpeakerResolver, TalkMutations, TalkResolver],
  listOrders: [[Talk, [['starts_at', 'asc']]]],
  search: [talkSearch],
});
