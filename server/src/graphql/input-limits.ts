import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { AppError } from './errors.js';

/** No text field needs more; longer strings are refused before any resolver sees them. */
export const MAX_STRING_LENGTH = 100_000;

function longestString(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (depth > 20 || value === null || typeof value !== 'object') return 0;
  let longest = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value))
    longest = Math.max(longest, longestString(item, depth + 1));
  return longest;
}

function longestLiteral(document: DocumentNode): number {
  let longest = 0;
  visit(document, {
    StringValue(node) {
      longest = Math.max(longest, node.value.length);
    },
  });
  return longest;
}

/** Refuses operations whose variables or inline arguments carry a string over MAX_STRING_LENGTH. */
export function inputLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const longest = Math.max(longestString(request.variables), longestLiteral(document));
          if (longest > MAX_STRING_LENGTH) {
            throw new AppError(
              `A text value is too long (${longest} characters); the API accepts at most ${MAX_STRING_LENGTH}.`,
              'BAD_USER_INPUT',
              { http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
