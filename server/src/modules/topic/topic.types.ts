import { connectionType } from '../../graphql/connection.js';
import { payloadType } from '../../graphql/payload.js';
import { Topic } from './topic.entity.js';

export const TopicPayload = payloadType(Topic, 'topic', {
  name: 'TopicPayload',
  description: 'The topic after the change.',
  fieldDescription: 'The topic.',
});

export const TopicConnection = connectionType(Topic, 'Topic', 'A page of topics.');
