import type { ReportInput } from '../../graphql/generated/graphql';
import { paths } from '../../paths';
import { draftsLoader } from '../editor/drafts';
import { run, slug, topics, visibility, type TypeConfig } from '../editor/types';
import { CreateReportDoc, EditReportFragmentDoc, DraftReportsDoc, UpdateReportDoc } from './editor.graphql';

/** The report's form in the editor: its fields, how it is named and saved. Listed in editor/registry.ts. */
export const reportEditor: TypeConfig<ReportInput, 'report'> = {
  type: 'report',
  typename: 'Report',
  edit: EditReportFragmentDoc,
  titleField: 'title',
  path: paths.report,
  publishable: true,
  fields: [
    { name: 'title', kind: 'text', required: true, content: true },
    { name: 'summary', kind: 'text', required: true, content: true },
    { name: 'body', kind: 'markdown', required: true, content: true },
    { name: 'publishedOn', kind: 'date', required: true },
    { name: 'url', kind: 'url' },
    { name: 'event', kind: 'ref', options: 'events' },
    { name: 'cases', kind: 'refs', options: 'cases' },
    topics,
    visibility,
    slug,
  ],
  drafts: { plural: 'REPORT', load: draftsLoader(DraftReportsDoc, (d) => d.reports) },
  save: (client, id, input) =>
    id
      ? run(client, UpdateReportDoc, { id, input }, (d) => d.updateReport, 'report')
      : run(client, CreateReportDoc, { input }, (d) => d.createReport, 'report'),
};
