import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimits } from '../modules/auth/rate-limits.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Logger } from '../platform/logger.js';
import { Loaders, type Context, type HttpExchange, type Settings } from './context.js';
import { loadNodes } from './node.service.js';

/**
 * A request's context. It lives apart from context.ts because it wires in the node dispatch, which reaches every
 * module; context.ts itself is imported by modules and must not.
 *
 * `em` is the request's own fork, the one the caller authenticated with (HTTP and WebSocket fork once per
 * operation): forking it again cost every request a second identity map for nothing, as authentication reads
 * plain rows and loads no entities.
 */
export function createContext(props: {
  settings: Settings;
  em: EntityManager;
  viewer: Viewer;
  logger: Logger;
  limits: RateLimits;
  http: HttpExchange;
}): Context {
  const { em } = props;
  const context: Context = {
    settings: props.settings,
    viewer: props.viewer,
    em,
    loaders: new Loaders(em),
    logger: props.logger,
    limits: props.limits,
    http: props.http,
    loadNodes: (ids) => loadNodes(context, ids),
  };
  return context;
}
