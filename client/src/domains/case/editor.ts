import type { CaseInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { draftsLoader } from '../editor/drafts';
import { run, slug, targetGroups, topics, visibility, type TypeConfig } from '../editor/types';
import { CreateCaseDoc, EditCaseFragmentDoc, DraftCasesDoc, UpdateCaseDoc } from './editor.graphql';

/** The case's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const caseEditor: TypeConfig<CaseInput, 'case'> = {
  type: 'case',
  typename: 'Case',
  edit: EditCaseFragmentDoc,
  titleField: 'title',
  path: paths.case,
  publishable: true,
  personalDataWarning: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'summary', kind: 'text', required: true, content: true },
    { name: 'body', kind: 'markdown', required: true, content: true },
    { name: 'organisation', kind: 'ref', options: 'organisations', createOnly: true },
    { name: 'year', kind: 'int', required: true },
    { name: 'ageMin', kind: 'int' },
    { name: 'ageMax', kind: 'int' },
    targetGroups,
    { name: 'methods', kind: 'refs', options: 'methods' },
    topics,
    { ...visibility, initial: 'MEMBERS' },
    slug,
  ],
  drafts: { plural: 'CASE', load: draftsLoader(DraftCasesDoc, (d) => d.cases) },
  save: (client, id, input) =>
    id
      ? run(client, UpdateCaseDoc, { id, input }, (d) => d.updateCase, 'case')
      : run(client, CreateCaseDoc, { input }, (d) => d.createCase, 'case'),
};
