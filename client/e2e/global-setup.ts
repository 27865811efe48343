import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://localhost:41234; empty when browser tests are skipped. */
    e2eBaseUrl: string;
    /** Members who can sign in, made for the browser tests (empty when pointed at an outside server). */
    e2eMembers: E2eAccount[];
    /**
     * An editor and an organisation admin (in Anne's municipality), for editing and member administration, and a
     * researcher at a university college (who may mark knowledge gaps "we are studying this").
     */
    e2eStaff: { editor?: E2eAccount; orgAdmin?: E2eAccount; admin?: E2eAccount; researcher?: E2eAccount };
  }
}

export interface E2eAccount {
  email: string;
  password: string;
  name: string;
}

const clientRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Two members from different kinds of organisation, so a comment shows who speaks from where, plus an editor and
 * an organisation admin in the first one.
 */
async function createMembers(em: import('@mikro-orm/postgresql').EntityManager) {
  const { createMember, createOrganisation, PASSWORD } = await import('../../server/test/helpers/factories.js');
  const { OrganisationKind } = await import('../../server/src/modules/organisation/organisation.entity.js');
  const { MemberRole } = await import('../../server/src/modules/member/member.entity.js');
  const kommune = await createOrganisation(em, { slug: 'e2e-kommune', kind: OrganisationKind.MUNICIPALITY });
  const ngo = await createOrganisation(em, { slug: 'e2e-ngo', kind: OrganisationKind.NGO });
  const members = [
    { organisation: kommune, name: 'Anne Sagsbehandler', email: 'anne@e2e-kommune.example' },
    { organisation: ngo, name: 'Bo Rådgiver', email: 'bo@e2e-ngo.example' },
  ];
  for (const member of members) await createMember(em, member);
  const editor = { name: 'Eva Redaktør', email: 'eva@e2e-kommune.example' };
  const orgAdmin = { name: 'Ole Administrator', email: 'ole@e2e-kommune.example' };
  await createMember(em, { organisation: kommune, role: MemberRole.EDITOR, ...editor });
  await createMember(em, { organisation: kommune, role: MemberRole.ORG_ADMIN, ...orgAdmin });
  const admin = { name: 'Ada Platform', email: 'ada@e2e-kommune.example' };
  await createMember(em, { organisation: kommune, role: MemberRole.ADMIN, ...admin });
  const college = await createOrganisation(em, { slug: 'e2e-uc', kind: OrganisationKind.UNIVERSITY_COLLEGE });
  const researcher = { name: 'Rita Forsker', email: 'rita@e2e-uc.example' };
  await createMember(em, { organisation: college, ...researcher });
  return {
    members: members.map(({ name, email }) => ({ name, email, password: PASSWORD })),
    staff: {
      editor: { ...editor, password: PASSWORD },
      orgAdmin: { ...orgAdmin, password: PASSWORD },
      admin: { ...admin, password: PASSWORD },
      researcher: { ...researcher, password: PASSWORD },
    },
  };
}

/**
 * Builds the client from the current sources and starts the real server in-process on a free port, with its
 * own embedded PostgreSQL in a temp folder and the demo content, serving that build on the same origin.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(CHROMIUM)) {
    const { missingPrerequisite } = await import('../../server/test/helpers/prerequisites.js');
    missingPrerequisite(`[e2e] Chromium (${CHROMIUM})`, 'Install it with `apt-get install -y chromium`.');
    project.provide('e2eBaseUrl', '');
    project.provide('e2eMembers', []);
    project.provide('e2eStaff', {});
    return undefined;
  }
  // Point the tests at a server you already run (e.g. while working on the client): E2E_BASE_URL=http://…
  if (process.env.E2E_BASE_URL) {
    project.provide('e2eBaseUrl', process.env.E2E_BASE_URL.replace(/\/$/, ''));
    project.provide('e2eMembers', []);
    project.provide('e2eStaff', {});
    return undefined;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-e2e-'));
  await chmod(dir, 0o755); // the embedded PostgreSQL runs as the postgres OS user, which must reach its data
  const dist = path.join(dir, 'client');
  await build({
    configFile: path.join(clientRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, sourcemap: false },
  });
  process.env.CLIENT_DIST = dist;

  const { loadConfig } = await import('../../server/src/config.js');
  const { startApp } = await import('../../server/src/app.js');
  const { createLogger } = await import('../../server/src/platform/logger.js');
  const level = process.env.TEST_LOG_LEVEL ?? 'warn';
  const app = await startApp(
    loadConfig({ NODE_ENV: 'test', DATA_DIR: path.join(dir, 'data'), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: level }),
    createLogger(level),
  );
  // A first start builds the search index in the background; tests start once it has caught up, or they would
  // race it and see an empty index.
  const { searchOf } = await import('../../server/src/search/runtime.js');
  const search = searchOf(app.orm.em);
  if (!search?.indexer) {
    const { missingPrerequisite } = await import('../../server/test/helpers/prerequisites.js');
    try {
      missingPrerequisite(
        '[e2e] Meilisearch (the embedded binary is linux-x64 only)',
        'Set MEILI_URL to a Meilisearch 1.21, e.g. `docker compose up meilisearch`; search pages are then tested.',
      );
    } catch (error) {
      await app.stop();
      throw error;
    }
  }
  await search?.indexer?.idle(120_000);
  project.provide('e2eBaseUrl', app.url);
  const accounts = await createMembers(app.orm.em.fork());
  project.provide('e2eMembers', accounts.members);
  project.provide('e2eStaff', accounts.staff);
  return async () => {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
