import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { AppError } from './errors.js';

/** Depth of the deepest field path in an operation, following fragments (cycles are rejected by validation). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        max = Math.max(max, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return max;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
  }
  return deepest;
}

/**
 * Refuses operations that are too deep or too costly before any resolver runs. A list field costs its page size
 * (`first`/`last`, default 20) times what it contains, so cost tracks the rows a query can touch.
 */
export function costLimitPlugin(
  schema: GraphQLSchema,
  limits: { maxDepth: number; maxComplexity: number },
): ApolloServerPlugin {
  const complexityOf = (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): number => {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [
        fieldExtensionsEstimator(),
        ({ args, childComplexity }) => {
          const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
          if (size === null) return undefined;
          return Math.max(1, Math.min(size, 100)) * (childComplexity + 1);
        },
        ({ args, childComplexity, field }) => {
          const isConnection = String(field.type).replace(/!$/, '').endsWith('Connection');
          if (isConnection && args.first === undefined && args.last === undefined) return 20 * (childComplexity + 1);
          return undefined;
        },
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  };
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const depth = queryDepth(document, request.operationName);
          if (depth > limits.maxDepth) {
            throw new AppError(
              `This query is ${depth} levels deep; the limit is ${limits.maxDepth}. Split it into several queries.`,
              'QUERY_TOO_COMPLEX',
              { depth, maxDepth: limits.maxDepth, http: { status: 400 } },
            );
          }
          let complexity: number;
          try {
            complexity = complexityOf(document, request.operationName, request.variables);
          } catch (error) {
            // Invalid variables: execution reports them as BAD_USER_INPUT; nothing runs, so nothing costs.
            if (error instanceof GraphQLError) return Promise.resolve();
            throw error;
          }
          if (complexity > limits.maxComplexity) {
            throw new AppError(
              `This query could cost ${complexity} points; the limit is ${limits.maxComplexity}. Ask for smaller pages (first/last) or fewer nested lists.`,
              'QUERY_TOO_COMPLEX',
              { complexity, maxComplexity: limits.maxComplexity, http: { status: 400 } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
