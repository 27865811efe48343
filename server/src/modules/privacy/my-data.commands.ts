import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { AuditEntry } from '../audit/audit.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Comment, CommentRevision, Reaction } from '../discussion/comment.entity.js';
import { FORMER_MEMBER } from '../member/former-member.js';
import { Member } from '../member/member.entity.js';
import { loadRemovableMember } from '../member/member.queries.js';

/**
 * Removes a person: their account, sessions, tokens, notifications, follows and reactions go; their comments and
 * threads stay readable as "Tidligere medlem" so conversations keep their shape; earlier versions of their
 * comments go; the audit trail keeps what happened but no longer who. One transaction.
 */
export async function deleteMemberData(props: {
  em: EntityManager;
  viewer: Viewer;
  memberId: string;
  self: boolean;
}): Promise<void> {
  const { em, viewer, memberId } = props;
  if (!props.self) await loadRemovableMember(em, viewer, memberId);
  else if (!(await em.findOne(Member, memberId))) throw UserInputProblem.of('id', 'No such member.', 'NOT_FOUND');
  await em.transactional(async (tx) => {
    const reacted = await tx.find(Reaction, { member: memberId }, { fields: ['comment'] });
    const commentIds = (await tx.find(Comment, { author: memberId }, { fields: ['id'] })).map((c) => c.id);
    await tx.nativeDelete(CommentRevision, { comment: { $in: commentIds } });
    await tx.nativeUpdate(AuditEntry, { actor: memberId }, { actorName: FORMER_MEMBER });
    await tx.nativeDelete(Member, { id: memberId });
    const touched = [...new Set(reacted.map((r) => r.comment.id))];
    if (touched.length > 0) {
      await tx
        .getConnection()
        .execute(
          'update comment set useful_count = (select count(*) from reaction r where r.comment_id = comment.id) where id = any(?)',
          [touched],
          'run',
          tx.getTransactionContext(),
        );
    }
    recordAudit(tx, {
      viewer: props.self ? { kind: 'anonymous' } : viewer,
      action: props.self ? 'member.deleteSelf' : 'member.delete',
      subjectType: 'Member',
      subjectId: null,
      subjectLabel: null,
    });
  });
}
