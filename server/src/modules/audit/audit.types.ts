import { connectionType } from '../../graphql/connection.js';
import { AuditEntry } from './audit.entity.js';

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', 'A page of audit entries.');
