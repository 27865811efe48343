import type { CombinedError, TypedDocumentNode } from '@urql/core';
import { createQuery } from '@urql/solid';

/** One page of one type's drafts, as every drafts document returns it. */
export interface DraftList {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly { id: string; title: string; updatedAt: string }[];
}

/** A page of drafts being loaded: the list once it is there. */
export interface DraftPage {
  list: () => DraftList | undefined;
  error: () => CombinedError | undefined;
  fetching: () => boolean;
  refetch: () => void;
}

type DraftsDocument<Q> = TypedDocumentNode<Q, { after?: string | null }>;

/** Loads one page of a type's drafts (call it where a query may be created: in a component or with its owner). */
export type LoadDrafts = (after: string | null, pause: () => boolean) => DraftPage;

/**
 * A type's drafts list from its document (`<domain>/editor.graphql.ts`): `published: false`, a page at a time, in
 * the shape every drafts document returns (a method's name is selected as its `title`).
 */
export function draftsLoader<Q>(query: DraftsDocument<Q>, pick: (data: Q) => DraftList): LoadDrafts {
  return (after, pause) => {
    const [state, refetch] = createQuery({ query, variables: { after }, pause, requestPolicy: 'network-only' });
    return {
      list: () => (state.data ? pick(state.data) : undefined),
      error: () => state.error,
      fetching: () => state.fetching,
      refetch: () => refetch({ requestPolicy: 'network-only' }),
    };
  };
}
