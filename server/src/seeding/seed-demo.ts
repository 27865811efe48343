import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoContent } from '../../../seeds/demo/index.js';
import { hashPassword } from '../modules/auth/secrets.js';
import { Member, MemberRole } from '../modules/member/member.entity.js';
import { Membership, MembershipStatus, Organisation } from '../modules/organisation/organisation.entity.js';
import type { Logger } from '../platform/logger.js';
import { seedContent } from './seed.js';

/** Fictional people in fictional organisations, so a new user can try what members and editors do. */
const DEMO_ACCOUNTS = [
  {
    organisation: 'fjordby-kommune',
    name: 'Rikke Redaktør',
    email: 'redaktoer@fjordby.example',
    role: MemberRole.EDITOR,
  },
  {
    organisation: 'foreningen-lektiebroen',
    name: 'Mads Medlem',
    email: 'medlem@lektiebroen.example',
    role: MemberRole.MEMBER,
  },
] as const;

/**
 * Loads the Danish demo content on first start (an empty database); never touches a database with content.
 * It also creates two demo accounts with random passwords, written only to `accountsFile` (mode 600), never logged.
 */
export async function seedDemoIfEmpty(root: EntityManager, logger: Logger, accountsFile: string): Promise<void> {
  if ((await root.fork().count(Organisation, {})) > 0) return;
  logger.info('Empty database: loading the demo content (Læring og trivsel i plejefamilien)…');
  const { created } = await seedContent(root, demoContent, (line) => logger.info(line));
  logger.info(`Demo content loaded: ${created} items.`);

  const em = root.fork();
  const year = new Date().getUTCFullYear();
  const lines: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const organisation = await em.findOneOrFail(Organisation, { slug: account.organisation });
    // Member rights need this year's paid membership; the demo grants it so the accounts can be tried.
    if ((await em.count(Membership, { organisation, year })) === 0) {
      em.create(Membership, { organisation, year, feeDkk: 5000, status: MembershipStatus.ACTIVE });
    }
    const password = randomBytes(12).toString('base64url');
    em.create(Member, {
      organisation,
      name: account.name,
      email: account.email,
      role: account.role,
      passwordHash: await hashPassword(password),
    });
    lines.push(`${account.role}\t${account.email}\t${password}`);
  }
  await em.flush();
  await writeFile(
    accountsFile,
    `# Demo accounts (role, email, password). Sign in at /sign-in (the "Log ind" link).\n${lines.join('\n')}\n`,
    { mode: 0o600 },
  );
  logger.info(`Demo accounts (an editor and a member) are in ${accountsFile}.`);
}
