import type { TypedDocumentNode } from '@urql/core';
import { createQuery } from '@urql/solid';
import { composeNodeQuery, editFragment, fragmentSpread } from './compose';
import { EditNodeBaseDoc } from './graphql';
import { EDITORS } from './registry';

/** The edited node: its type, ID and what its type's fragment selects (a form reads it by field name). */
export type EditedNode = { __typename: string; id: string } & Record<string, unknown>;

/**
 * One query for whatever node is being edited: its type and ID, and a spread of every registered type's fragment
 * (`<domain>/editor.graphql.ts`, what its form reads), so a new type brings its own selection.
 */
export const EditNodeDoc: TypedDocumentNode<{ node?: EditedNode | null }, { id: string }> = composeNodeQuery(
  EditNodeBaseDoc,
  EDITORS.map((editor) => fragmentSpread(editFragment(editor.edit))),
  EDITORS.map((editor) => editor.edit),
);

/** The item being edited, always fresh; paused on the "new" form, which has no item yet. */
export function createEditNode(id: () => string | undefined) {
  return createQuery({
    query: EditNodeDoc,
    variables: () => ({ id: id() ?? '' }),
    pause: () => !id(),
    requestPolicy: 'network-only',
  });
}
