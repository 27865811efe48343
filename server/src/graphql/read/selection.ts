import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** One response key of a selection: the field, its arguments, and every node that asked for it (merged). */
export interface Selected {
  key: string;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  nodes: FieldNode[];
}

/**
 * The fields a selection asks of an object type, as graphql-js will execute them: fragments and inline fragments
 * that apply to the type, @skip/@include honoured, repeated response keys merged (validation made them agree).
 */
export function collect(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, Selected> {
  const out = new Map<string, Selected>();
  const fields = type.getFields();
  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const applies = (name: string | undefined) => {
    if (!name || name === type.name) return true;
    const condition = info.schema.getType(name);
    return !!condition && isAbstractType(condition) && info.schema.isSubType(condition, type);
  };
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection)) continue;
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        const existing = out.get(key);
        if (existing) {
          existing.nodes.push(selection);
          continue;
        }
        const field = fields[selection.name.value];
        if (!field) continue; // __typename and other meta fields: graphql-js answers them itself
        const args = getArgumentValues(field, selection, info.variableValues);
        out.set(key, { key, field, args, nodes: [selection] });
      } else if (selection.kind === 'InlineFragment') {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value))
          visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}

/** The sub-selection of a selected field on its (object) return type; null when it returns no object type. */
export function subselect(info: GraphQLResolveInfo, selected: Selected): Map<string, Selected> | null {
  const type = getNamedType(selected.field.type);
  if (!isObjectType(type)) return null;
  return collect(
    info,
    type,
    selected.nodes.map((node) => node.selectionSet),
  );
}
