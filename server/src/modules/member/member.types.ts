import { connectionType } from '../../graphql/connection.js';
import { Member } from './member.entity.js';

export const MemberConnection = connectionType(Member, 'Member', 'A page of members.');
