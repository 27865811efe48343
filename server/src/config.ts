import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** docker compose passes `${VAR:-}` as an empty string: that means "not set". */
const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);

/**
 * TRUST_PROXY, for fastify's `trustProxy`: false (the default: the server faces clients itself), true (trust every
 * hop: only when nothing can reach the server but the proxy), a number of proxies in front, or a comma-separated list
 * of proxy addresses and CIDR ranges (or proxy-addr's names loopback, linklocal, uniquelocal).
 */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): boolean | number | string[] => {
    if (['', 'false', '0', 'no'].includes(value)) return false;
    if (['true', 'yes'].includes(value)) return true;
    if (/^[1-9]\d?$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    for (const entry of entries) {
      const [address, prefix, ...rest] = entry.split('/');
      const family = isIP(address ?? '');
      const prefixOk =
        prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
      if (!PROXY_NAMES.has(entry) && (family === 0 || !prefixOk || rest.length > 0)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${entry}" is not true/false, a number of proxies, an IP address, a CIDR range or loopback/linklocal/uniquelocal`,
        });
        return z.NEVER;
      }
    }
    return entries;
  });

/** Every setting Vidensbro reads from the environment, with the embedded defaults `npm start` runs on. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Where the embedded PostgreSQL (and later Meilisearch) keep their data. */
  DATA_DIR: z.string().min(1).default('data'),
  /** An external PostgreSQL; when unset, an embedded server runs from DATA_DIR/pg. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * Comma-separated URLs of streaming replicas of DATABASE_URL. GraphQL queries read there, except for a member
   * who wrote (or signed in) within DATABASE_REPLICA_STICKY_SECONDS; everything else uses the primary.
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url())),
  /** After a member writes or signs in, their reads stay on the primary this long: more than the replicas lag. */
  DATABASE_REPLICA_STICKY_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the Danish demo content when the database is empty. */
  SEED_DEMO: booleanish.default(true),
  /**
   * Limits every GraphQL operation meets before it runs, over HTTP and the WebSocket alike (operation-guard.ts).
   * The client's largest operation has ~340 tokens, 4 aliases, 4 top-level fields and depth 7.
   */
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(2_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(50_000),
  MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(20),
  MAX_STRING_LENGTH: z.coerce.number().int().min(100).default(100_000),
  /** Largest HTTP request body and largest WebSocket message, in bytes. */
  MAX_REQUEST_BYTES: z.coerce.number().int().min(10_000).default(1_000_000),
  /**
   * Origins (scheme://host[:port], comma-separated) besides the server's own whose pages may open the live
   * WebSocket; the session cookie rides along, so other pages are refused.
   */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().transform((origin) => new URL(origin).origin))),
  /** Live subscriptions one WebSocket may hold, and one member (or anonymous address) across sockets. */
  LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(20),
  LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER: z.coerce.number().int().min(1).default(50),
  /** How often open subscriptions re-check that their session and rights still hold when no event arrives. */
  LIVE_RECHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Unpublished drafts untouched for this many months are flagged as stale to their organisation and editors. */
  DRAFT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** An external Meilisearch (e.g. `docker compose up meilisearch`); when unset, the embedded binary runs. */
  MEILI_URL: z.string().url().optional(),
  /** The external Meilisearch's master (or an admin) key; the embedded one generates its own in DATA_DIR. */
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /** Prefix of this deployment's index names, so several deployments (or test files) can share one Meilisearch. */
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/)
    .default('vidensbro_'),
  /** Run the search indexer inside the server process (turn off when `npm run worker` runs it separately). */
  SEARCH_WORKER: booleanish.default(true),
  /**
   * Behind a reverse proxy that terminates TLS: which proxies to believe about the client (X-Forwarded-For) and
   * the scheme (X-Forwarded-Proto). Then session cookies are Secure, HSTS is sent and rate limits key on the client's
   * address instead of the proxy's. Leave unset when clients connect directly.
   */
  TRUST_PROXY: trustProxy.default(false),
  /** A standalone indexer (`npm run worker`) serves /healthz, /readyz and /metrics on this port when set. */
  WORKER_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Outbox rows the indexer takes per batch. */
  SEARCH_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  /** /readyz fails while the oldest change not yet in the search index is older than this many seconds. */
  OUTBOX_LAG_READY_SECONDS: z.coerce.number().int().min(1).default(300),
  /**
   * On SIGTERM, health checks answer 503 for this long while requests are still served, so a load balancer takes
   * the process out of rotation before it stops listening (rolling restarts without failed requests).
   */
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(300).default(0),
  /** GraphQL operations slower than this many milliseconds are logged with their name, request id and cost. */
  SLOW_OPERATION_MS: z.coerce.number().int().min(1).default(1000),
  /** A bearer token Prometheus must send to read /metrics; when unset, only this machine may read it. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /**
   * Where email goes: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. When unset,
   * mail is caught in DATA_DIR/mail as .eml files, readable at /dev/mail outside production.
   */
  SMTP_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/i, 'Must be smtp://… or smtps://…')
      .optional(),
  ),
  /** The sender of every email, e.g. `Vidensbro <noreply@example.dk>`. */
  MAIL_FROM: z.string().min(3).max(320).default('Vidensbro <noreply@vidensbro.localhost>'),
  /**
   * The address the public reaches Vidensbro at (e.g. https://vidensbro.dk): links in emails, canonical URLs,
   * sitemaps, feeds and link previews. Emails never take it from a request's Host header (an attacker could point
   * reset links at their own site): unset, they use the address the server listens on; pages use the request's.
   */
  PUBLIC_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/ })
      .transform((url) => new URL(url).origin)
      .optional(),
  ),
  /** Run the mail sender inside the server process (turn off when another process sends). */
  MAIL_SENDER: booleanish.default(true),
  /** Where uploaded talk videos are kept: a folder (MEDIA_DIR, default DATA_DIR/media) or S3-compatible storage. */
  MEDIA_STORE: z.enum(['local', 's3']).default('local'),
  MEDIA_DIR: z.string().min(1).optional(),
  /** The largest talk video an editor may upload, in bytes (default 4 GB). */
  MEDIA_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(4 * 1024 ** 3),
  /** S3-compatible storage (MinIO in docker-compose.yml) when MEDIA_STORE=s3. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addresses (endpoint/bucket/key), which MinIO and most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: booleanish.default(true),
  /** The yearly membership fee in whole kroner, before VAT. */
  MEMBERSHIP_FEE_DKK: z.coerce.number().int().min(0).max(1_000_000).default(5000),
  /** VAT on the fee in percent: 25 (Danish moms) unless the forum is VAT-exempt, then 0 (see docs/membership.md). */
  MEMBERSHIP_VAT_PERCENT: z.coerce.number().min(0).max(100).default(25),
  /** Days from issue to an invoice's due date. */
  MEMBERSHIP_PAYMENT_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Days after the due date an unpaid membership keeps its rights; then it lapses. */
  MEMBERSHIP_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Organisation admins are reminded to renew, and may renew, this many days before the year ends. */
  MEMBERSHIP_RENEWAL_NOTICE_DAYS: z.coerce.number().int().min(1).max(365).default(45),
  /** The forum as seller on invoices. The defaults are the demo's fictional association. */
  INVOICE_SELLER_NAME: z.string().min(1).max(300).default('Foreningen Vidensbro (demo)'),
  INVOICE_SELLER_CVR: z
    .string()
    .regex(/^[1-9]\d{7}$/)
    .default('29000018'),
  INVOICE_SELLER_STREET: z.string().min(1).max(200).default('Eksempelvej 1'),
  INVOICE_SELLER_POSTAL_CODE: z
    .string()
    .regex(/^\d{4}$/)
    .default('8000'),
  INVOICE_SELLER_CITY: z.string().min(1).max(200).default('Aarhus C'),
  /** Where members pay: Danish bank registration number (4 digits) and account number (up to 10 digits). */
  INVOICE_BANK_REG: z
    .string()
    .regex(/^\d{4}$/)
    .default('1234'),
  INVOICE_BANK_ACCOUNT: z
    .string()
    .regex(/^\d{1,10}$/)
    .default('0001234567'),
  /** Let webhooks reach loopback addresses (tests, development); private and link-local ranges stay refused. */
  WEBHOOK_ALLOW_LOOPBACK: booleanish.default(false),
  /** How long one webhook delivery attempt may take in all, in milliseconds. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** The wait after a first failed delivery; each further failure doubles it (at most a day). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  /** Attempts before a delivery is marked FAILED (it can still be redelivered). */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** How often the webhook worker looks for due deliveries, in milliseconds; 0 turns it off in this process. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(0).default(2000),
});

export type Config = z.infer<typeof configSchema> & { dataDir: string };

/** Settings that only make sense together. */
function combinationProblems(config: z.infer<typeof configSchema>): string[] {
  const problems: string[] = [];
  if (config.DATABASE_REPLICA_URLS.length > 0 && !config.DATABASE_URL)
    problems.push('  DATABASE_REPLICA_URLS: replicas need DATABASE_URL, the primary they replicate');
  if (config.MEDIA_STORE === 's3' && !(config.S3_BUCKET && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY))
    problems.push('  MEDIA_STORE: s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  return problems;
}

/** Parses the environment once; a bad value stops start-up with a message that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const combined = combinationProblems(parsed.data);
  if (combined.length > 0) throw new Error(`Invalid configuration:\n${combined.join('\n')}`);
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}
