import { nodeLoaders } from '../modules/registry.js';
import type { Context } from './context.js';

/**
 * Loads nodes by decoded global ID, batched per type, through the loader each module declares for its types
 * (content types through the one read rule); unknown types resolve to null.
 */
export function loadNodes(ctx: Context, ids: { type: string; id: string }[]): Promise<(object | null)[]> {
  return Promise.all(ids.map(({ type, id }) => nodeLoaders.get(type)?.(ctx, id) ?? Promise.resolve(null)));
}
