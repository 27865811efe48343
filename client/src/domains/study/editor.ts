import type { StudyInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { DESIGNS } from '../enums';
import { draftsLoader } from '../editor/drafts';
import { run, slug, topics, visibility, type TypeConfig } from '../editor/types';
import { CreateStudyDoc, EditStudyFragmentDoc, DraftStudiesDoc, UpdateStudyDoc } from './editor.graphql';

/** The study's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const studyEditor: TypeConfig<StudyInput, 'study'> = {
  type: 'study',
  typename: 'Study',
  edit: EditStudyFragmentDoc,
  titleField: 'title',
  path: paths.study,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'authors', kind: 'lines', content: true },
    { name: 'year', kind: 'int', required: true },
    { name: 'design', kind: 'enum', enum: 'design', values: DESIGNS, required: true },
    { name: 'publisher', kind: 'text', required: true, content: true },
    { name: 'country', kind: 'text', content: true },
    { name: 'abstract', kind: 'markdown', required: true, content: true },
    { name: 'url', kind: 'url' },
    topics,
    visibility,
    slug,
  ],
  drafts: { plural: 'STUDY', load: draftsLoader(DraftStudiesDoc, (d) => d.studies) },
  save: (client, id, input) =>
    id
      ? run(client, UpdateStudyDoc, { id, input }, (d) => d.updateStudy, 'study')
      : run(client, CreateStudyDoc, { input }, (d) => d.createStudy, 'study'),
};
