import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCaughtMail } from '../../src/modules/mail/dev-mail.http.js';
import { deliverDue, type DeliveryResult } from '../../src/modules/mail/sender.js';
import { createMailTransport, type MailTransport } from '../../src/modules/mail/transport.js';
import type { CaughtMail } from '../../src/modules/mail/transport.js';
import { testLogger, type TestDatabase } from './database.js';

export const BASE_URL = 'https://vidensbro.test';

/** A real mail catcher: the embedded default transport, writing into a temp DATA_DIR of its own. */
export interface MailCatcher {
  dataDir: string;
  transport: MailTransport;
  /** Sends what is due in the outbox, like the server's sender loop does. */
  deliver(db: TestDatabase): Promise<DeliveryResult>;
  /** Every caught message, oldest first. */
  all(): Promise<CaughtMail[]>;
  /** Caught messages to one address, oldest first. */
  to(address: string): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

export async function createMailCatcher(): Promise<MailCatcher> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vidensbro-mail-'));
  const transport = createMailTransport({ from: 'Vidensbro <noreply@vidensbro.test>', dataDir });
  const all = async () => (await readCaughtMail(path.join(dataDir, 'mail'), 10_000)).reverse();
  return {
    dataDir,
    transport,
    deliver: (db) => deliverDue({ em: db.orm.em, transport, baseUrl: BASE_URL, logger: testLogger }, 100),
    all,
    to: async (address) => (await all()).filter((mail) => mail.to === address),
    close: async () => {
      transport.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The first link in a message's text that starts with the given path. */
export function linkIn(mail: CaughtMail, pathPrefix: string): string {
  const escaped = `${BASE_URL}${pathPrefix}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}[^\\s]+`).exec(mail.text);
  if (!match) throw new Error(`No ${pathPrefix} link in:\n${mail.text}`);
  return match[0];
}
