import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Orm } from '../../platform/database.js';
import { registerDevMailRoutes } from './dev-mail.http.js';
import { mailFolder } from './transport.js';
import { registerUnsubscribeRoutes } from './unsubscribe.http.js';

/** Whether caught mail may be shown at /dev/mail: only when mail is caught (no SMTP) and never in production. */
export function devMailEnabled(config: Pick<Config, 'SMTP_URL' | 'NODE_ENV'>): boolean {
  return !config.SMTP_URL && config.NODE_ENV !== 'production';
}

/** The HTTP side of email: one-click unsubscribe, and the caught-mail view for developers. */
export async function registerMailRoutes(
  app: FastifyInstance,
  deps: { orm: Orm; config: Pick<Config, 'SMTP_URL' | 'NODE_ENV' | 'dataDir'> },
): Promise<void> {
  await registerUnsubscribeRoutes(app, { orm: deps.orm });
  if (devMailEnabled(deps.config)) registerDevMailRoutes(app, { folder: mailFolder(deps.config.dataDir) });
}
