import type { TalkInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { draftsLoader } from '../editor/drafts';
import { run, slug, topics, visibility, type TypeConfig } from '../editor/types';
import { CreateTalkDoc, EditTalkFragmentDoc, DraftTalksDoc, UpdateTalkDoc } from './editor.graphql';

/** The talk's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const talkEditor: TypeConfig<TalkInput, 'talk'> = {
  type: 'talk',
  typename: 'Talk',
  edit: EditTalkFragmentDoc,
  titleField: 'title',
  path: paths.talk,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'summary', kind: 'markdown', required: true, content: true },
    { name: 'event', kind: 'ref', options: 'events', required: true },
    { name: 'startsAt', kind: 'datetime', required: true },
    { name: 'durationSeconds', kind: 'int', required: true },
    { name: 'speakers', kind: 'speakers', content: true },
    { name: 'videoUrl', kind: 'url' },
    { name: 'chapters', kind: 'timed', textKey: 'title', content: true },
    { name: 'transcript', kind: 'timed', textKey: 'text', content: true },
    { name: 'methods', kind: 'refs', options: 'methods' },
    topics,
    visibility,
    slug,
  ],
  drafts: { plural: 'TALK', load: draftsLoader(DraftTalksDoc, (d) => d.talks) },
  save: (client, id, input) =>
    id
      ? run(client, UpdateTalkDoc, { id, input }, (d) => d.updateTalk, 'talk')
      : run(client, CreateTalkDoc, { input }, (d) => d.createTalk, 'talk'),
};
