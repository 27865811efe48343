import type { CombinedError, TypedDocumentNode } from '@urql/core';
import { createQuery } from '@urql/solid';
import type { SearchType } from '../../graphql/generated/graphql';
import {
  DraftCasesDoc,
  DraftEventsDoc,
  DraftMethodsDoc,
  DraftReportsDoc,
  DraftStudiesDoc,
  DraftTalksDoc,
  DraftWorkshopsDoc,
} from './lists.graphql';
import type { EditableType } from './types';

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

function loader<Q>(query: DraftsDocument<Q>, pick: (data: Q) => DraftList): LoadDrafts {
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

/** Every type that can be a draft, its name in the plural (as search says it) and its list of drafts. */
export const DRAFT_SECTIONS: [EditableType, SearchType, LoadDrafts][] = [
  ['method', 'METHOD', loader(DraftMethodsDoc, (d) => d.methods)],
  ['case', 'CASE', loader(DraftCasesDoc, (d) => d.cases)],
  ['study', 'STUDY', loader(DraftStudiesDoc, (d) => d.studies)],
  ['event', 'EVENT', loader(DraftEventsDoc, (d) => d.events)],
  ['talk', 'TALK', loader(DraftTalksDoc, (d) => d.talks)],
  ['workshop', 'WORKSHOP', loader(DraftWorkshopsDoc, (d) => d.workshops)],
  ['report', 'REPORT', loader(DraftReportsDoc, (d) => d.reports)],
];
