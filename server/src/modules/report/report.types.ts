import { connectionType } from '../../graphql/connection.js';
import { payloadType } from '../../graphql/payload.js';
import { Report } from './report.entity.js';

export const ReportPayload = payloadType(Report, 'report', {
  name: 'ReportPayload',
  description: 'The report after the change.',
  fieldDescription: 'The report.',
});

export const ReportConnection = connectionType(Report, 'Report', 'A page of reports.');
