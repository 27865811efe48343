import type {
  DefinitionNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  FragmentSpreadNode,
  InlineFragmentNode,
  OperationDefinitionNode,
  SelectionNode,
} from 'graphql';

/*
 * Queries about "any editable node" are composed from the registered types (registry.ts) rather than written out
 * per type, so that a new type brings its own part. They are built from the documents the codegen compiled,
 * without parsing, and always into new objects: urql keys and prints a document by the `__key` and `loc` it sets
 * on it, so a copy of a keyed document would be sent as the original.
 */

type Definitions = Pick<DocumentNode, 'definitions'>;

/** The fragment an editor's `edit` document declares first: its own (any after it are fragments it uses). */
export function editFragment(document: Definitions): FragmentDefinitionNode {
  const [first] = document.definitions;
  if (first?.kind !== 'FragmentDefinition')
    throw new Error('An editor’s `edit` document must start with its fragment.');
  return first;
}

/** `...Name`, spreading a fragment. */
export const fragmentSpread = (fragment: FragmentDefinitionNode): FragmentSpreadNode => ({
  kind: 'FragmentSpread' as FragmentSpreadNode['kind'],
  name: fragment.name,
});

/** `... on Typename { field }`, selecting a field only on one type. */
export const onType = (typename: string, field: string): InlineFragmentNode => ({
  kind: 'InlineFragment' as InlineFragmentNode['kind'],
  typeCondition: {
    kind: 'NamedType' as NonNullable<InlineFragmentNode['typeCondition']>['kind'],
    name: { kind: 'Name' as FieldNode['name']['kind'], value: typename },
  },
  selectionSet: {
    kind: 'SelectionSet' as InlineFragmentNode['selectionSet']['kind'],
    selections: [
      { kind: 'Field' as FieldNode['kind'], name: { kind: 'Name' as FieldNode['name']['kind'], value: field } },
    ],
  },
});

/**
 * A query whose one root field (`node(id:)`) selects, besides what `base` selects, the given `selections`; with
 * the fragments of `uses` (each fragment once) after it.
 */
export function composeNodeQuery(
  base: Definitions,
  selections: readonly SelectionNode[],
  uses: readonly Definitions[] = [],
): DocumentNode {
  const [operation] = base.definitions as readonly OperationDefinitionNode[];
  const root = operation?.selectionSet.selections[0];
  if (operation?.kind !== 'OperationDefinition' || root?.kind !== 'Field' || !root.selectionSet)
    throw new Error('A node query starts with its operation, selecting one field.');
  const fragments = new Map<string, DefinitionNode>();
  for (const document of uses)
    for (const definition of document.definitions)
      if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const field: FieldNode = {
    ...root,
    selectionSet: { ...root.selectionSet, selections: [...root.selectionSet.selections, ...selections] },
  };
  return {
    kind: 'Document' as DocumentNode['kind'],
    definitions: [
      { ...operation, selectionSet: { ...operation.selectionSet, selections: [field] } },
      ...fragments.values(),
    ],
  };
}
