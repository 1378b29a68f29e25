import { isIP } from 'node:net';
import { z } from 'zod';
import { isDuration } from '../domain/dates';

/** The one place that reads process.env: parsed and checked once at boot. */
const schema = z.object({
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/luvn'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('arrangements'),
  TEMPORAL_UI_URL: z.url().default('http://127.0.0.1:8233'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /**
   * Open workflows kept in the worker's memory. Arrangements wait weeks for people, so a bounded
   * cache trades an occasional replay of a short history for a worker that does not grow with them.
   * Each keeps its own copy of the workflow modules in the workflow thread's heap, which the worker's
   * --max-old-space-size bounds too (topology.ts); the libraries they use are shared (worker.ts).
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(40),
  /**
   * Workflow tasks and activities the worker runs at once, and its connections to PostgreSQL. The workflows
   * run on one thread and the activities are a statement or two each: more at once than this only waits,
   * holding memory (the SDK's defaults, 40 and 100, are for workers with cores to spare).
   */
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).default(10),
  WORKER_MAX_CONCURRENT_ACTIVITIES: z.coerce.number().int().min(1).default(20),
  /** The activities' connections and the rounds' (the deliverer takes one or two). */
  WORKER_DATABASE_POOL_SIZE: z.coerce.number().int().min(2).default(10),
  /** How long before a period's end the own worker's continuation decision falls due (ISO 8601). */
  CONTINUATION_LEAD_TIME: z.string().refine(isDuration, 'must be an ISO 8601 duration such as P1M').default('P1M'),
  /** An evaluation overdue this long alerts the own worker, and this long the team lead (ISO 8601). */
  EVALUATION_ALERT_OWN_WORKER_AFTER: z
    .string()
    .refine(isDuration, 'must be an ISO 8601 duration such as P7D')
    .default('P7D'),
  EVALUATION_ALERT_TEAM_LEAD_AFTER: z
    .string()
    .refine(isDuration, 'must be an ISO 8601 duration such as P14D')
    .default('P14D'),
  /** Deadlines, so that nothing waits for ever on a dependency that is away (answered 503). */
  TEMPORAL_RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** An Update waits for the worker to apply it: longer, for a worker that is restarting. */
  TEMPORAL_UPDATE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(3_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** The worker starts the process of drafts saved without one (Temporal away): this often, this old. */
  DRAFT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  DRAFT_SWEEP_AGE_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /**
   * Who signs the bearer tokens: the county's OpenID provider (its published keys at AUTH_JWKS_URL), or,
   * when that is not set, the development key JWT_SECRET that `npm run token` signs with.
   */
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).default('luvn-development'),
  AUTH_AUDIENCE: z.string().min(1).default('luvn-api'),
  /**
   * The web app's client at the identity provider (AUTH_ISSUER). The API signs the browser in itself
   * (authorization code with PKCE, exchanged server-side) and keeps the provider's tokens; the browser gets
   * only the session cookie. A secret makes the API a confidential client; without one it signs in as a
   * public client with PKCE alone.
   */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /**
   * The family's own view signs citizens in with the county's identification broker (Suomi.fi
   * e-Identification is reached through one), a client of its own. Its ID token carries the personal
   * identity code in FAMILY_OIDC_IDENTITY_CLAIM (the subject by default), which the API hashes at once
   * with FAMILY_IDENTITY_SECRET and maps to a person of the register; the code itself is never kept.
   */
  FAMILY_OIDC_ISSUER: z.string().min(1).optional(),
  FAMILY_OIDC_CLIENT_ID: z.string().min(1).optional(),
  FAMILY_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  FAMILY_OIDC_IDENTITY_CLAIM: z.string().min(1).default('sub'),
  FAMILY_IDENTITY_SECRET: z.string().min(32).optional(),
  /**
   * A web session ends after this long unused (the web app warns SESSION_WARNING_SECONDS before), and
   * in any case this long after sign-in: a working day. Seconds, so that a test can use a short time.
   */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(2).max(86_400).default(1_800),
  SESSION_WARNING_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  SESSION_MAX_SECONDS: z.coerce.number().int().min(60).max(604_800).default(36_000),
  /** The largest file attached to a supervision case (a supplier's PDF): 5 MiB holds tens of scanned pages. */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1_024).max(52_428_800).default(5_242_880),
  /** How long a user looked up stays cached: a disabled user or a changed role takes effect within it. */
  USER_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /**
   * Sign-in throttling (apps/api/src/auth/sign-in-throttle.ts), counted in PostgreSQL so that every API
   * process sees the same counts. An address may try SIGN_IN_ATTEMPTS_PER_ADDRESS sign-ins, failed or not,
   * within SIGN_IN_ATTEMPT_WINDOW_SECONDS: a person signs in a few times a day, a script hundreds of times
   * a minute (an office behind one address may sign in tens of people in its morning minute). An account takes SIGN_IN_FAILURES_PER_ACCOUNT failures within SIGN_IN_FAILURE_WINDOW_SECONDS
   * from any address, against guessing at one person's account from many. Past either limit, sign-in is
   * refused (429, Retry-After) for SIGN_IN_BLOCK_SECONDS. Before that, once the address or the account has
   * failed SIGN_IN_SLOW_AFTER_FAILURES times within the failure window, each further failure makes the next
   * answer SIGN_IN_SLOW_DOWN_MS slower (5 s at most): a person who mistyped barely notices, a guesser does.
   */
  SIGN_IN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(60),
  SIGN_IN_ATTEMPT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(5),
  SIGN_IN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  SIGN_IN_BLOCK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  SIGN_IN_SLOW_AFTER_FAILURES: z.coerce.number().int().min(0).max(100_000).default(3),
  SIGN_IN_SLOW_DOWN_MS: z.coerce.number().int().min(0).max(5_000).default(500),
  /**
   * The key of the HMAC that turns a client's address and a username into the throttle's keys, so that
   * neither is stored or logged. Every API process of a deployment needs the same one; production must set
   * its own (32 characters or more), development and tests use a fixed one.
   */
  SIGN_IN_THROTTLE_SECRET: z.string().min(32).optional(),
  /**
   * The proxies in front of the API whose X-Forwarded-For names the client (Express's `trust proxy`): unset,
   * none, and the client is the connection's address; a number of proxy hops; or addresses and subnets,
   * comma-separated (`10.0.0.0/8`, `loopback`, `uniquelocal`). Sign-in throttling counts per client: behind
   * the county's proxy, name it here, or every workstation counts as the proxy's one address. Name only
   * proxies that overwrite the header: a trusted header is the client's to choose otherwise.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .refine(
      (v) => v.trim() === '' || /^\d+$/.test(v.trim()) || v.split(',').every((s) => isProxyAddress(s.trim())),
      'must be empty, a number of hops, or comma-separated addresses, subnets, loopback, linklocal or uniquelocal',
    )
    .transform((v): false | number | string[] => {
      const t = v.trim();
      if (t === '') return false;
      if (/^\d+$/.test(t)) return Number(t);
      return t.split(',').map((s) => s.trim());
    }),
  /**
   * The development-only API (`/dev-api/…`): fixtures the tests and `npm start` set up with, such as a
   * catalogue service whose periods last seconds. Off unless turned on; production refuses it on.
   */
  DEV_API: z.enum(['on', 'off']).default('off'),
  /**
   * Where the outbox's messages go (docs/api.md, "Deliveries"). A destination left unset is not delivered to:
   * its messages wait in the outbox until it is configured.
   */
  FINANCE_URL: z.url().optional(),
  CLIENT_INFORMATION_URL: z.url().optional(),
  /** smtp://user:password@host:port, or smtps:// for TLS from the start. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('LUVN palvelujen järjestäminen <palvelut@luvn.example>'),
  /** The web app's address, for the links in e-mails (which never name a client). */
  APP_URL: z.url().default('http://127.0.0.1:3000'),
  DELIVERY_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(1_000),
  DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** A receiver that is down is retried this long (backoff up to 10 minutes), then the message is parked. */
  DELIVERY_RETRY_FOR: z.string().refine(isDuration, 'must be an ISO 8601 duration such as P3D').default('P3D'),
  /** Findings saved while Temporal was away are sent by the worker this often. */
  FINDING_RESEND_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /**
   * The operator's port of a process (API or worker): Prometheus metrics at /metrics, liveness and
   * readiness at /health/live and /health/ready. 0: none.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(64535).default(0),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** The JSON log's level and each line's process name (libs/observability/logger.ts reads them as it loads). */
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  PROCESS_NAME: z.string().min(1).optional(),
  JWT_SECRET: z.string().min(16).default('dev-only-secret-change-me-in-production'),
  JWT_TTL: z.string().min(1).default('8h'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

/** An address or subnet Express's `trust proxy` takes (proxy-addr's names included). */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

export type Config = z.infer<typeof schema>;

/** Every setting's name, for the checks that the deployments set only settings that exist. */
export const CONFIG_KEYS = Object.keys(schema.shape) as (keyof Config)[];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // A setting given as empty is unset: Compose's `${X:-}` passes an empty string for one the county left out.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const config = parsed.data;
  if (config.SESSION_WARNING_SECONDS >= config.SESSION_IDLE_SECONDS) {
    throw new Error('invalid configuration: SESSION_WARNING_SECONDS must be less than SESSION_IDLE_SECONDS');
  }
  if (config.OIDC_CLIENT_ID && config.OIDC_CLIENT_ID === config.AUTH_AUDIENCE) {
    throw new Error(
      "invalid configuration: AUTH_AUDIENCE must not be the web app's OIDC_CLIENT_ID: the provider's ID tokens " +
        'for the web app would then be bearer tokens of the API (give other systems their own audience)',
    );
  }
  if (config.NODE_ENV === 'production' && config.DEV_API === 'on') {
    throw new Error('invalid configuration: the development API (DEV_API) cannot be on in production');
  }
  if (config.NODE_ENV === 'production' && !config.SIGN_IN_THROTTLE_SECRET) {
    throw new Error(
      'invalid configuration: production hashes the keys of the sign-in throttle with its own secret: set ' +
        'SIGN_IN_THROTTLE_SECRET (32 characters or more, the same for every API process)',
    );
  }
  if (config.NODE_ENV === 'production' && !config.FAMILY_IDENTITY_SECRET) {
    throw new Error(
      'invalid configuration: production hashes personal identity codes with its own key: set ' +
        'FAMILY_IDENTITY_SECRET (32 characters or more, the same for every API process, never changed)',
    );
  }
  if (config.NODE_ENV === 'production' && !config.AUTH_JWKS_URL) {
    throw new Error(
      "invalid configuration: production accepts only the identity provider's tokens: set AUTH_JWKS_URL, " +
        'AUTH_ISSUER and AUTH_AUDIENCE (the development key is for development and tests)',
    );
  }
  return config;
}
