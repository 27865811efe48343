import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../graphql/errors.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import type { Viewer } from '../auth/viewer.js';
import { canRead, sharableWhere } from '../content/content.policy.js';
import { Visibility } from '../content/content.enums.js';
import { Member } from '../member/member.entity.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { ShareLink } from './share.entity.js';

const SECRET_PREFIX = 'vbl';
const KINDS = { Talk, Report } as const;

/**
 * Creates a share link for a talk or report the viewer may read. Returns the secret once; only its hash is kept.
 * Public items need no link, and drafts cannot be shared.
 */
export async function createShareLink(props: {
  em: EntityManager;
  viewer: Viewer;
  itemId: string;
  expiresAt?: Date | null;
}): Promise<{ link: ShareLink; secret: string }> {
  authorize(props.viewer, 'share.create');
  const { em, viewer } = props;
  let decoded: { type: string; id: string };
  try {
    decoded = decodeGlobalId(props.itemId, ['Talk', 'Report'], 'itemId');
  } catch (error) {
    throw UserInputProblem.of('itemId', error instanceof Error ? error.message : 'Not an ID.', 'INVALID');
  }
  const type = decoded.type as keyof typeof KINDS;
  const item: Talk | Report | null = await em.findOne<Talk | Report>(KINDS[type], { id: decoded.id });
  if (!item || !canRead(viewer, item))
    throw UserInputProblem.of('itemId', `There is no such ${type.toLowerCase()} you may see.`, 'NOT_FOUND');
  if (item.visibility === Visibility.PUBLIC && item.publishedAt !== null)
    throw UserInputProblem.of(
      'itemId',
      `This ${type.toLowerCase()} is public: share its address as it is, no link is needed.`,
      'INVALID',
    );
  if (item.publishedAt === null) throw UserInputProblem.of('itemId', 'Drafts cannot be shared.', 'INVALID');
  if (item.visibility === Visibility.ORGANISATION)
    throw UserInputProblem.of('itemId', 'Content only your organisation may read cannot be shared.', 'INVALID');
  if (props.expiresAt && props.expiresAt.getTime() <= Date.now())
    throw UserInputProblem.of('expiresAt', 'Must be in the future.', 'INVALID');
  const secret = newSecret(SECRET_PREFIX);
  const link = em.create(ShareLink, {
    subjectType: type,
    subjectId: item.id,
    secretHash: hashSecret(secret),
    createdBy: em.getReference(Member, viewer.memberId),
    expiresAt: props.expiresAt ?? null,
  });
  recordAudit(em, {
    viewer,
    action: 'share.create',
    subjectType: type,
    subjectId: item.nodeId,
    subjectLabel: item.title,
  });
  await em.flush();
  return { link, secret };
}

/** Revokes a link: its maker or an editor. Revoking twice keeps the first time. */
export async function revokeShareLink(props: { em: EntityManager; viewer: Viewer; id: string }): Promise<ShareLink> {
  authorize(props.viewer, 'account.self');
  const { em, viewer } = props;
  let id: string;
  try {
    id = decodeGlobalId(props.id, ['ShareLink'], 'id').id;
  } catch (error) {
    throw UserInputProblem.of('id', error instanceof Error ? error.message : 'Not an ID.', 'INVALID');
  }
  const link = await em.findOne(ShareLink, { id });
  if (!link) throw UserInputProblem.of('id', 'There is no such share link.', 'NOT_FOUND');
  authorize(viewer, 'share.revoke', { memberId: link.createdBy?.id });
  link.revokedAt ??= new Date();
  recordAudit(em, { viewer, action: 'share.revoke', subjectType: 'ShareLink', subjectId: link.nodeId });
  await em.flush();
  return link;
}

/**
 * Opens a share link: the one item it names, read-only, whoever asks, while the item may still be shared (checked
 * now, see `sharableWhere`). Unknown, revoked and expired links and narrowed, unpublished or deleted items give the
 * same NOT_FOUND, so a response tells nothing about which secrets exist.
 */
export async function openShareLink(props: { em: EntityManager; secret: string }): Promise<Talk | Report> {
  const { em } = props;
  const dead = () => new NotFoundError('This share link does not exist, was revoked or has expired.');
  if (!/^vbl_[A-Za-z0-9_-]{43}$/.test(props.secret.trim())) throw dead();
  const link = await em.findOne(ShareLink, { secretHash: hashSecret(props.secret.trim()) });
  if (!link || !link.active) throw dead();
  const item: Talk | Report | null = await em.findOne<Talk | Report>(KINDS[link.subjectType], {
    $and: [{ id: link.subjectId }, sharableWhere()],
  } as FilterQuery<Talk | Report>);
  if (!item) throw dead();
  await em.nativeUpdate(ShareLink, { id: link.id }, { lastUsedAt: new Date() });
  return item;
}
