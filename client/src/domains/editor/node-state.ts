import type { TypedDocumentNode } from '@urql/core';
import { createQuery } from '@urql/solid';
import { composeNodeQuery, onType } from './compose';
import { EDITORS } from './registry';
import { NodeStateBaseDoc } from './state.graphql';

/** Whether an item is published (`publishedAt` is absent on a type without drafts). */
export type NodeState = { id: string; publishedAt?: string | null };

/** The item's state on every type with drafts: `... on Case { publishedAt }` and so on, from the registry. */
export const NodeStateDoc: TypedDocumentNode<{ node?: NodeState | null }, { id: string }> = composeNodeQuery(
  NodeStateBaseDoc,
  EDITORS.filter((editor) => editor.publishable).map((editor) => onType(editor.typename, 'publishedAt')),
);

/** Whether an item is published, for the state notice on its own page. */
export function createNodeState(id: () => string) {
  return createQuery({ query: NodeStateDoc, variables: () => ({ id: id() }), requestPolicy: 'cache-and-network' });
}
