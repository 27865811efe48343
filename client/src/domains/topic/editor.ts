import type { TopicInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { run, slug, type TypeConfig } from '../editor/types';
import { CreateTopicDoc, EditTopicFragmentDoc, UpdateTopicDoc } from './editor.graphql';

/** The topic's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const topicEditor: TypeConfig<TopicInput, 'topic'> = {
  type: 'topic',
  typename: 'Topic',
  edit: EditTopicFragmentDoc,
  titleField: 'nameDa',
  path: paths.topic,
  publishable: false,
  fields: [
    { name: 'nameDa', kind: 'text', required: true, content: true },
    { name: 'nameEn', kind: 'text', required: true },
    { name: 'descriptionDa', kind: 'markdown', content: true },
    { name: 'parent', kind: 'ref', options: 'topics' },
    slug,
  ],
  save: (client, id, input) =>
    id
      ? run(client, UpdateTopicDoc, { id, input }, (d) => d.updateTopic, 'topic')
      : run(client, CreateTopicDoc, { input }, (d) => d.createTopic, 'topic'),
};
