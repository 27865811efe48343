import type { MethodInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { COST_UNITS, SETTINGS } from '../enums';
import { draftsLoader } from '../editor/drafts';
import { run, slug, targetGroups, topics, visibility, type TypeConfig } from '../editor/types';
import { CreateMethodDoc, EditMethodFragmentDoc, DraftMethodsDoc, UpdateMethodDoc } from './editor.graphql';

/** The method's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const methodEditor: TypeConfig<MethodInput, 'method'> = {
  type: 'method',
  typename: 'Method',
  edit: EditMethodFragmentDoc,
  titleField: 'name',
  path: paths.method,
  publishable: true,
  fields: [
    { name: 'name', kind: 'text', required: true, content: true },
    { name: 'originalName', kind: 'text', content: true },
    { name: 'summary', kind: 'text', required: true, content: true },
    { name: 'description', kind: 'markdown', required: true, content: true },
    { name: 'origin', kind: 'text', content: true },
    { name: 'website', kind: 'url' },
    { name: 'ageMin', kind: 'int' },
    { name: 'ageMax', kind: 'int' },
    targetGroups,
    { name: 'settings', kind: 'enums', enum: 'setting', values: SETTINGS },
    { name: 'costNote', kind: 'text', content: true },
    { name: 'costDkk', kind: 'int' },
    { name: 'costUnit', kind: 'enum', enum: 'costUnit', values: COST_UNITS },
    { name: 'trainingDuration', kind: 'text', content: true },
    { name: 'trainingCertifiedBy', kind: 'text', content: true },
    { name: 'providers', kind: 'parties', content: true },
    { name: 'municipalities', kind: 'parties', content: true },
    { name: 'studies', kind: 'refs', options: 'studies' },
    topics,
    visibility,
    slug,
  ],
  drafts: { plural: 'METHOD', load: draftsLoader(DraftMethodsDoc, (d) => d.methods) },
  save: (client, id, input) =>
    id
      ? run(client, UpdateMethodDoc, { id, input }, (d) => d.updateMethod, 'method')
      : run(client, CreateMethodDoc, { input }, (d) => d.createMethod, 'method'),
};
