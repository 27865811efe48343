import type { EventInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { EVENT_KINDS } from '../enums';
import { draftsLoader } from '../editor/drafts';
import { run, slug, topics, visibility, type TypeConfig } from '../editor/types';
import { CreateEventDoc, EditEventFragmentDoc, DraftEventsDoc, UpdateEventDoc } from './editor.graphql';

/** The event's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const eventEditor: TypeConfig<EventInput, 'event'> = {
  type: 'event',
  typename: 'Event',
  edit: EditEventFragmentDoc,
  titleField: 'title',
  path: paths.event,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'kind', kind: 'enum', enum: 'eventKind', values: EVENT_KINDS, required: true },
    { name: 'theme', kind: 'text', required: true, content: true },
    { name: 'description', kind: 'markdown', required: true, content: true },
    { name: 'startsAt', kind: 'datetime', required: true },
    { name: 'endsAt', kind: 'datetime', required: true },
    { name: 'venue', kind: 'text', required: true, content: true },
    { name: 'city', kind: 'text', required: true, content: true },
    topics,
    visibility,
    slug,
  ],
  drafts: { plural: 'EVENT', load: draftsLoader(DraftEventsDoc, (d) => d.events) },
  save: (client, id, input) =>
    id
      ? run(client, UpdateEventDoc, { id, input }, (d) => d.updateEvent, 'event')
      : run(client, CreateEventDoc, { input }, (d) => d.createEvent, 'event'),
};
