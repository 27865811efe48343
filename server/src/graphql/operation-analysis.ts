import {
  getArgumentValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  valueFromAST,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** What one operation asks for once its fragments are expanded. */
export interface OperationMetrics {
  /** Deepest path of fields (introspection excluded: graphql-js bounds it with its own validation rule). */
  depth: number;
  /** Rows the operation can touch: a list costs its page size times what each item asks for. */
  cost: number;
  /** Aliased fields, each spread of a fragment counting its aliases again. */
  aliases: number;
  /** Fields at the top level, through fragments too: each one is a separate query or mutation. */
  rootFields: number;
}

/** Pages without `first`/`last` hold 20 items (connection.ts); page sizes are capped at 100. */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
/** A plain list of objects (no page arguments) is costed as a default page. */
const DEFAULT_LIST = 20;

interface Metrics {
  cost: number;
  depth: number;
}

/**
 * Measures an operation in time linear in the document: every selection set is measured once per concrete type it
 * is evaluated on and memoised, so a fragment spread many times (or a chain of fragments each spreading the next
 * twice) costs one walk of its text, while the numbers still count every expansion. The document must be valid
 * (fragment cycles are refused by validation; a cycle here counts as nothing rather than looping).
 */
export function analyseOperation(props: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Coerced variable values of the operation. */
  variables: Record<string, unknown>;
}): OperationMetrics {
  const { schema, document, operation, variables } = props;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const included = (selection: SelectionNode): boolean => {
    if (!selection.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
  };

  /** Sums a count over a selection set and the fragments it spreads, each set counted once and reused. */
  const counter = (countField: (field: FieldNode) => number, descend: boolean) => {
    const memo = new Map<SelectionSetNode, number>();
    const count = (set: SelectionSetNode): number => {
      const known = memo.get(set);
      if (known !== undefined) return known;
      memo.set(set, 0); // in progress: a cycle adds nothing
      let total = 0;
      for (const selection of set.selections) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          total += countField(selection);
          if (descend && selection.selectionSet) total += count(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          total += count(selection.selectionSet);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment) total += count(fragment.selectionSet);
        }
      }
      memo.set(set, total);
      return total;
    };
    return count;
  };

  const measured = new Map<SelectionSetNode, Map<string, Metrics>>();
  const applies = (condition: GraphQLNamedType | undefined, type: GraphQLObjectType): boolean =>
    condition === undefined || condition === type || (isAbstractType(condition) && schema.isSubType(condition, type));

  /** Cost and depth of a selection set evaluated on one concrete type. */
  const measure = (set: SelectionSetNode, type: GraphQLObjectType): Metrics => {
    let byType = measured.get(set);
    const known = byType?.get(type.name);
    if (known) return known;
    if (!byType) measured.set(set, (byType = new Map<string, Metrics>()));
    byType.set(type.name, { cost: 0, depth: 0 }); // in progress: a cycle adds nothing
    let cost = 0;
    let depth = 0;
    const add = (metrics: Metrics) => {
      cost += metrics.cost;
      depth = Math.max(depth, metrics.depth);
    };
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        add(measureField(selection, type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : undefined;
        if (applies(condition, type)) add(measure(selection.selectionSet, type));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(schema.getType(fragment.typeCondition.name.value), type))
          add(measure(fragment.selectionSet, type));
      }
    }
    const result = { cost, depth };
    byType.set(type.name, result);
    return result;
  };

  const measureField = (node: FieldNode, parent: GraphQLObjectType): Metrics => {
    const name = node.name.value;
    if (name === '__typename') return { cost: 1, depth: 0 };
    // The meta fields are not in the query type's field map.
    const field =
      name === '__schema' ? SchemaMetaFieldDef : name === '__type' ? TypeMetaFieldDef : parent.getFields()[name];
    if (!field) return { cost: 0, depth: 0 }; // unknown fields never pass validation
    let child: Metrics = { cost: 0, depth: 0 };
    const type = getNamedType(field.type);
    if (node.selectionSet && isCompositeType(type)) {
      const set = node.selectionSet;
      const concrete = isObjectType(type) ? [type] : schema.getPossibleTypes(type);
      for (const possible of concrete) {
        const metrics = measure(set, possible);
        child = { cost: Math.max(child.cost, metrics.cost), depth: Math.max(child.depth, metrics.depth) };
      }
    }
    const introspection = name.startsWith('__') || parent.name.startsWith('__');
    // A field may declare its own cost (type-graphql's `complexity` option), e.g. one that scans a whole text.
    const declared = field.extensions.complexity;
    if (typeof declared === 'function' || typeof declared === 'number') {
      const cost =
        typeof declared === 'number'
          ? declared + child.cost
          : Number(
              (declared as (options: { args: Record<string, unknown>; childComplexity: number }) => unknown)({
                args: argumentsOrNone(field, node, variables),
                childComplexity: child.cost,
              }),
            );
      return { cost: Number.isFinite(cost) ? Math.max(cost, 1) : Number.MAX_SAFE_INTEGER, depth: child.depth + 1 };
    }
    return {
      cost: (introspection ? 1 : itemsOf(field, node, parent, variables, child)) * (child.cost + 1),
      depth: introspection ? 0 : child.depth + 1,
    };
  };

  const root = schema.getRootType(operation.operation);
  const metrics = root ? measure(operation.selectionSet, root) : { cost: 0, depth: 0 };
  return {
    ...metrics,
    aliases: counter((field) => (field.alias ? 1 : 0), true)(operation.selectionSet),
    rootFields: counter(() => 1, false)(operation.selectionSet),
  };
}

/** How many items a field can return: its page size, the length of a list argument, or a default page. */
/** The field's arguments, or none when a variable is missing (the analysis also runs before variables exist). */
function argumentsOrNone(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}

function itemsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  parent: GraphQLObjectType,
  variables: Record<string, unknown>,
  child: Metrics,
): number {
  const argument = (argName: string): unknown => {
    const definition = field.args.find((arg) => arg.name === argName);
    const given = node.arguments?.find((arg) => arg.name.value === argName);
    return definition && given ? valueFromAST(given.value, definition.type, variables) : undefined;
  };
  const size = argument('first') ?? argument('last');
  if (typeof size === 'number') return Math.max(1, Math.min(size, MAX_PAGE));
  const type = getNamedType(field.type);
  if (type.name.endsWith('Connection')) return DEFAULT_PAGE;
  // The edges and nodes of a connection are its page, already counted on the connection field.
  if (!isListType(getNullableType(field.type)) || !isCompositeType(type) || parent.name.endsWith('Connection'))
    return 1;
  for (const definition of field.args) {
    if (!isListType(getNullableType(definition.type))) continue;
    const value = argument(definition.name);
    if (Array.isArray(value)) return Math.max(1, value.length);
  }
  // A plain list whose items ask only for their own scalars (highlights, facet counts, chapters) is in memory.
  if (child.depth <= 1) return 1;
  return DEFAULT_LIST;
}
