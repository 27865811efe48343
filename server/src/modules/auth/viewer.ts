import type { MemberRole } from '../member/member.entity.js';
import type { TokenScope } from './auth.entities.js';

/**
 * Who is asking, resolved once per request from the session cookie or an API token. Everything the policy layer
 * decides comes from this value.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'member';
      memberId: string;
      name: string;
      organisationId: string;
      role: MemberRole;
      /** Whether the organisation has a paid membership this year; without it a member reads as the public does. */
      activeMembership: boolean;
      /** How the request was authenticated; token requests are limited to the token's scopes. */
      via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string; scopes: TokenScope[] };
      /**
       * When the member last wrote, or signed in with this session: with read replicas, their reads stay on the
       * primary for a while after it (graphql/read-routing.ts).
       */
      lastWriteAt?: Date | null;
    };

export type MemberViewer = Extract<Viewer, { kind: 'member' }>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
