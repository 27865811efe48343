import { connectionType } from '../../graphql/connection.js';
import { payloadType } from '../../graphql/payload.js';
import { Case } from './case.entity.js';

export const CasePayload = payloadType(Case, 'case', {
  name: 'CasePayload',
  description: 'The case after the change.',
  fieldDescription: 'The case.',
});

export const CaseConnection = connectionType(Case, 'Case', 'A page of practice examples.');
