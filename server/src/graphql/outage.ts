import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnreachable, type Outages } from '../platform/outage.js';

/**
 * During a PostgreSQL outage every field fails alike: the outage is logged once (not a stack trace per field),
 * and the answer is HTTP 503 with Retry-After, so clients and load balancers know to try again.
 */
export function databaseOutagePlugin(outages: Outages): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let unreachable = false;
      return {
        async didEncounterErrors({ errors }) {
          const cause = errors.map((error) => unwrapResolverError(error)).find(isDatabaseUnreachable);
          if (cause === undefined) return;
          unreachable = true;
          outages.down('PostgreSQL', cause);
        },
        async willSendResponse({ response }) {
          if (!unreachable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
}
