import type { WorkshopInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { draftsLoader } from '../editor/drafts';
import { run, slug, visibility, type TypeConfig } from '../editor/types';
import { CreateWorkshopDoc, EditWorkshopFragmentDoc, DraftWorkshopsDoc, UpdateWorkshopDoc } from './editor.graphql';

/** The workshop's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const workshopEditor: TypeConfig<WorkshopInput, 'workshop'> = {
  type: 'workshop',
  typename: 'Workshop',
  edit: EditWorkshopFragmentDoc,
  titleField: 'title',
  path: paths.workshop,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'description', kind: 'markdown', required: true, content: true },
    { name: 'event', kind: 'ref', options: 'events', required: true },
    { name: 'talk', kind: 'ref', options: 'talks' },
    { name: 'startsAt', kind: 'datetime', required: true },
    { name: 'durationMinutes', kind: 'int', required: true },
    { name: 'capacity', kind: 'int' },
    { name: 'room', kind: 'text', content: true },
    { name: 'facilitator', kind: 'text', content: true },
    visibility,
    slug,
  ],
  drafts: { plural: 'WORKSHOP', load: draftsLoader(DraftWorkshopsDoc, (d) => d.workshops) },
  save: (client, id, input) =>
    id
      ? run(client, UpdateWorkshopDoc, { id, input }, (d) => d.updateWorkshop, 'workshop')
      : run(client, CreateWorkshopDoc, { input }, (d) => d.createWorkshop, 'workshop'),
};
