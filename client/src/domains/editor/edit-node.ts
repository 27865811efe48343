import type { TypedDocumentNode } from '@urql/core';
import { createQuery } from '@urql/solid';
import type {
  DefinitionNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  FragmentSpreadNode,
  OperationDefinitionNode,
} from 'graphql';
import { EditNodeBaseDoc } from './graphql';
import { EDITORS } from './registry';

/** The edited node: its type, ID and what its type's fragment selects (a form reads it by field name). */
export type EditedNode = { __typename: string; id: string } & Record<string, unknown>;

/** The fragment an editor's `edit` document declares first: its own (any after it are fragments it uses). */
export function editFragment(document: Pick<DocumentNode, 'definitions'>): FragmentDefinitionNode {
  const [first] = document.definitions;
  if (first?.kind !== 'FragmentDefinition')
    throw new Error('An editor’s `edit` document must start with its fragment.');
  return first;
}

/**
 * One query for whatever node is being edited: the base query (its type and ID) with a spread of every registered
 * type's fragment (`<domain>/editor.graphql.ts`) and those fragments, so a new type brings its own selection. Built
 * from the compiled documents, without parsing, into a new object: urql keys and prints it as a whole.
 */
export function editNodeDocument(
  edits: readonly Pick<DocumentNode, 'definitions'>[],
): TypedDocumentNode<{ node?: EditedNode | null }, { id: string }> {
  const [operation] = EditNodeBaseDoc.definitions as readonly OperationDefinitionNode[];
  const node = operation!.selectionSet.selections[0] as FieldNode;
  const fragments = new Map<string, DefinitionNode>();
  for (const edit of edits)
    for (const definition of edit.definitions)
      if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const spreads = edits.map((edit): FragmentSpreadNode => ({
    kind: 'FragmentSpread' as FragmentSpreadNode['kind'],
    name: editFragment(edit).name,
  }));
  const withSpreads: OperationDefinitionNode = {
    ...operation!,
    selectionSet: {
      ...operation!.selectionSet,
      selections: [
        {
          ...node,
          selectionSet: { ...node.selectionSet!, selections: [...node.selectionSet!.selections, ...spreads] },
        },
      ],
    },
  };
  return { kind: EditNodeBaseDoc.kind, definitions: [withSpreads, ...fragments.values()] };
}

export const EditNodeDoc = editNodeDocument(EDITORS.map((editor) => editor.edit));

/** The item being edited, always fresh; paused on the "new" form, which has no item yet. */
export function createEditNode(id: () => string | undefined) {
  return createQuery({
    query: EditNodeDoc,
    variables: () => ({ id: id() ?? '' }),
    pause: () => !id(),
    requestPolicy: 'network-only',
  });
}
