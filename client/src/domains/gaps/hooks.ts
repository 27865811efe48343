import { createMutation, createQuery } from '@urql/solid';
import type { KnowledgeGapFilter } from '../../graphql/generated/graphql';
import {
  FollowKnowledgeGapDoc,
  KnowledgeGapsDoc,
  MarkKnowledgeGapStudiedDoc,
  UnmarkKnowledgeGapStudiedDoc,
} from './graphql';

/** The gap map's first hundred gaps under a filter. */
export function createKnowledgeGaps(filter: () => KnowledgeGapFilter | null) {
  return createQuery({ query: KnowledgeGapsDoc, variables: () => ({ first: 100, filter: filter() }) });
}

export const createFollowKnowledgeGap = () => createMutation(FollowKnowledgeGapDoc);
export const createMarkKnowledgeGapStudied = () => createMutation(MarkKnowledgeGapStudiedDoc);
export const createUnmarkKnowledgeGapStudied = () => createMutation(UnmarkKnowledgeGapStudiedDoc);
