import { connectionType } from '../../graphql/connection.js';
import { payloadType } from '../../graphql/payload.js';
import { Method } from './method.entity.js';

export const MethodPayload = payloadType(Method, 'method', {
  name: 'MethodPayload',
  description: 'The method after the change.',
  fieldDescription: 'The method.',
});

export const MethodConnection = connectionType(Method, 'Method', 'A page of methods.');
